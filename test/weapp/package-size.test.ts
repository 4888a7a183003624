import fs from 'node:fs';
import path from 'node:path';
import { WEAPP_ROOT } from './support/taro-simulate';

/**
 * WeChat limits the main package to 2 MB; we keep it far smaller so 扫码 opens fast. It held
 * 364 KB after the tab pages stopped pulling NutUI's Cell, Tag and icon index (issue 18).
 */
const MAIN_PACKAGE_BUDGET = 380 * 1024;

// DevTools' own config and license notes are not part of the uploaded code package.
const notUploaded = (file: string) => file.endsWith('.txt') || file === 'project.config.json';

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** The uploaded files outside the subpackages, relative to dist/weapp, and all uploaded files. */
function packageFiles() {
  const appJson = JSON.parse(fs.readFileSync(path.join(WEAPP_ROOT, 'app.json'), 'utf8')) as {
    subPackages?: { root: string }[];
  };
  const subpackageRoots = (appJson.subPackages ?? []).map((sub) => sub.root.replace(/\/?$/, '/'));
  expect(subpackageRoots.length).toBeGreaterThan(0);
  const all = filesUnder(WEAPP_ROOT)
    .map((file) => path.relative(WEAPP_ROOT, file).split(path.sep).join('/'))
    .filter((relative) => !notUploaded(path.basename(relative)));
  const main = all.filter((relative) => !subpackageRoots.some((root) => relative.startsWith(root)));
  return { all, main };
}

test('the weapp main package (everything outside subpackages) stays within 380 KB', () => {
  const { all, main } = packageFiles();
  let mainBytes = 0;
  let totalBytes = 0;
  for (const relative of all) {
    const size = fs.statSync(path.join(WEAPP_ROOT, relative)).size;
    totalBytes += size;
    if (main.includes(relative)) mainBytes += size;
  }
  console.log(
    `weapp main package ${(mainBytes / 1024).toFixed(1)} KB, total ${(totalBytes / 1024).toFixed(1)} KB`,
  );
  expect(mainBytes).toBeGreaterThan(100 * 1024); // the build is really there
  expect(mainBytes).toBeLessThanOrEqual(MAIN_PACKAGE_BUDGET);
});

// The tab pages draw these with LiteButton, LiteSwitch and their own empty state; NutUI's
// Button alone brings 16 KB of script and styles (NutUI's Empty brings it too).
test('NutUI Button, Switch and Empty stay out of the main package', () => {
  const { main } = packageFiles();
  // app.scss (app-origin.wxss) only sizes NutUI's buttons in 大字模式, for the subpackages.
  const code = main.filter(
    (relative) => /\.(js|wxss)$/.test(relative) && relative !== 'app-origin.wxss',
  );
  expect(code).toContain('common.wxss');
  for (const relative of code) {
    const text = fs.readFileSync(path.join(WEAPP_ROOT, relative), 'utf8');
    expect({ relative, found: text.match(/nut-(button|switch|empty)\b/g) }).toEqual({
      relative,
      found: null,
    });
  }
});

// LiteCell and LiteTag draw NutUI's Cell and Tag from their stylesheets alone: the scripts bring
// NutUI's ConfigProvider (locale, lodash.kebabcase) and, through Tag, the icon library's index
// with its icon-font styles into the main package.
test("NutUI Cell's and Tag's scripts and the icon styles stay out of the main package", () => {
  const { main } = packageFiles();
  const code = main.filter((relative) => /\.(js|wxss)$/.test(relative));
  expect(code).toEqual(expect.arrayContaining(['vendors.js', 'common.wxss']));
  for (const relative of code) {
    const text = fs.readFileSync(path.join(WEAPP_ROOT, relative), 'utf8');
    const found = text.match(/"Nut(Cell|CellGroup|Tag)"|\.nut-icon-|\.nutui-iconfont/g);
    expect({ relative, found }).toEqual({ relative, found: null });
  }
});
