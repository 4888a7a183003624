import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text assets worth compressing; source maps are only fetched by developer tools. */
const TEXT_EXTENSIONS = new Set(['.js', '.css', '.html', '.svg', '.json', '.txt']);
/** Below this a compressed copy saves less than a request header weighs. */
export const PRECOMPRESS_MIN_BYTES = 1024;

async function* filesUnder(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

/**
 * Writes `file.br` (brotli, best quality) and `file.gz` (gzip level 9) beside every text asset
 * over PRECOMPRESS_MIN_BYTES, so the server sends them as they are instead of compressing each
 * response. Originals stay for clients that accept neither. Returns the files compressed.
 */
export async function precompressDir(dir: string): Promise<string[]> {
  const done: string[] = [];
  for await (const file of filesUnder(dir)) {
    if (!TEXT_EXTENSIONS.has(extname(file))) continue;
    if ((await stat(file)).size < PRECOMPRESS_MIN_BYTES) continue;
    const content = await readFile(file);
    const [br, gz] = await Promise.all([
      brotli(content, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
        },
      }),
      gzipAsync(content, { level: 9 }),
    ]);
    await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
    done.push(file);
  }
  return done;
}

interface EmittingCompiler {
  outputPath: string;
  hooks: { afterEmit: { tapPromise(name: string, run: () => Promise<void>): void } };
}

/** Webpack plugin: precompresses the output directory once everything is written. */
export class PrecompressPlugin {
  apply(compiler: EmittingCompiler): void {
    compiler.hooks.afterEmit.tapPromise('PrecompressPlugin', async () => {
      await precompressDir(compiler.outputPath);
    });
  }
}
