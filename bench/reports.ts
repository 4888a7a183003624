/**
 * Reports suite (issue 16): 20,000 businesses, the demo campaigns and 100,000 举报 in a fresh
 * database (1/10 with `--quick`); then anonymous filing, the progress check with a right code, a
 * wrong code and an unknown number (the same cost?), the staff queue (first page, 待核查,
 * campaign + town, overdue), a report's staff page, 首页's active campaigns and a campaign's
 * statistics — one request at a time and at 10 connections, next to the bare Fastify route
 * measured in the same run. SQLite; PostgreSQL too when TEST_DATABASE_URL names a server.
 *
 * Every request comes from its own address (X-Forwarded-For, TRUST_PROXY on): filing allows 10
 * per address per hour and the progress check 10 per minute, and one bench address would
 * measure the 429. The limiter's bookkeeping is still paid on every request.
 */
import path from 'node:path';
import { createDb } from '../server/src/db';
import { prepareDatabase } from '../server/src/db/prepare';
import { shanghaiDate } from '../server/src/time';
import { freshPostgres } from '../test/support/fresh-postgres';
import { makeTempDir } from '../test/support/server-process';
import type { BenchContext, Suite } from './suite';
import { createStaffPassword, signInStaff } from './support/disclosure-setup';
import { count, ms } from './support/format';
import { LOAD_COLUMNS, loadRow } from './support/load-table';
import { runLoad, type LoadResult } from './support/load';
import type { SequentialResult } from './support/sequential';
import { meanOf, targetsOf, type Seeded, type Target } from './support/reports-targets';
import { measureInterleaved, measureRequests } from './support/sequential-requests';
import { BARE_PATH, startApiServer } from './support/servers';
import { insertSyntheticMerchants } from './support/synthetic-merchants';
import { insertSyntheticReports } from './support/synthetic-reports';
import type { Table } from './support/table';

const MERCHANTS = 20_000;
const REPORTS = 100_000;
const CONNECTIONS = 10;
const STAFF = 'bench-reports-staff';

interface Sizes {
  merchants: number;
  reports: number;
}

interface Measured {
  database: string;
  seeded: Seeded;
  sequential: { label: string; result: SequentialResult }[];
  bare: LoadResult;
  load: { label: string; result: LoadResult }[];
}

async function seed(ctx: BenchContext, dataDir: string, pgUrl: string | undefined, sizes: Sizes) {
  const handle = createDb({
    database: pgUrl
      ? { kind: 'postgres', url: pgUrl }
      : { kind: 'sqlite', file: path.join(dataDir, 'fangxin.db') },
  });
  try {
    const now = new Date();
    const started = Date.now();
    await prepareDatabase(handle, { seedDemo: true, now });
    await insertSyntheticMerchants(handle.db, sizes.merchants, { now });
    const synthetic = await insertSyntheticReports(handle.db, { reports: sizes.reports, now });
    const password = await createStaffPassword(handle, STAFF, now);
    const businesses = (
      await handle.db
        .selectFrom('merchants')
        .select(['id', 'name', 'address'])
        .orderBy('seq')
        .limit(500)
        .execute()
    ).map((m) => ({ merchantId: m.id, name: m.name, address: m.address }));
    const today = shanghaiDate(now);
    const activeCampaigns = (
      await handle.db
        .selectFrom('campaigns')
        .select('id')
        .where('status', '=', 'published')
        .where('period_from', '<=', today)
        .where('period_to', '>=', today)
        .execute()
    ).map((c) => c.id);
    const seconds = (Date.now() - started) / 1000;
    ctx.progress(
      `reports: ${count(sizes.merchants)} businesses, ${count(sizes.reports)} reports (${handle.dialect}) in ${seconds.toFixed(1)}s`,
    );
    return { seconds, password, synthetic, businesses, activeCampaigns };
  } finally {
    await handle.close();
  }
}

async function measure(
  ctx: BenchContext,
  database: string,
  dataDir: string,
  databaseUrl: string,
  seeded: Seeded,
): Promise<Measured> {
  const api = await startApiServer(ctx.root, dataDir, `API server (reports, ${database})`, {
    DATABASE_URL: databaseUrl,
    TRUST_PROXY: 'true',
  });
  try {
    const session = await signInStaff(api.origin, STAFF, seeded.password);
    const { file, reads, keep } = targetsOf(api.origin, session.token, seeded);
    const requests = ctx.quick ? 25 : 60;
    const budgetSeconds = ctx.quick ? 2 : 5;
    const sequential: Measured['sequential'] = [];
    const [progressTargets, others] = [reads.slice(0, 3), reads.slice(3)];
    for (const target of [file, ...others]) {
      ctx.progress(`reports (${database}): ${requests} × ${target.label}, one at a time`);
      const result = await measureRequests(target.make, {
        count: requests,
        expectStatus: target.expectStatus,
        budgetSeconds,
        onAnswer: target === file ? keep : undefined,
      });
      sequential.push({ label: target.label, result });
      if (target !== file) continue;
      // Right code, wrong code, unknown number in turns: the last two must cost the same.
      ctx.progress(`reports (${database}): progress checks in turns, one at a time`);
      const results = await measureInterleaved(progressTargets, requests * 2);
      progressTargets.forEach(({ label }, i) => sequential.push({ label, result: results[i] }));
    }

    const { warmupSeconds, measureSeconds: seconds } = ctx.timing;
    ctx.progress(`reports (${database}): routes vs bare, ${CONNECTIONS} connections`);
    const bareUrl = `${(await ctx.bareServer()).origin}${BARE_PATH}`;
    await runLoad({ url: bareUrl, connections: CONNECTIONS, seconds: warmupSeconds });
    const bare = await runLoad({ url: bareUrl, connections: CONNECTIONS, seconds });
    const load: Measured['load'] = [];
    const loadOf = (target: Target) => {
      let n = 0;
      const first = target.make(0);
      return {
        url: first.url,
        method: first.method,
        connections: CONNECTIONS,
        expectStatus: target.expectStatus,
        setupRequest: (request: object) => {
          const next = target.make((n += 1));
          return {
            ...request,
            method: next.method,
            path: new URL(next.url).pathname + new URL(next.url).search,
            headers: {
              ...(next.body === undefined ? {} : { 'content-type': 'application/json' }),
              ...next.headers,
            },
            body: next.body === undefined ? undefined : JSON.stringify(next.body),
          };
        },
      };
    };
    const [wrongCode, unknownNumber] = [reads[1], reads[2]];
    for (const target of [file, ...reads]) {
      if (target === unknownNumber) continue;
      if (target === wrongCode) {
        // The pair that must cost the same: A B B A, each half as long, so drift falls on both.
        const halves: LoadResult[][] = [[], []];
        for (const i of [0, 1, 1, 0]) {
          const options = loadOf(i === 0 ? wrongCode : unknownNumber);
          await runLoad({ ...options, seconds: warmupSeconds / 2 });
          halves[i].push(await runLoad({ ...options, seconds: seconds / 2 }));
        }
        load.push({ label: wrongCode.label, result: meanOf(halves[0]) });
        load.push({ label: unknownNumber.label, result: meanOf(halves[1]) });
        continue;
      }
      const options = loadOf(target);
      await runLoad({ ...options, seconds: warmupSeconds });
      load.push({ label: target.label, result: await runLoad({ ...options, seconds }) });
    }
    return { database, seeded, sequential, bare, load };
  } finally {
    await api.stop();
  }
}

async function runOn(ctx: BenchContext, database: string, sizes: Sizes, adminUrl?: string) {
  const dataDir = makeTempDir('fx-bench-reports-');
  const pg = adminUrl ? await freshPostgres(adminUrl, 'bench_reports') : undefined;
  try {
    const seeded = await seed(ctx, dataDir, pg?.url, sizes);
    return await measure(ctx, database, dataDir, pg?.url ?? '', seeded);
  } finally {
    await pg?.drop();
  }
}

function tablesOf(m: Measured, sizes: Sizes): Table[] {
  const what = `${count(sizes.merchants)} businesses, ${count(sizes.reports)} reports, ${m.database}`;
  const { synthetic } = m.seeded;
  const statuses = Object.entries(synthetic.byStatus)
    .map(([status, n]) => `${status} ${count(n)}`)
    .join(', ');
  return [
    {
      title: `举报 routes, one request at a time (${what})`,
      columns: [
        { header: 'route' },
        { header: 'requests', align: 'right' },
        { header: 'p50 ms', align: 'right' },
        { header: 'p95 ms', align: 'right' },
        { header: 'p99 ms', align: 'right' },
        { header: 'items', align: 'right' },
      ],
      rows: m.sequential.map(({ label, result: r }) => [
        label,
        count(r.requests),
        ms(r.p50),
        ms(r.p95),
        ms(r.p99),
        r.meanItems.toFixed(1),
      ]),
      notes: [
        `seeded in ${m.seeded.seconds.toFixed(1)}s: ${statuses}; ${count(synthetic.withPoints)} with a map point.`,
        'progress: the right code of a report filed above, a wrong code of it, a number that does not exist (both 404 alike), taken in turns.',
        'items: mean items in a list answer (1 for a single document).',
      ],
    },
    {
      title: `举报 routes vs bare (${CONNECTIONS} connections, ${what})`,
      columns: LOAD_COLUMNS,
      rows: [
        loadRow('bare route (baseline)', m.bare, m.bare),
        ...m.load.map(({ label, result }) => loadRow(label, result, m.bare)),
      ],
      notes: [
        'each request from its own address (the per-address limits would refuse one).',
        'wrong code and unknown number: measured A B B A (each half as long), the mean of each pair.',
      ],
    },
  ];
}

async function run(ctx: BenchContext) {
  const sizes = ctx.quick
    ? { merchants: MERCHANTS / 10, reports: REPORTS / 10 }
    : { merchants: MERCHANTS, reports: REPORTS };
  const runs = [await runOn(ctx, 'SQLite', sizes)];
  if (process.env.TEST_DATABASE_URL) {
    runs.push(await runOn(ctx, 'PostgreSQL', sizes, process.env.TEST_DATABASE_URL));
  }
  const p95 = (m: Measured, prefix: string) =>
    ms(m.sequential.find((s) => s.label.startsWith(prefix))?.result.p95 ?? NaN);
  const perSecond = (m: Measured, prefix: string) => {
    const r = m.load.find((l) => l.label.startsWith(prefix))?.result;
    return r
      ? `${count(r.requestsPerSecond)}/s (${(r.requestsPerSecond / m.bare.requestsPerSecond).toFixed(2)}×)`
      : 'n/a';
  };
  return {
    tables: runs.flatMap((m) => tablesOf(m, sizes)),
    summary: runs.map(
      (m) =>
        `${m.database}: filing p95 ${p95(m, 'POST /reports (')} ms, ${perSecond(m, 'POST /reports (')}; progress right/wrong p95 ${p95(m, 'POST /reports/progress (right')}/${p95(m, 'POST /reports/progress (wrong')} ms; queue p95 ${p95(m, 'GET /reports (staff')} ms; stats p95 ${p95(m, 'GET /campaigns/:id/stats')} ms; /campaigns/active ${perSecond(m, 'GET /campaigns/active')}`,
    ),
  };
}

export const reportsSuite: Suite = {
  name: 'reports',
  description:
    '100,000 reports: filing, progress by code, staff queue and page, campaign stats vs bare',
  run,
};
