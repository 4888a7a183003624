/**
 * Sizes suite: what users download. The weapp main package (everything outside the subpackage
 * roots in app.json) against its 400 KB budget, each subpackage, the weapp total; the H5 entry
 * (index.html and the JS and CSS it references directly) raw and gzipped, and the H5 total.
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
const MAIN_PACKAGE_BUDGET = 400 * 1024;

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
        row('main package', main, `${ratio(mainBytes, MAIN_PACKAGE_BUDGET)} of 400 KB`),
        ...roots.map((root) => row(`subpackage ${root}`, inRoot(root))),
        row('total', files),
      ],
      notes: ['*.txt and project.config.json are not uploaded and not counted.'],
    },
    summary: `weapp main package ${kb(mainBytes)} KB = ${ratio(mainBytes, MAIN_PACKAGE_BUDGET)} of its 400 KB budget; total ${kb(sum(files))} KB`,
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

async function run(ctx: BenchContext) {
  const weapp = weappTable(ensureBuilt(ctx, 'weapp', 'app.json'));
  const h5 = h5Table(ensureBuilt(ctx, 'h5', 'index.html'));
  return { tables: [weapp.table, h5.table], summary: [weapp.summary, h5.summary] };
}

export const sizesSuite: Suite = {
  name: 'sizes',
  description: 'weapp main package and subpackages, H5 entry and total (raw and gzip)',
  run,
};
