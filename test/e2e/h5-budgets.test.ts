/**
 * Issue 18: what a phone downloads before the H5 app shows anything, as budgets on the real build
 * (deterministic, unlike Lighthouse's timings, which `npm run bench -- lighthouse` measures).
 * The figures when they were set: entry 422 KB, the largest page script 261 KB, and the four pages
 * Lighthouse measures 58–160 KB; each page names its own files in route-assets.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { RouteAssets } from '../../config/route-assets';
import { ROOT } from '../support/real-server';

const H5 = path.join(ROOT, process.env.H5_DIR || 'dist/h5');

/** The app's entry scripts (Taro's runtime, React, the router): every page waits for them. */
const ENTRY_BUDGET = 460 * 1024;
/** Any page's own script. */
const PAGE_BUDGET = 300 * 1024;
/** The pages people open from a QR code or a shared link, measured by Lighthouse. */
const FIRST_PAGES = {
  'pages/index/index': 120 * 1024,
  'pages/merchants/index': 150 * 1024,
  'features/merchants/pages/detail/index': 190 * 1024,
  'features/quiz/pages/index/index': 120 * 1024,
};

const size = (file: string) => fs.statSync(path.join(H5, file)).size;
const read = (file: string) => fs.readFileSync(path.join(H5, file), 'utf8');
const routeAssets = () => JSON.parse(read('route-assets.json')) as RouteAssets;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Every page of app.config, as Taro lists them ("features/quiz/pages/index/index"). */
async function appPages(): Promise<string[]> {
  (globalThis as Record<string, unknown>).defineAppConfig = (config: unknown) => config;
  const config = (await import('../../src/app.config')).default as unknown as {
    pages: string[];
    subPackages: { root: string; pages: string[] }[];
  };
  return [
    ...config.pages,
    ...config.subPackages.flatMap(({ root, pages }) => pages.map((page) => `${root}/${page}`)),
  ];
}

test('route-assets.json names the script of every page of the app, the home page first', async () => {
  const pages = await appPages();
  const { routes } = routeAssets();
  expect(Object.keys(routes).sort()).toEqual([...pages].sort());
  expect(Object.keys(routes)[0]).toBe(pages[0]);
  for (const files of Object.values(routes)) {
    expect(files.filter((file) => file.endsWith('.js'))).toHaveLength(1);
    for (const file of files) expect(fs.existsSync(path.join(H5, file))).toBe(true);
  }
});

test(`the entry scripts stay within ${kb(ENTRY_BUDGET)}`, () => {
  const entry = [...read('index.html').matchAll(/<script[^>]*src="\/([^"]+)"/g)].map(
    ([, file]) => file,
  );
  expect(entry.length).toBeGreaterThan(0);
  const bytes = entry.reduce((sum, file) => sum + size(file), 0);
  console.log(`H5 entry ${kb(bytes)} (${entry.join(', ')})`);
  expect(bytes).toBeLessThanOrEqual(ENTRY_BUDGET);
});

test('each page script stays within its budget and carries no map or image viewer', () => {
  const { routes } = routeAssets();
  const over: string[] = [];
  for (const [route, files] of Object.entries(routes)) {
    const script = files.find((file) => file.endsWith('.js'))!;
    const budget = FIRST_PAGES[route as keyof typeof FIRST_PAGES] ?? PAGE_BUDGET;
    if (size(script) > budget) over.push(`${route}: ${kb(size(script))} > ${kb(budget)}`);
    const code = read(script);
    // hammer.js comes with Taro's web map (weapp only here); swiper with its image viewer,
    // which loads on the first tap.
    if (code.includes('hammer.input')) over.push(`${route}: hammer.js`);
    if (code.includes('swiper-slide')) over.push(`${route}: swiper`);
  }
  expect(over).toEqual([]);
});
