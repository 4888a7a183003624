/**
 * Lighthouse suite: the pinned `lighthouse` CLI (mobile, simulated throttling, its defaults) with
 * Debian's Chromium against the H5 build served by the real API server (fresh, seeded database):
 * 首页, 查商家, a demo merchant's page and the quiz landing. Per page the performance,
 * accessibility and best-practices scores, LCP, TBT, CLS, FCP and the bytes transferred; under
 * a score below 95, the audits that cost it. `--quick`: one run per page; full: the median of 3.
 * Builds nothing: dist/h5 must exist (`npm run build:h5`).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { MerchantPage } from '@api/merchants';
import { makeTempDir } from '../test/support/server-process';
import type { BenchContext, Suite } from './suite';
import { kb } from './support/format';
import type { Table } from './support/table';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
type Category = (typeof CATEGORIES)[number];

/** The score the issue asks for in every category. */
const TARGET = 95;

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Lighthouse's own time limit per page is about a minute; this one only catches a hang. */
const RUN_TIMEOUT_MS = 3 * 60_000;

/** The parts of Lighthouse's JSON result (LHR) read here. */
interface Lhr {
  categories: Record<
    Category,
    { score: number | null; auditRefs: { id: string; weight: number }[] }
  >;
  audits: Record<
    string,
    { title: string; score: number | null; scoreDisplayMode: string; numericValue?: number }
  >;
  runtimeError?: { code: string; message: string };
}

interface PageRun {
  scores: Record<Category, number>;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  fcpMs: number;
  transferBytes: number;
  failing: Record<Category, string[]>;
}

function runLighthouse(ctx: BenchContext, url: string, outDir: string): Promise<Lhr> {
  const output = path.join(outDir, `lhr-${Date.now()}-${Math.random().toString(36).slice(2)}.json`);
  const args = [
    url,
    '--output=json',
    `--output-path=${output}`,
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
    '--quiet',
  ];
  const bin = path.join(ctx.root, 'node_modules/.bin/lighthouse');
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, {
      cwd: ctx.root,
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code !== 0 || !fs.existsSync(output)) {
        reject(new Error(`lighthouse ${url} exited with ${code}\n${stderr}`));
        return;
      }
      const lhr = JSON.parse(fs.readFileSync(output, 'utf8')) as Lhr;
      fs.rmSync(output, { force: true });
      if (lhr.runtimeError) {
        reject(
          new Error(`lighthouse ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`),
        );
      } else resolve(lhr);
    });
  });
}

/** The scored audits below a pass that weigh most in the category, "id (title)". */
function failingAudits(lhr: Lhr, category: Category): string[] {
  return lhr.categories[category].auditRefs
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(({ audit }) => audit && audit.score !== null && audit.score < 0.9)
    .filter(({ audit }) => audit.scoreDisplayMode !== 'informative')
    .sort((a, b) => b.ref.weight - a.ref.weight || (a.audit.score ?? 0) - (b.audit.score ?? 0))
    .slice(0, 6)
    .map(({ ref, audit }) => `${ref.id} (${audit.title}; score ${audit.score})`);
}

function summarise(lhr: Lhr): PageRun {
  const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const scores = {} as Record<Category, number>;
  const failing = {} as Record<Category, string[]>;
  for (const category of CATEGORIES) {
    scores[category] = Math.round((lhr.categories[category].score ?? 0) * 100);
    failing[category] = scores[category] < TARGET ? failingAudits(lhr, category) : [];
  }
  return {
    scores,
    lcpMs: value('largest-contentful-paint'),
    tbtMs: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    fcpMs: value('first-contentful-paint'),
    transferBytes: value('total-byte-weight'),
    failing,
  };
}

/** The run with the median performance score (Lighthouse's own advice for several runs). */
function medianRun(runs: PageRun[]): PageRun {
  const sorted = [...runs].sort((a, b) => a.scores.performance - b.scores.performance);
  return sorted[Math.floor(sorted.length / 2)];
}

async function pagesToMeasure(origin: string): Promise<{ name: string; path: string }[]> {
  const answer = await fetch(`${origin}/api/v1/merchants?limit=1`);
  const merchant = ((await answer.json()) as MerchantPage).items[0];
  if (!merchant) throw new Error('lighthouse: the demo data holds no merchant');
  return [
    // ASCII names (首页, 查商家, 商家详情, 答题): the table pads by characters; Chinese is two wide.
    { name: 'home', path: '/' },
    { name: 'merchants', path: '/pages/merchants/index' },
    { name: 'merchant page', path: `/features/merchants/pages/detail/index?id=${merchant.id}` },
    { name: 'quiz', path: '/features/quiz/pages/index/index' },
  ];
}

const seconds = (msValue: number) => (msValue / 1000).toFixed(2);

export const lighthouseSuite: Suite = {
  name: 'lighthouse',
  description: 'Lighthouse mobile scores and web vitals of four H5 pages (needs dist/h5)',
  async run(ctx) {
    // The server serves H5_DIR when set (as in production), dist/h5 otherwise.
    const h5Dir = path.resolve(ctx.root, process.env.H5_DIR || 'dist/h5');
    if (!fs.existsSync(path.join(h5Dir, 'index.html'))) {
      const message = `${path.relative(ctx.root, h5Dir) || h5Dir} holds no H5 build: run \`npm run build:h5\` first (this suite builds nothing)`;
      return {
        tables: [{ title: 'Lighthouse', columns: [{ header: 'note' }], rows: [[message]] }],
        summary: [message],
      };
    }
    const server = await ctx.apiServer();
    const runsPerPage = ctx.quick ? 1 : 3;
    const outDir = makeTempDir('fx-bench-lighthouse-');
    const results: { name: string; run: PageRun }[] = [];
    try {
      for (const page of await pagesToMeasure(server.origin)) {
        const runs: PageRun[] = [];
        for (let i = 0; i < runsPerPage; i += 1) {
          ctx.progress(`lighthouse: ${page.name} (run ${i + 1} of ${runsPerPage})`);
          runs.push(summarise(await runLighthouse(ctx, server.origin + page.path, outDir)));
        }
        results.push({ name: page.name, run: medianRun(runs) });
      }
    } finally {
      fs.rmSync(outDir, { recursive: true, force: true });
    }

    const table: Table = {
      title: `Lighthouse 12.2.3, mobile, simulated throttling — ${runsPerPage === 1 ? 'one run' : `median of ${runsPerPage}`} per page`,
      columns: [
        { header: 'page' },
        { header: 'perf', align: 'right' },
        { header: 'a11y', align: 'right' },
        { header: 'best pr.', align: 'right' },
        { header: 'LCP s', align: 'right' },
        { header: 'TBT ms', align: 'right' },
        { header: 'CLS', align: 'right' },
        { header: 'FCP s', align: 'right' },
        { header: 'transfer KB', align: 'right' },
      ],
      rows: results.map(({ name, run }) => [
        name,
        String(run.scores.performance),
        String(run.scores.accessibility),
        String(run.scores['best-practices']),
        seconds(run.lcpMs),
        run.tbtMs.toFixed(0),
        run.cls.toFixed(3),
        seconds(run.fcpMs),
        kb(run.transferBytes),
      ]),
      notes: results.flatMap(({ name, run }) =>
        CATEGORIES.flatMap((category) =>
          run.failing[category].map((audit) => `${name} ${category} < ${TARGET}: ${audit}`),
        ),
      ),
    };
    const below = results.flatMap(({ name, run }) =>
      CATEGORIES.filter((c) => run.scores[c] < TARGET).map((c) => `${name} ${c} ${run.scores[c]}`),
    );
    const lowest = Math.min(...results.flatMap(({ run }) => CATEGORIES.map((c) => run.scores[c])));
    return {
      tables: [table],
      summary: [
        `lowest score ${lowest} of ${results.length * CATEGORIES.length} (target ${TARGET})` +
          (below.length ? `; below: ${below.join(', ')}` : ''),
      ],
    };
  },
};
