/**
 * Disclosure suite (issue 15): 20,000 businesses and 100,000 complaints of the last full quarter
 * in a fresh database (1/10 with `--quick`); computing a batch over them (POST
 * /disclosure/batches, each a fresh batch), notifying, submitting and publishing one (a second
 * staff member), then the public batch page and a ranked business's page — one request at a time
 * and at 10 connections — next to the bare Fastify route measured in the same run. SQLite;
 * PostgreSQL too when TEST_DATABASE_URL names a server (as the content suite).
 */
import path from 'node:path';
import type { BatchCreated, PublicBatch, StaffBatch } from '@api/disclosure';
import { createDb, type DbHandle } from '../server/src/db';
import { prepareDatabase } from '../server/src/db/prepare';
import { makeTempDir } from '../test/support/server-process';
import type { BenchContext, Suite } from './suite';
import {
  countBatchRows,
  createStaffPassword,
  lastFullQuarter,
  passObjectionDeadline,
  signInStaff,
  STAFF,
} from './support/disclosure-setup';
import { count, kb, ms } from './support/format';
import { freshPostgres } from '../test/support/fresh-postgres';
import { LOAD_COLUMNS, loadRow } from './support/load-table';
import { runLoad, type LoadResult } from './support/load';
import { measureSequential, type SequentialResult } from './support/sequential';
import { BARE_PATH, startApiServer } from './support/servers';
import { insertSyntheticComplaints } from './support/synthetic-complaints';
import { insertSyntheticMerchants } from './support/synthetic-merchants';
import type { Table } from './support/table';
import { timedCall } from './support/timed-call';

const MERCHANTS = 20_000;
const COMPLAINTS = 100_000;
const CONNECTIONS = 10;

interface Sizes {
  merchants: number;
  complaints: number;
}

interface Measured {
  database: string;
  seedSeconds: number;
  rows: { candidates: number; included: number; excluded: number; ranked: number };
  /** The public batch page's answer, in bytes. */
  pageBytes: number;
  /** Each compute, in order, in ms. */
  computes: number[];
  steps: { label: string; ms: number }[];
  sequential: { label: string; result: SequentialResult }[];
  bare: LoadResult;
  load: { label: string; result: LoadResult }[];
}

async function seed(ctx: BenchContext, handle: DbHandle, sizes: Sizes, now: Date) {
  try {
    const started = Date.now();
    await prepareDatabase(handle, { seedDemo: true, now });
    await insertSyntheticMerchants(handle.db, sizes.merchants, { now });
    const period = lastFullQuarter(now);
    const seeded = await insertSyntheticComplaints(handle.db, {
      complaints: sizes.complaints,
      periodFrom: period.from,
      periodTo: period.to,
      now,
    });
    const passwords = await Promise.all(
      STAFF.map((username) => createStaffPassword(handle, username, now)),
    );
    const seconds = (Date.now() - started) / 1000;
    ctx.progress(
      `disclosure: ${count(sizes.merchants)} businesses, ${count(sizes.complaints)} complaints (${count(seeded.merchantsWithComplaints)} businesses complained about, ${handle.dialect}) in ${seconds.toFixed(1)}s`,
    );
    return { period, passwords, seconds };
  } finally {
    await handle.close();
  }
}

async function measure(
  ctx: BenchContext,
  database: string,
  dataDir: string,
  databaseUrl: string,
  seeded: Awaited<ReturnType<typeof seed>>,
): Promise<Measured> {
  const api = await startApiServer(ctx.root, dataDir, `API server (disclosure, ${database})`, {
    DATABASE_URL: databaseUrl,
  });
  try {
    const [maker, approver] = await Promise.all(
      STAFF.map((username, i) => signInStaff(api.origin, username, seeded.passwords[i])),
    );
    const { period } = seeded;
    const computes: number[] = [];
    let batchId = '';
    const times = ctx.quick ? 2 : 3;
    for (let i = 0; i < times; i++) {
      ctx.progress(`disclosure (${database}): computing batch ${i + 1} of ${times}`);
      const created = await timedCall<BatchCreated>(api.origin, 'POST', '/disclosure/batches', {
        token: maker.token,
        headers: { 'idempotency-key': `bench-disclosure-${Date.now()}-${i}` },
        body: { title: `${period.title}（压测${i + 1}）`, kind: 'period', ...period.dates },
      });
      computes.push(created.ms);
      batchId = created.body.id;
    }

    const transition = (token: string, action: string, reason?: string) =>
      timedCall<StaffBatch>(api.origin, 'POST', `/disclosure/batches/${batchId}/transitions`, {
        token,
        body: { action, ...(reason && { reason }) },
      });
    const steps: Measured['steps'] = [];
    const preview = await timedCall<PublicBatch>(
      api.origin,
      'GET',
      `/disclosure/batches/${batchId}/preview`,
      { token: maker.token },
    );
    steps.push({ label: 'GET /disclosure/batches/:id/preview (staff)', ms: preview.ms });
    const notified = await transition(maker.token, 'notify');
    steps.push({
      label: `notify (${count(notified.body.businessesNotified)} businesses told)`,
      ms: notified.ms,
    });
    // Nobody objects in a benchmark: the objection period is over as if the days had passed.
    await passObjectionDeadline(databaseUrl, dataDir, batchId);
    steps.push({ label: 'submit', ms: (await transition(maker.token, 'submit')).ms });
    steps.push({
      label: 'publish (second staff member)',
      ms: (await transition(approver.token, 'publish')).ms,
    });
    const csv = await timedCall(api.origin, 'GET', `/disclosure/batches/${batchId}/csv`);
    steps.push({ label: `GET …/csv (${(csv.text.length / 1024).toFixed(0)} KB)`, ms: csv.ms });

    const published = await timedCall<PublicBatch>(
      api.origin,
      'GET',
      `/disclosure/batches/${batchId}`,
    );
    const ranked = published.body.businesses.map((b) => b.merchantId);
    if (ranked.length === 0) throw new Error('disclosure: the published batch ranks no business');
    const batchCounts = await countBatchRows(api.origin, maker.token, batchId);
    const targets = [
      { label: 'GET /disclosure/batches (list)', path: () => '/api/v1/disclosure/batches' },
      { label: 'GET /disclosure/batches/:id', path: () => `/api/v1/disclosure/batches/${batchId}` },
      {
        label: 'GET /disclosure/batches/:id/businesses/:merchantId',
        path: (n: number) =>
          `/api/v1/disclosure/batches/${batchId}/businesses/${ranked[(n * 7919) % ranked.length]}`,
      },
    ];

    const sequential: Measured['sequential'] = [];
    const requests = ctx.quick ? 25 : 60;
    for (const target of targets) {
      ctx.progress(`disclosure (${database}): ${requests} × ${target.label}, one at a time`);
      const urls = Array.from({ length: requests }, (_, n) => `${api.origin}${target.path(n)}`);
      sequential.push({
        label: target.label,
        result: await measureSequential(urls, 3, ctx.quick ? 2 : 5),
      });
    }

    const { warmupSeconds, measureSeconds: seconds } = ctx.timing;
    ctx.progress(`disclosure (${database}): routes vs bare, ${CONNECTIONS} connections`);
    const bareUrl = `${(await ctx.bareServer()).origin}${BARE_PATH}`;
    await runLoad({ url: bareUrl, connections: CONNECTIONS, seconds: warmupSeconds });
    const bare = await runLoad({ url: bareUrl, connections: CONNECTIONS, seconds });
    const load: Measured['load'] = [];
    for (const target of targets.slice(1)) {
      let n = 0;
      const options = {
        url: `${api.origin}${target.path(0)}`,
        connections: CONNECTIONS,
        setupRequest: (request: { path?: string }) => ({ ...request, path: target.path(n++) }),
      };
      await runLoad({ ...options, seconds: warmupSeconds });
      load.push({ label: target.label, result: await runLoad({ ...options, seconds }) });
    }
    return {
      database,
      seedSeconds: seeded.seconds,
      rows: { ...batchCounts, ranked: ranked.length },
      pageBytes: Buffer.byteLength(published.text),
      computes,
      steps,
      sequential,
      bare,
      load,
    };
  } finally {
    await api.stop();
  }
}

async function runOn(ctx: BenchContext, database: string, sizes: Sizes, adminUrl?: string) {
  const dataDir = makeTempDir('fx-bench-disclosure-');
  const pg = adminUrl ? await freshPostgres(adminUrl, 'bench_disclosure') : undefined;
  try {
    const handle = createDb({
      database: pg
        ? { kind: 'postgres', url: pg.url }
        : { kind: 'sqlite', file: path.join(dataDir, 'fangxin.db') },
    });
    const seeded = await seed(ctx, handle, sizes, new Date());
    return await measure(ctx, database, dataDir, pg?.url ?? '', seeded);
  } finally {
    await pg?.drop();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];

function tablesOf(m: Measured, sizes: Sizes): Table[] {
  const what = `${count(sizes.merchants)} businesses, ${count(sizes.complaints)} complaints, ${m.database}`;
  return [
    {
      title: `Making and publishing a batch (${what})`,
      columns: [{ header: 'step' }, { header: 'ms', align: 'right' }],
      rows: [
        ...m.computes.map((t, i) => [`POST /disclosure/batches (compute #${i + 1})`, ms(t)]),
        ...m.steps.map((s) => [s.label, ms(s.ms)]),
      ],
      notes: [
        `seeded in ${m.seedSeconds.toFixed(1)}s; the batch: ${count(m.rows.candidates)} candidates, ${count(m.rows.included)} published rows, ${count(m.rows.excluded)} excluded, ${count(m.rows.ranked)} ranked businesses.`,
        'each compute is a fresh batch over the same quarter; one request, timed by the caller.',
      ],
    },
    {
      title: `Public disclosure pages, one request at a time (${what})`,
      columns: [
        { header: 'route' },
        { header: 'requests', align: 'right' },
        { header: 'p50 ms', align: 'right' },
        { header: 'p95 ms', align: 'right' },
        { header: 'p99 ms', align: 'right' },
      ],
      rows: m.sequential.map(({ label, result: r }) => [
        label,
        count(r.requests),
        ms(r.p50),
        ms(r.p95),
        ms(r.p99),
      ]),
      notes: [
        `the batch page answers ${kb(m.pageBytes)} KB (the top ranked businesses); the business page rotates over them.`,
      ],
    },
    {
      title: `Public disclosure pages vs bare (${CONNECTIONS} connections, ${what})`,
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
    ? { merchants: MERCHANTS / 10, complaints: COMPLAINTS / 10 }
    : { merchants: MERCHANTS, complaints: COMPLAINTS };
  const runs = [await runOn(ctx, 'SQLite', sizes)];
  if (process.env.TEST_DATABASE_URL) {
    runs.push(await runOn(ctx, 'PostgreSQL', sizes, process.env.TEST_DATABASE_URL));
  }
  const p95 = (m: Measured, label: string) =>
    m.sequential.find((s) => s.label === label)?.result.p95 ?? NaN;
  const vsBare = (m: Measured, label: string) => {
    const r = m.load.find((l) => l.label === label)?.result;
    return r ? `${(r.requestsPerSecond / m.bare.requestsPerSecond).toFixed(2)}×` : 'n/a';
  };
  return {
    tables: runs.flatMap((m) => tablesOf(m, sizes)),
    summary: runs.map(
      (m) =>
        `${m.database}: compute median ${ms(median(m.computes))} ms; batch page p95 ${ms(p95(m, 'GET /disclosure/batches/:id'))} ms (${vsBare(m, 'GET /disclosure/batches/:id')} of bare), business page p95 ${ms(p95(m, 'GET /disclosure/batches/:id/businesses/:merchantId'))} ms`,
    ),
  };
}

export const disclosureSuite: Suite = {
  name: 'disclosure',
  description:
    '20,000 businesses, 100,000 complaints: computing a batch, publishing, public pages vs bare',
  run,
};
