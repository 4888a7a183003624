/**
 * Fuzz suite: the generator `npm test` runs (test/server/support/fuzz), 20× as many cases per
 * operation, over real HTTP against its own server process (fresh SQLite database, demo seed):
 * every operation of the served OpenAPI document × 8 kinds of caller. Prints the requests sent,
 * 5xx answers and contract breaks (an error not in `{ code, message, fields? }` with a Chinese
 * message), the first few failing requests to replay, and the status mix.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { makeTempDir } from '../test/support/server-process';
import { signInNewStaff } from '../test/support/staff';
import type { FuzzRequest } from '../test/server/support/fuzz/cases';
import type { FuzzResponse } from '../test/server/support/fuzz/check';
import { operationsOf } from '../test/server/support/fuzz/openapi';
import {
  describeFailure,
  runFuzz,
  TEST_CASES_PER_OPERATION,
} from '../test/server/support/fuzz/run';
import { buildWorld } from '../test/server/support/fuzz/world';
import type { BenchContext, Suite } from './suite';
import { count } from './support/format';
import { startApiServer } from './support/servers';
import type { Table } from './support/table';

const SEED = 20260315;
const CONCURRENCY = 16;

/** One request as raw as Node's client allows: the path, headers and body bytes as generated. */
function httpSender(origin: string) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const { hostname, port } = new URL(origin);
  return (req: FuzzRequest) =>
    new Promise<FuzzResponse>((resolve, reject) => {
      const body = req.body === undefined ? undefined : Buffer.from(req.body);
      const request = http.request(
        {
          agent,
          hostname,
          port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, ...(body ? { 'content-length': body.length } : {}) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              contentType: String(res.headers['content-type'] ?? ''),
              body: Buffer.concat(chunks).toString('utf8'),
            }),
          );
          res.on('error', reject);
        },
      );
      request.on('error', reject);
      request.end(body);
    });
}

async function run(ctx: BenchContext) {
  const dataDir = makeTempDir('fx-bench-fuzz-');
  const jwtSecret = randomBytes(32).toString('hex');
  // Its own server: the fuzz writes odd data. Known secret, for the forged and expired tokens.
  const api = await startApiServer(ctx.root, dataDir, 'API server (fuzz)', {
    JWT_SECRET: jwtSecret,
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000000',
  });
  try {
    const send = httpSender(api.origin);
    const doc = await send({ method: 'GET', url: '/api/docs/json', headers: {} });
    const operations = operationsOf(JSON.parse(doc.body));
    const staff = await signInNewStaff(api.origin, dataDir, 'fz_staff');
    const admin = await signInNewStaff(api.origin, dataDir, 'fz_admin', true);
    const world = await buildWorld({ send, operations, staff, admin, jwtSecret, tag: 'bench' });
    const casesPerOperation = TEST_CASES_PER_OPERATION * (ctx.quick ? 2 : 20);
    ctx.progress(
      `fuzz: ${count(casesPerOperation * operations.length)} requests over ${operations.length} operations`,
    );
    const started = Date.now();
    const report = await runFuzz({
      send,
      operations,
      world,
      casesPerOperation,
      seed: SEED,
      concurrency: CONCURRENCY,
      onProgress: (done, total) => {
        if (done % 10_000 === 0) ctx.progress(`fuzz: ${count(done)} / ${count(total)}`);
      },
    });
    const seconds = (Date.now() - started) / 1000;
    const breaks = Object.values(report.failingOperations).reduce((a, b) => a + b, 0);

    const tables: Table[] = [
      {
        title: `Fuzz: ${count(report.requests)} requests, ${report.operations} operations × ${report.callers} callers, concurrency ${CONCURRENCY}, ${seconds.toFixed(1)}s`,
        columns: [{ header: 'figure' }, { header: 'value', align: 'right' }],
        rows: [
          ['requests', count(report.requests)],
          ['requests/s', count(report.requests / seconds)],
          ['5xx answers', count(report.fiveXx)],
          ['contract breaks (5xx or error shape)', count(breaks)],
          ...Object.entries(report.statuses).map(([status, n]) => [`status ${status}`, count(n)]),
        ],
        notes: [
          `seed ${SEED}; the same generator as test/server/fuzz.test.ts (${TEST_CASES_PER_OPERATION} cases per operation there).`,
        ],
      },
    ];
    if (breaks) {
      tables.push({
        title: 'Operations with failures',
        columns: [{ header: 'operation' }, { header: 'failures', align: 'right' }],
        rows: Object.entries(report.failingOperations).map(([op, n]) => [op, count(n)]),
        notes: report.failures.slice(0, 10).map(describeFailure),
      });
    }
    return {
      tables,
      summary: [
        `${count(report.requests)} requests over ${report.operations} operations × ${report.callers} callers: ${count(report.fiveXx)} 5xx, ${count(breaks)} contract breaks`,
      ],
    };
  } finally {
    await api.stop();
  }
}

export const fuzzSuite: Suite = {
  name: 'fuzz',
  description: 'every OpenAPI operation × 8 callers, hostile inputs over HTTP: no 5xx, error shape',
  run,
};
