import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { precompressDir } from '../../../config/precompress';

/** Taro's page shell carries an inline script like this one (the root font size). */
export const SHELL_SCRIPT = 'document.documentElement.style.fontSize="20px";';
export const SHELL_HTML = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>放心消费</title><script>${SHELL_SCRIPT}</script><script defer src="/js/app.b909ac59.js"></script></head><body><div id="app"></div>${'<!-- 放心消费 -->'.repeat(80)}</body></html>`;
export const APP_JS = `console.log(${JSON.stringify('放心消费'.repeat(400))});`;
export const SMALL_JS = 'console.log(1)';

/** A built H5 in miniature: the shell, a hashed asset and its .br/.gz, a small asset without. */
export async function writeTinyH5(h5Dir: string): Promise<void> {
  mkdirSync(join(h5Dir, 'js'), { recursive: true });
  writeFileSync(join(h5Dir, 'index.html'), SHELL_HTML);
  writeFileSync(join(h5Dir, 'js', 'app.b909ac59.js'), APP_JS);
  writeFileSync(join(h5Dir, 'js', 'small.0c1d2e3f.js'), SMALL_JS);
  await precompressDir(h5Dir);
}
