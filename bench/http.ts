/**
 * HTTP suite: requests per second and latency of a few API routes, each next to a bare Fastify
 * route measured in the same run at the same number of connections (the baseline, 1.00×).
 * Both servers run in their own processes; the load generator runs here.
 */
import http from 'node:http';
import type { Session } from '@api/auth';
import { apiCall } from '../test/support/api-client';
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

/** What the hot-read targets send: the region's current ETag, a consumer's token. */
interface Prepared {
  regionEtag: string;
  consumerToken: string;
}

async function prepare(api: string): Promise<Prepared> {
  const session = await apiCall<Session>(api, 'POST', '/auth/dev', { openid: 'bench-http' });
  return { regionEtag: await etagOf(`${api}/api/v1/region`), consumerToken: session.token };
}

function etagOf(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        res.resume();
        const etag = res.headers.etag;
        if (etag) resolve(etag);
        else reject(new Error(`${url} answered no ETag`));
      })
      .on('error', reject);
  });
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

const targets = ({ regionEtag, consumerToken }: Prepared): Target[] => [
  { label: 'bare route (baseline)', server: 'bare', path: BARE_PATH, request: {} },
  { label: 'GET /api/v1/health', server: 'api', path: '/api/v1/health', request: {} },
  { label: 'GET /api/v1/region', server: 'api', path: '/api/v1/region', request: {} },
  {
    label: 'GET /api/v1/region, Accept-Encoding: gzip, br',
    server: 'api',
    path: '/api/v1/region',
    request: { headers: { 'accept-encoding': 'gzip, deflate, br' } },
  },
  {
    label: 'GET /api/v1/region + If-None-Match (304)',
    server: 'api',
    path: '/api/v1/region',
    request: { headers: { 'if-none-match': regionEtag }, expectStatus: 304 },
  },
  {
    label: 'GET /api/v1/campaigns/active',
    server: 'api',
    path: '/api/v1/campaigns/active',
    request: {},
  },
  {
    label: 'GET /api/v1/advisories/pinned',
    server: 'api',
    path: '/api/v1/advisories/pinned',
    request: {},
  },
  {
    label: 'GET /api/v1/quiz/me (signed in)',
    server: 'api',
    path: '/api/v1/quiz/me',
    request: { headers: { authorization: `Bearer ${consumerToken}` } },
  },
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
  const list = targets(await prepare(origins.api));
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
      'region, campaigns/active, advisories/pinned: served from memory (version checked every 400 ms); the 304 row sends the ETag it was given; the br row is what browsers get (compressed once per version).',
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
  if (target.label.includes('Idempotency-Key')) return `${last} + key`;
  if (target.label.includes('Accept-Encoding')) return `${last} br`;
  return target.request.expectStatus === 304 ? `${last} 304` : last;
}

export const httpSuite: Suite = {
  name: 'http',
  description: 'API routes vs a bare Fastify route: req/s, latency, ratio to the baseline',
  run,
};
