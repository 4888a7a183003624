/**
 * Law library suite (issue 17): search over every article of the built-in laws (about 750),
 * next to the merchant search on the same server (the demo registry) and the bare route: one
 * request at a time (p50/p95, what one reader waits) and at 10 connections (req/s). SQLite;
 * PostgreSQL too when TEST_DATABASE_URL names a server (as the content suite).
 */
import { freshPostgres } from '../test/support/fresh-postgres';
import { makeTempDir } from '../test/support/server-process';
import type { BenchContext, Suite } from './suite';
import { ms } from './support/format';
import { LOAD_COLUMNS, loadRow } from './support/load-table';
import { runLoad, type LoadResult } from './support/load';
import { measureSequential } from './support/sequential';
import { BARE_PATH, startApiServer } from './support/servers';
import type { Table } from './support/table';

const CONNECTIONS = 10;
const api = '/api/v1';
const lawSearch = (q: string) => `${api}/law/search?q=${encodeURIComponent(q)}`;

interface Target {
  label: string;
  path: string;
}

/** 退货 (a word), 二十五 (a number: every law's 第二十五条 first), 食 (one character, many hits), a 6-character phrase. */
const TARGETS: Target[] = [
  { label: 'GET /law/search?q=退货', path: lawSearch('退货') },
  { label: 'GET /law/search?q=二十五', path: lawSearch('二十五') },
  { label: 'GET /law/search?q=食', path: lawSearch('食') },
  { label: 'GET /law/search?q=无需说明理由 (6 chars)', path: lawSearch('无需说明理由') },
  {
    label: 'GET /law/articles/consumer-protection/25',
    path: `${api}/law/articles/consumer-protection/25`,
  },
  {
    label: 'GET /merchants?q=超市 (demo registry)',
    path: `${api}/merchants?q=${encodeURIComponent('超市')}`,
  },
];

interface Measured {
  database: string;
  sequential: { label: string; p50: number; p95: number; requests: number }[];
  bare: LoadResult;
  load: { label: string; result: LoadResult }[];
}

async function measure(
  ctx: BenchContext,
  database: string,
  databaseUrl: string,
): Promise<Measured> {
  const dataDir = makeTempDir('fx-bench-law-');
  const server = await startApiServer(ctx.root, dataDir, `API server (law, ${database})`, {
    DATABASE_URL: databaseUrl,
  });
  try {
    const requests = ctx.quick ? 30 : 200;
    const sequential: Measured['sequential'] = [];
    for (const target of TARGETS) {
      ctx.progress(`law (${database}): ${requests} × ${target.label}, one at a time`);
      const urls = Array.from({ length: requests }, () => `${server.origin}${target.path}`);
      const r = await measureSequential(urls, 10, ctx.quick ? 2 : 5);
      sequential.push({ label: target.label, p50: r.p50, p95: r.p95, requests: r.requests });
    }
    const { warmupSeconds, measureSeconds: seconds } = ctx.timing;
    ctx.progress(`law (${database}): routes vs bare, ${CONNECTIONS} connections, ${seconds}s each`);
    const bare = await ctx.bareServer();
    const bareUrl = `${bare.origin}${BARE_PATH}`;
    await runLoad({ url: bareUrl, connections: CONNECTIONS, seconds: warmupSeconds });
    const bareResult = await runLoad({ url: bareUrl, connections: CONNECTIONS, seconds });
    const load: Measured['load'] = [];
    for (const target of TARGETS) {
      const options = { url: `${server.origin}${target.path}`, connections: CONNECTIONS };
      await runLoad({ ...options, seconds: warmupSeconds });
      load.push({ label: target.label, result: await runLoad({ ...options, seconds }) });
    }
    return { database, sequential, bare: bareResult, load };
  } finally {
    await server.stop();
  }
}

async function runOn(ctx: BenchContext, database: 'SQLite' | 'PostgreSQL', adminUrl?: string) {
  const pg = adminUrl ? await freshPostgres(adminUrl, 'bench_law') : undefined;
  try {
    return await measure(ctx, database, pg?.url ?? '');
  } finally {
    await pg?.drop();
  }
}

function tablesOf(m: Measured): Table[] {
  return [
    {
      title: `Law search and article, one request at a time (built-in laws, ${m.database})`,
      columns: [
        { header: 'route' },
        { header: 'requests', align: 'right' },
        { header: 'p50 ms', align: 'right' },
        { header: 'p95 ms', align: 'right' },
      ],
      rows: m.sequential.map((s) => [s.label, String(s.requests), ms(s.p50), ms(s.p95)]),
      notes: [
        'every law search looks at every article (at most 30 shown, and up to 10 问答 cards).',
        'the merchant search row is the demo registry on the same server; the merchants suite has it over 100,050.',
      ],
    },
    {
      title: `Law routes vs bare (${CONNECTIONS} connections, ${m.database})`,
      columns: LOAD_COLUMNS,
      rows: [
        loadRow('bare route (baseline)', m.bare, m.bare),
        ...m.load.map(({ label, result }) => loadRow(label, result, m.bare)),
      ],
    },
  ];
}

async function run(ctx: BenchContext) {
  const runs = [await runOn(ctx, 'SQLite')];
  if (process.env.TEST_DATABASE_URL) {
    runs.push(await runOn(ctx, 'PostgreSQL', process.env.TEST_DATABASE_URL));
  }
  const p95 = (m: Measured, label: string) =>
    m.sequential.find((s) => s.label.startsWith(label))?.p95 ?? NaN;
  const rps = (m: Measured, label: string) =>
    m.load.find((s) => s.label.startsWith(label))?.result.requestsPerSecond ?? NaN;
  return {
    tables: runs.flatMap(tablesOf),
    summary: runs.map(
      (m) =>
        `${m.database}: law search p95 ${ms(p95(m, 'GET /law/search?q=退货'))} ms (1 char ${ms(p95(m, 'GET /law/search?q=食'))} ms), merchant search p95 ${ms(p95(m, 'GET /merchants'))} ms; 退货 ${Math.round(rps(m, 'GET /law/search?q=退货'))} req/s vs bare ${Math.round(m.bare.requestsPerSecond)}`,
    ),
  };
}

export const lawSuite: Suite = {
  name: 'law',
  description:
    'law library: search (word, number, 1 char, 6 chars) and an article vs merchant search and bare',
  run,
};
