/**
 * Complaints suite: complaint submissions per second with durable writes (SQLite: synchronous
 * FULL), each with an evidence reference and its own Idempotency-Key, at 50 concurrent clients,
 * next to the bare Fastify route measured in the same run. On PostgreSQL too, side by side, when
 * BENCH_DATABASE_URL is set.
 */
import http from 'node:http';
import type { Session } from '@api/auth';
import type { MerchantPage } from '@api/merchants';
import type { Upload } from '@api/uploads';
import { makeTempDir, type ServerProcess } from '../test/support/server-process';
import type { BenchContext, Suite } from './suite';
import { benchDatabases, freshBenchDatabase, type DatabaseName } from './support/databases';
import { count, ms, ratio } from './support/format';
import { LOAD_COLUMNS, loadRow } from './support/load-table';
import { runLoad, type LoadResult } from './support/load';
import { BARE_PATH, startApiServer } from './support/servers';
import { sideBySide } from './support/side-by-side';

const CONNECTIONS = 50;

/** A valid 1×1 PNG: the evidence photo every submission refers to. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

function call<T>(url: string, options: http.RequestOptions, body: Buffer | string): Promise<T> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, options, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () =>
        (res.statusCode ?? 500) < 300
          ? resolve(JSON.parse(text) as T)
          : reject(new Error(`${url}: ${text}`)),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function prepare(origin: string) {
  const login = JSON.stringify({ openid: 'bench-consumer' });
  const session = await call<Session>(
    `${origin}/api/v1/auth/dev`,
    { method: 'POST', headers: { 'content-type': 'application/json' } },
    login,
  );
  const boundary = 'benchboundary';
  const multipart = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="e.png"\r\nContent-Type: image/png\r\n\r\n`,
    ),
    PNG,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const upload = await call<Upload>(
    `${origin}/api/v1/uploads?purpose=evidence`,
    {
      method: 'POST',
      headers: {
        'content-type': `multipart/form-data; boundary=${boundary}`,
        authorization: `Bearer ${session.token}`,
      },
    },
    multipart,
  );
  const merchants = await new Promise<MerchantPage>((resolve, reject) =>
    http
      .get(`${origin}/api/v1/merchants?limit=1`, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve(JSON.parse(text) as MerchantPage));
      })
      .on('error', reject),
  );
  return { token: session.token, evidence: upload.id, merchant: merchants.items[0] };
}

async function run(ctx: BenchContext) {
  const runs: Measured[] = [];
  for (const database of benchDatabases()) runs.push(await measureOn(ctx, database));
  const seconds = ctx.timing.measureSeconds;
  const table = sideBySide(
    `Complaint submissions (${CONNECTIONS} concurrent clients, ${seconds}s, durable writes)`,
    runs.map(({ database, result, baseline }) => ({
      database,
      table: {
        title: '',
        columns: LOAD_COLUMNS,
        rows: [
          loadRow('bare route (baseline)', baseline, baseline),
          loadRow('POST /api/v1/complaints', result, baseline),
        ],
      },
    })),
  );
  table.notes = [
    'Each submission: its own Idempotency-Key, one evidence upload reference, encrypted personal data,',
    'a tracking number, the complaint, its evidence and first timeline rows in one durable transaction.',
    'SQLite: WAL + synchronous=FULL. PostgreSQL (BENCH_DATABASE_URL): a fresh database, the server’s defaults.',
  ];
  return {
    tables: [table],
    summary: runs.map(
      ({ database, result, baseline }) =>
        `${database}: ${count(result.requestsPerSecond)} submissions/s (${ratio(result.requestsPerSecond, baseline.requestsPerSecond)} of bare), p99 ${ms(result.latency.p99)} ms at ${CONNECTIONS} clients`,
    ),
  };
}

interface Measured {
  database: DatabaseName;
  result: LoadResult;
  baseline: LoadResult;
}

/** SQLite: the shared API server; PostgreSQL: a server of its own on a fresh database. */
async function measureOn(ctx: BenchContext, database: DatabaseName): Promise<Measured> {
  if (database === 'SQLite') return { database, ...(await measure(ctx, await ctx.apiServer())) };
  const dataDir = makeTempDir('fx-bench-complaints-');
  const db = await freshBenchDatabase(database, 'complaints', dataDir);
  try {
    const api = await startApiServer(
      ctx.root,
      dataDir,
      'API server (complaints, PostgreSQL)',
      db.env,
    );
    try {
      return { database, ...(await measure(ctx, api)) };
    } finally {
      await api.stop();
    }
  } finally {
    await db.drop();
  }
}

async function measure(ctx: BenchContext, api: ServerProcess) {
  const bare = await ctx.bareServer();
  const { token, evidence, merchant } = await prepare(api.origin);
  const runId = Date.now().toString(36);
  let n = 0;
  const submission = {
    method: 'POST' as const,
    setupRequest: (request: object) => {
      n += 1;
      return {
        ...request,
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          'idempotency-key': `bench-${runId}-${n}`,
        },
        body: JSON.stringify({
          merchant: { merchantId: merchant.id, name: merchant.name, address: merchant.address },
          category: '商品质量',
          purchaseDate: '2026-11-01',
          amount: 199,
          facts: `压力测试投诉第${n}号：购买的商品存在质量问题，要求退货退款。`,
          request: { kinds: ['退货', '退款'] },
          evidence: [evidence],
          complainant: { name: '测试用户', phone: '13800000000', address: '城关镇测试路1号' },
          consent: true,
        }),
      };
    },
  };
  const seconds = ctx.timing.measureSeconds;
  await runLoad({
    url: `${api.origin}/api/v1/complaints`,
    connections: 10,
    seconds: ctx.timing.warmupSeconds,
    ...submission,
  });
  ctx.progress(
    `complaints: bare route and submissions, ${CONNECTIONS} connections, ${seconds}s each`,
  );
  const baseline = await runLoad({
    url: `${bare.origin}${BARE_PATH}`,
    connections: CONNECTIONS,
    seconds,
  });
  const result = await runLoad({
    url: `${api.origin}/api/v1/complaints`,
    connections: CONNECTIONS,
    seconds,
    ...submission,
  });
  // A slow start may finish nothing in a --quick second; failures are what must stop the run.
  if (result.ok === 0 && result.non2xx > 0) throw new Error('complaints: no submission succeeded');
  return { result, baseline };
}

export const complaintsSuite: Suite = {
  name: 'complaints',
  description: 'complaint submissions per second with evidence, p99 at 50 clients, vs bare route',
  run,
};
