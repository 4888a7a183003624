import fs from 'node:fs';
import path from 'node:path';
import { WEAPP_ROOT } from './support/taro-simulate';

/** WeChat limits the main package to 2 MB; we keep it far smaller so 扫码 opens fast. */
const MAIN_PACKAGE_BUDGET = 400 * 1024;

// DevTools' own config and license notes are not part of the uploaded code package.
const notUploaded = (file: string) => file.endsWith('.txt') || file === 'project.config.json';

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

test('the weapp main package (everything outside subpackages) stays within 400 KB', () => {
  const appJson = JSON.parse(fs.readFileSync(path.join(WEAPP_ROOT, 'app.json'), 'utf8')) as {
    subPackages?: { root: string }[];
  };
  const subpackageRoots = (appJson.subPackages ?? []).map((sub) => sub.root.replace(/\/?$/, '/'));
  expect(subpackageRoots.length).toBeGreaterThan(0);

  let mainBytes = 0;
  let totalBytes = 0;
  for (const file of filesUnder(WEAPP_ROOT)) {
    const relative = path.relative(WEAPP_ROOT, file).split(path.sep).join('/');
    if (notUploaded(path.basename(relative))) continue;
    const size = fs.statSync(file).size;
    totalBytes += size;
    if (!subpackageRoots.some((root) => relative.startsWith(root))) mainBytes += size;
  }
  console.log(
    `weapp main package ${(mainBytes / 1024).toFixed(1)} KB, total ${(totalBytes / 1024).toFixed(1)} KB`,
  );
  expect(mainBytes).toBeGreaterThan(100 * 1024); // the build is really there
  expect(mainBytes).toBeLessThanOrEqual(MAIN_PACKAGE_BUDGET);
});
