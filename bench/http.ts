/**
 * HTTP suite: requests per second and latency of a few API routes, each next to a bare Fastify
 * route measured in the same run at the same number of connections (the baseline, 1.00×).
 * Both servers run in their own processes; the load generator runs here.
 */
import type { Suite, BenchContext } from './suite';
import { count, ms, ratio } from './support/format';
import { runLoad, type LoadOptions, type LoadResult } from './support/load';
import { BARE_PATH } from './support/servers';
import type { Table } from './support/table';

const CONNECTIONS = [10, 50];
const JSON_HEADERS = { 'content-type': 'application/json' };

interface Target {
  label: string;
  server: 'bare' | 'api';
  path: string;
  /** Everything but url, connections and seconds. */
  request: Omit<LoadOptions, 'url' | 'connections' | 'seconds'>;
}

/** Each request gets its own key and body, so every one is a first request, never a replay. */
function freshIdempotentVisit(): LoadOptions['setupRequest'] {
  const run = Date.now().toString(36);
  let n = 0;
  return (request) => {
    n += 1;
    return {
      ...request,
      headers: { ...JSON_HEADERS, 'idempotency-key': `bench-${run}-${n}` },
      body: JSON.stringify({ source: 'bench', channel: 'h5', path: `/bench/${n}` }),
    };
  };
}

const targets = (): Target[] => [
  { label: 'bare route (baseline)', server: 'bare', path: BARE_PATH, request: {} },
  { label: 'GET /api/v1/health', server: 'api', path: '/api/v1/health', request: {} },
  { label: 'GET /api/v1/region', server: 'api', path: '/api/v1/region', request: {} },
  {
    label: 'POST /api/v1/event/visits',
    server: 'api',
    path: '/api/v1/event/visits',
    request: {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ source: 'bench', channel: 'h5', path: '/bench' }),
    },
  },
  {
    label: 'POST /api/v1/event/visits + Idempotency-Key',
    server: 'api',
    path: '/api/v1/event/visits',
    request: { method: 'POST', setupRequest: freshIdempotentVisit() },
  },
];

async function run(ctx: BenchContext) {
  const origins = {
    bare: (await ctx.bareServer()).origin,
    api: (await ctx.apiServer()).origin,
  };
  const list = targets();
  const { warmupSeconds, measureSeconds } = ctx.timing;

  ctx.progress(`http: warming up ${list.length} targets, ${warmupSeconds}s each`);
  for (const target of list) {
    const result = await load(target, origins[target.server], CONNECTIONS[0], warmupSeconds);
    if (result.ok === 0) throw new Error(`http: ${target.label} answered no 2xx during warm-up`);
  }

  const rows: string[][] = [];
  const summary: string[] = [];
  for (const connections of CONNECTIONS) {
    const results: LoadResult[] = [];
    for (const target of list) {
      ctx.progress(`http: ${target.label}, ${connections} connections, ${measureSeconds}s`);
      results.push(await load(target, origins[target.server], connections, measureSeconds));
    }
    const baseline = results[0].requestsPerSecond;
    list.forEach((target, i) => {
      const r = results[i];
      rows.push([
        target.label,
        String(connections),
        count(r.requestsPerSecond),
        ratio(r.requestsPerSecond, baseline),
        ms(r.latency.p50),
        ms(r.latency.p95),
        ms(r.latency.p99),
        count(r.non2xx + r.errors),
      ]);
    });
    summary.push(
      `${connections} connections: bare ${count(baseline)} req/s; ` +
        list
          .slice(1)
          .map((t, i) => `${shortLabel(t)} ${ratio(results[i + 1].requestsPerSecond, baseline)}`)
          .join(', '),
    );
  }

  const table: Table = {
    title: `HTTP throughput and latency (${measureSeconds}s per row, pipelining 1, loopback)`,
    columns: [
      { header: 'route' },
      { header: 'conns', align: 'right' },
      { header: 'req/s', align: 'right' },
      { header: 'vs bare', align: 'right' },
      { header: 'p50 ms', align: 'right' },
      { header: 'p95 ms', align: 'right' },
      { header: 'p99 ms', align: 'right' },
      { header: 'non-2xx/err', align: 'right' },
    ],
    rows,
    notes: [
      'vs bare: req/s divided by the bare route’s req/s at the same connections, same run.',
      'API server: fresh SQLite database, LOG_LEVEL=warn, rate limit 1,000,000/min (on, not hit).',
    ],
  };
  return { tables: [table], summary };
}

function load(target: Target, origin: string, connections: number, seconds: number) {
  return runLoad({ ...target.request, url: `${origin}${target.path}`, connections, seconds });
}

/** "visits + key" from "POST /api/v1/event/visits + Idempotency-Key", for the summary line. */
function shortLabel(target: Target): string {
  const last = target.path.split('/').pop() ?? target.path;
  return target.label.includes('Idempotency-Key') ? `${last} + key` : last;
}

export const httpSuite: Suite = {
  name: 'http',
  description: 'API routes vs a bare Fastify route: req/s, latency, ratio to the baseline',
  run,
};
