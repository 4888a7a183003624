/**
 * Sizes suite: what users download. The weapp main package (everything outside the subpackage
 * roots in app.json) against its 400 KB budget, each subpackage, the weapp total; the H5 entry
 * (index.html and the JS and CSS it references directly) raw and gzipped, and the H5 total;
 * and the weapp's run-time figures per page (setData, WXML nodes and depth) against WeChat's audit
 * limits, as test/weapp/runtime-budgets.test.ts last measured them.
 * The builds are read from dist/; a missing one is built first (production).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchContext, Suite } from './suite';
import { kb, ratio } from './support/format';
import type { Table } from './support/table';

/** The same budget as test/weapp/package-size.test.ts, which enforces it; here it is only shown. */
const MAIN_PACKAGE_BUDGET = 380 * 1024;

/** DevTools' config and licence notes are not uploaded (weapp) or loaded (h5). */
const notShipped = (file: string) => file.endsWith('.txt') || file === 'project.config.json';

interface FileSize {
  /** Relative to the build folder, with forward slashes. */
  file: string;
  bytes: number;
}

function shippedFiles(dir: string): FileSize[] {
  const walk = (folder: string): string[] =>
    fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(folder, entry.name);
      return entry.isDirectory() ? walk(full) : [full];
    });
  return walk(dir)
    .filter((full) => !notShipped(path.basename(full)))
    .map((full) => ({
      file: path.relative(dir, full).split(path.sep).join('/'),
      bytes: fs.statSync(full).size,
    }));
}

const sum = (files: FileSize[]) => files.reduce((total, f) => total + f.bytes, 0);
const gzipBytes = (full: string) => gzipSync(fs.readFileSync(full)).length;

function ensureBuilt(ctx: BenchContext, type: 'weapp' | 'h5', marker: string): string {
  const dir = path.join(ctx.root, 'dist', type);
  if (fs.existsSync(path.join(dir, marker))) return dir;
  ctx.progress(`sizes: dist/${type} is missing, building it (about half a minute)…`);
  const build = spawnSync('npx', ['--no-install', 'taro', 'build', '--type', type], {
    cwd: ctx.root,
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
    timeout: 5 * 60_000,
  });
  if (build.status !== 0 || !fs.existsSync(path.join(dir, marker))) {
    throw new Error(`sizes: taro build --type ${type} failed\n${build.stdout}\n${build.stderr}`);
  }
  return dir;
}

const builtAt = (file: string) => fs.statSync(file).mtime.toISOString().slice(0, 16) + 'Z';

function weappTable(dir: string): { table: Table; summary: string } {
  const appJson = JSON.parse(fs.readFileSync(path.join(dir, 'app.json'), 'utf8')) as {
    subPackages?: { root: string }[];
    subpackages?: { root: string }[];
  };
  const roots = (appJson.subPackages ?? appJson.subpackages ?? []).map((sub) =>
    sub.root.replace(/\/?$/, '/'),
  );
  const files = shippedFiles(dir);
  const inRoot = (root: string) => files.filter((f) => f.file.startsWith(root));
  const main = files.filter((f) => !roots.some((root) => f.file.startsWith(root)));
  const mainBytes = sum(main);

  const row = (part: string, list: FileSize[], budget = '') => [
    part,
    String(list.length),
    kb(sum(list)),
    budget,
  ];
  return {
    table: {
      title: `weapp package sizes (dist/weapp, built ${builtAt(path.join(dir, 'app.json'))})`,
      columns: [
        { header: 'part' },
        { header: 'files', align: 'right' },
        { header: 'KB', align: 'right' },
        { header: 'of budget', align: 'right' },
      ],
      rows: [
        row(
          'main package',
          main,
          `${ratio(mainBytes, MAIN_PACKAGE_BUDGET)} of ${MAIN_PACKAGE_BUDGET / 1024} KB`,
        ),
        ...roots.map((root) => row(`subpackage ${root}`, inRoot(root))),
        row('total', files),
      ],
      notes: ['*.txt and project.config.json are not uploaded and not counted.'],
    },
    summary: `weapp main package ${kb(mainBytes)} KB = ${ratio(mainBytes, MAIN_PACKAGE_BUDGET)} of its ${MAIN_PACKAGE_BUDGET / 1024} KB budget; total ${kb(sum(files))} KB`,
  };
}

/** The scripts and stylesheets index.html loads itself (not the chunks they load later). */
function directReferences(html: string): string[] {
  const tags = [
    ...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link\b(?=[^>]*\brel="stylesheet")[^>]*\bhref="([^"]+)"/g),
  ];
  return tags
    .map((m) => m[1])
    .filter((ref) => !/^(https?:)?\/\//.test(ref))
    .map((ref) => ref.replace(/[?#].*$/, '').replace(/^\//, ''));
}

function h5Table(dir: string): { table: Table; summary: string } {
  const indexFile = path.join(dir, 'index.html');
  const entry = ['index.html', ...directReferences(fs.readFileSync(indexFile, 'utf8'))];
  const files = shippedFiles(dir);

  const sizes = entry.map((file) => {
    const full = path.join(dir, file);
    if (!fs.existsSync(full)) throw new Error(`sizes: index.html references missing ${file}`);
    return { file, raw: fs.statSync(full).size, gzip: gzipBytes(full) };
  });
  const entryRaw = sizes.reduce((t, s) => t + s.raw, 0);
  const entryGzip = sizes.reduce((t, s) => t + s.gzip, 0);
  const totalGzip = files.reduce((t, f) => t + gzipBytes(path.join(dir, f.file)), 0);

  return {
    table: {
      title: `H5 sizes (dist/h5, built ${builtAt(indexFile)})`,
      columns: [
        { header: 'file' },
        { header: 'KB', align: 'right' },
        { header: 'gzip KB', align: 'right' },
      ],
      rows: [
        ...sizes.map((s) => [s.file, kb(s.raw), kb(s.gzip)]),
        ['entry (index.html + the above)', kb(entryRaw), kb(entryGzip)],
        [`total (${files.length} files)`, kb(sum(files)), kb(totalGzip)],
      ],
      notes: [
        'entry: what the first page load fetches before any lazily loaded chunk.',
        'gzip: zlib default level, file by file; *.txt licence notes are not counted.',
      ],
    },
    summary: `H5 entry ${kb(entryRaw)} KB (${kb(entryGzip)} KB gzip); total ${kb(sum(files))} KB`,
  };
}

/** What test/weapp/runtime-budgets.test.ts writes (test/weapp/support/runtime-budget.ts). */
interface BudgetFigures {
  limits: { setDataBytes: number; wxmlNodes: number; wxmlDepthBelow: number };
  pages: {
    route: string;
    role: string;
    maxSetDataBytes: number;
    firstRenderBytes: number;
    nodes: number;
    depth: number;
  }[];
}

const RUNTIME_TEST = 'npx jest test/weapp/runtime-budgets.test.ts --selectProjects weapp';

// Measuring means rendering every page in miniprogram-simulate (about a minute): the weapp test
// layer does it, and this table shows its last figures rather than running Jest from the bench.
function runtimeTable(root: string): { table: Table; summary: string } {
  const file = path.join(root, 'test-results', 'weapp-budgets.json');
  const title = 'weapp run time per page (WeChat 体验评分 audits)';
  if (!fs.existsSync(file)) {
    const missing = `no figures yet: run \`${RUNTIME_TEST}\` (needs dist/weapp) to write test-results/weapp-budgets.json`;
    return {
      table: { title, columns: [{ header: 'page' }], rows: [], notes: [missing] },
      summary: `weapp run time: ${missing}`,
    };
  }
  const { limits, pages } = JSON.parse(fs.readFileSync(file, 'utf8')) as BudgetFigures;
  const most = (pick: (page: BudgetFigures['pages'][number]) => number) =>
    pages.reduce((top, page) => (pick(page) > pick(top) ? page : top), pages[0]);
  const [setData, nodes, depth] = [
    most((p) => p.maxSetDataBytes),
    most((p) => p.nodes),
    most((p) => p.depth),
  ];
  return {
    table: {
      title: `${title} (${path.relative(root, file)}, written ${builtAt(file)})`,
      columns: [
        { header: 'page' },
        { header: 'as' },
        { header: 'max setData KB', align: 'right' },
        { header: 'of limit', align: 'right' },
        { header: 'first render KB', align: 'right' },
        { header: 'WXML nodes', align: 'right' },
        { header: 'of limit', align: 'right' },
        { header: 'depth', align: 'right' },
      ],
      rows: pages.map((p) => [
        p.route,
        p.role,
        kb(p.maxSetDataBytes),
        ratio(p.maxSetDataBytes, limits.setDataBytes),
        kb(p.firstRenderBytes),
        String(p.nodes),
        ratio(p.nodes, limits.wxmlNodes),
        String(p.depth),
      ]),
      notes: [
        `limits: each setData ≤ ${kb(limits.setDataBytes)} KB, WXML ≤ ${limits.wxmlNodes} nodes, depth < ${limits.wxmlDepthBelow}; the test fails a page over any of them.`,
        'first render and its main interactions (search, tab switch, answering, load more); staff-only pages again as staff.',
        `measured by \`${RUNTIME_TEST}\` against the dist/weapp it found then.`,
      ],
    },
    summary:
      `weapp run time, ${pages.length} page renders: largest setData ${kb(setData.maxSetDataBytes)} KB (${setData.route}) = ${ratio(setData.maxSetDataBytes, limits.setDataBytes)} of the limit; ` +
      `most WXML nodes ${nodes.nodes} (${nodes.route}) = ${ratio(nodes.nodes, limits.wxmlNodes)}; deepest ${depth.depth} (limit < ${limits.wxmlDepthBelow})`,
  };
}

async function run(ctx: BenchContext) {
  const weapp = weappTable(ensureBuilt(ctx, 'weapp', 'app.json'));
  const runtime = runtimeTable(ctx.root);
  const h5 = h5Table(ensureBuilt(ctx, 'h5', 'index.html'));
  return {
    tables: [weapp.table, runtime.table, h5.table],
    summary: [weapp.summary, runtime.summary, h5.summary],
  };
}

export const sizesSuite: Suite = {
  name: 'sizes',
  description:
    'weapp main package and subpackages, weapp run-time figures per page, H5 entry and total (raw and gzip)',
  run,
};
