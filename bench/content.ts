/**
 * Content suite (issue 14): 10,000 published 提示/警示 and 100,000 published 消费小贴士 in a fresh
 * database; the public list and search routes one request at a time (what one reader waits) and
 * under load at 10 connections next to the bare Fastify route measured in the same run. SQLite;
 * PostgreSQL too when TEST_DATABASE_URL names a server (as the crash suite).
 */
import path from 'node:path';
import { createDb, type DbHandle } from '../server/src/db';
import { prepareDatabase } from '../server/src/db/prepare';
import { encodeCursor } from '../server/src/pagination';
import { makeTempDir } from '../test/support/server-process';
import type { BenchContext, Suite } from './suite';
import { count, ms } from './support/format';
import { freshPostgres } from '../test/support/fresh-postgres';
import { LOAD_COLUMNS, loadRow } from './support/load-table';
import { runLoad, type LoadResult } from './support/load';
import { measureSequential } from './support/sequential';
import { BARE_PATH, startApiServer } from './support/servers';
import {
  COMMON_CATEGORY,
  insertSyntheticContent,
  RARE_CATEGORY,
  type SyntheticContent,
} from './support/synthetic-content';
import type { Table } from './support/table';

const ADVISORIES = 10_000;
const TIPS = 100_000;
const CONNECTIONS = 10;

/** Words readers search for: common ones, and one no row has (the whole table is looked at). */
const ONE_CHAR = ['卡', '药', '车', '票', '菌'];
const THREE_CHARS = ['保质期', '预付款', '旅行社', '维修前', '保健品'];
const NO_MATCH = ['直升机', '潜水艇', '天文台'];

interface Target {
  label: string;
  /** The path of the nth request (requests rotate through a few queries or ids). */
  path: (n: number) => string;
}

const rotate = (list: readonly string[]) => (n: number) => list[n % list.length];
const q = (words: readonly string[], route: string) => (n: number) =>
  `${route}?q=${encodeURIComponent(rotate(words)(n))}`;

function targetsOf(data: SyntheticContent): Target[] {
  const deep = Math.floor(data.advisoryKeys.length * 0.9);
  const deepCursor = encodeCursor(data.advisoryKeys[deep]);
  const api = '/api/v1';
  return [
    { label: 'GET /advisories (first page)', path: () => `${api}/advisories` },
    {
      label: `GET /advisories?category= (${COMMON_CATEGORY})`,
      path: () => `${api}/advisories?category=${encodeURIComponent(COMMON_CATEGORY)}`,
    },
    {
      label: `GET /advisories?category= (${RARE_CATEGORY}, rare)`,
      path: () => `${api}/advisories?category=${encodeURIComponent(RARE_CATEGORY)}`,
    },
    {
      label: `GET /advisories?cursor= (row ${count(deep)})`,
      path: () => `${api}/advisories?cursor=${deepCursor}`,
    },
    { label: 'GET /advisories/pinned', path: () => `${api}/advisories/pinned` },
    { label: 'GET /advisories?q= (1 char)', path: q(ONE_CHAR, `${api}/advisories`) },
    { label: 'GET /advisories?q= (3 chars)', path: q(THREE_CHARS, `${api}/advisories`) },
    { label: 'GET /advisories?q= (no match)', path: q(NO_MATCH, `${api}/advisories`) },
    {
      label: 'GET /advisories/:id',
      path: (n) => `${api}/advisories/${data.advisoryIds[(n * 7919) % data.advisoryIds.length]}`,
    },
    { label: 'GET /tips (first page)', path: () => `${api}/tips` },
    {
      label: `GET /tips?category= (${RARE_CATEGORY}, rare)`,
      path: () => `${api}/tips?category=${encodeURIComponent(RARE_CATEGORY)}`,
    },
    { label: 'GET /tips?q= (1 char)', path: q(ONE_CHAR, `${api}/tips`) },
    { label: 'GET /tips?q= (3 chars)', path: q(THREE_CHARS, `${api}/tips`) },
    { label: 'GET /tips?q= (no match)', path: q(NO_MATCH, `${api}/tips`) },
  ];
}

async function seed(
  ctx: BenchContext,
  handle: DbHandle,
  sizes: { advisories: number; tips: number },
) {
  try {
    const started = Date.now();
    const now = new Date();
    await prepareDatabase(handle, { seedDemo: true, now });
    const data = await insertSyntheticContent(handle.db, { ...sizes, now });
    ctx.progress(
      `content: ${count(sizes.advisories)} advisories and ${count(sizes.tips)} tips (${handle.dialect}) in ${((Date.now() - started) / 1000).toFixed(1)}s`,
    );
    return data;
  } finally {
    await handle.close();
  }
}

interface Measured {
  database: string;
  seedSeconds: number;
  sequential: {
    label: string;
    requests: number;
    p50: number;
    p95: number;
    p99: number;
    items: number;
  }[];
  bare: LoadResult;
  load: { label: string; result: LoadResult }[];
}

async function measure(
  ctx: BenchContext,
  database: string,
  dataDir: string,
  databaseUrl: string,
  data: SyntheticContent,
  seedSeconds: number,
): Promise<Measured> {
  const api = await startApiServer(ctx.root, dataDir, `API server (content, ${database})`, {
    DATABASE_URL: databaseUrl,
  });
  try {
    const bare = await ctx.bareServer();
    const targets = targetsOf(data);
    const sequential: Measured['sequential'] = [];
    const requests = ctx.quick ? 25 : 60;
    for (const target of targets) {
      ctx.progress(`content (${database}): ${requests} × ${target.label}, one at a time`);
      const urls = Array.from({ length: requests }, (_, n) => `${api.origin}${target.path(n)}`);
      const r = await measureSequential(urls, 3, ctx.quick ? 2 : 5);
      sequential.push({
        label: target.label,
        requests: r.requests,
        p50: r.p50,
        p95: r.p95,
        p99: r.p99,
        items: r.meanItems,
      });
    }

    const { warmupSeconds, measureSeconds: seconds } = ctx.timing;
    ctx.progress(
      `content (${database}): ${targets.length} routes vs bare, ${CONNECTIONS} connections, ${seconds}s each`,
    );
    const bareUrl = `${bare.origin}${BARE_PATH}`;
    await runLoad({ url: bareUrl, connections: CONNECTIONS, seconds: warmupSeconds });
    const bareResult = await runLoad({ url: bareUrl, connections: CONNECTIONS, seconds });
    const load: Measured['load'] = [];
    for (const target of targets) {
      let n = 0;
      const options = {
        url: `${api.origin}${target.path(0)}`,
        connections: CONNECTIONS,
        setupRequest: (request: { path?: string }) => ({ ...request, path: target.path(n++) }),
      };
      await runLoad({ ...options, seconds: warmupSeconds });
      load.push({ label: target.label, result: await runLoad({ ...options, seconds }) });
    }
    return { database, seedSeconds, sequential, bare: bareResult, load };
  } finally {
    await api.stop();
  }
}

async function runOn(
  ctx: BenchContext,
  database: 'SQLite' | 'PostgreSQL',
  sizes: { advisories: number; tips: number },
  adminUrl?: string,
): Promise<Measured> {
  const dataDir = makeTempDir('fx-bench-content-');
  const pg = adminUrl ? await freshPostgres(adminUrl, 'bench_content') : undefined;
  try {
    const handle = createDb({
      database: pg
        ? { kind: 'postgres', url: pg.url }
        : { kind: 'sqlite', file: path.join(dataDir, 'fangxin.db') },
    });
    const started = Date.now();
    const data = await seed(ctx, handle, sizes);
    const seedSeconds = (Date.now() - started) / 1000;
    return await measure(ctx, database, dataDir, pg?.url ?? '', data, seedSeconds);
  } finally {
    await pg?.drop();
  }
}

function tablesOf(m: Measured, sizes: { advisories: number; tips: number }): Table[] {
  const what = `${count(sizes.advisories)} advisories, ${count(sizes.tips)} tips, ${m.database}`;
  return [
    {
      title: `Content lists and search, one request at a time (${what})`,
      columns: [
        { header: 'route' },
        { header: 'requests', align: 'right' },
        { header: 'p50 ms', align: 'right' },
        { header: 'p95 ms', align: 'right' },
        { header: 'p99 ms', align: 'right' },
        { header: 'items', align: 'right' },
      ],
      rows: m.sequential.map((s) => [
        s.label,
        count(s.requests),
        ms(s.p50),
        ms(s.p95),
        ms(s.p99),
        s.items.toFixed(1),
      ]),
      notes: [
        `seeded in ${m.seedSeconds.toFixed(1)}s; items: mean number of results (page limit 20).`,
        'q rotates over common words (1 char: 卡 药 车 票 菌; 3 chars: 保质期 预付款 …) and words no row has.',
        'compare with the merchants suite (search p95 over 100,050 merchants, same method).',
      ],
    },
    {
      title: `Content routes vs bare (${CONNECTIONS} connections, ${what})`,
      columns: LOAD_COLUMNS,
      rows: [
        loadRow('bare route (baseline)', m.bare, m.bare),
        ...m.load.map(({ label, result }) => loadRow(label, result, m.bare)),
      ],
    },
  ];
}

async function run(ctx: BenchContext) {
  const sizes = ctx.quick
    ? { advisories: ADVISORIES / 10, tips: TIPS / 10 }
    : { advisories: ADVISORIES, tips: TIPS };
  const runs = [await runOn(ctx, 'SQLite', sizes)];
  if (process.env.TEST_DATABASE_URL) {
    runs.push(await runOn(ctx, 'PostgreSQL', sizes, process.env.TEST_DATABASE_URL));
  }
  const p95Of = (m: Measured, label: string) =>
    m.sequential.find((s) => s.label.startsWith(label))?.p95 ?? NaN;
  return {
    tables: runs.flatMap((m) => tablesOf(m, sizes)),
    summary: runs.map(
      (m) =>
        `${m.database}: list p95 ${ms(p95Of(m, 'GET /advisories (first'))} ms, advisory search p95 ${ms(p95Of(m, 'GET /advisories?q= (3'))} ms, tip search p95 ${ms(p95Of(m, 'GET /tips?q= (3'))} ms (no match ${ms(p95Of(m, 'GET /tips?q= (no'))} ms)`,
    ),
  };
}

export const contentSuite: Suite = {
  name: 'content',
  description: '10,000 advisories and 100,000 tips: list and search latency, routes vs bare',
  run,
};
