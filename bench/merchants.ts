/**
 * Merchant registry suite: 100,000 synthetic merchants in a fresh SQLite database; search latency
 * for 1-, 2-, 3- and 6-character name queries and by-code lookups (one request at a time), and
 * the merchant page's throughput next to the bare Fastify route measured in the same run. On
 * PostgreSQL too, side by side, when BENCH_DATABASE_URL is set.
 */
import { createDb } from '../server/src/db';
import { insertSyntheticMerchants } from './support/synthetic-merchants';
import { makeTempDir } from '../test/support/server-process';
import type { BenchContext, Suite } from './suite';
import { benchDatabases, freshBenchDatabase, type DatabaseName } from './support/databases';
import { sideBySide } from './support/side-by-side';
import { count, ms, ratio } from './support/format';
import { runLoad } from './support/load';
import { measureSequential } from './support/sequential';
import { BARE_PATH, startApiServer } from './support/servers';
import type { Table } from './support/table';

const MERCHANTS = 100_000;
const QUERY_LENGTHS = [1, 2, 3, 6];

interface Sample {
  id: string;
  name: string;
  creditCode: string;
}

/** A database with the demo seed plus `count` synthetic merchants, and a sample of their rows. */
async function prepare(ctx: BenchContext, name: DatabaseName, merchants: number, samples: number) {
  const dataDir = makeTempDir('fx-bench-merchants-');
  const database = await freshBenchDatabase(name, 'merchants', dataDir);
  const handle = createDb({ database: database.config });
  try {
    const started = Date.now();
    await insertSyntheticMerchants(handle.db, merchants);
    ctx.progress(
      `merchants (${name}): ${count(merchants)} synthetic merchants in ${((Date.now() - started) / 1000).toFixed(1)}s`,
    );
    const rows = await handle.db
      .selectFrom('merchants')
      .select(['id', 'name', 'credit_code'])
      .orderBy('id')
      .execute();
    const step = Math.max(1, Math.floor(rows.length / samples));
    const sample: Sample[] = rows
      .filter((_, i) => i % step === 0)
      .slice(0, samples)
      .map((row) => ({ id: row.id, name: row.name, creditCode: row.credit_code }));
    return { dataDir, database, sample, total: rows.length };
  } finally {
    await handle.close();
  }
}

/** A substring of the name: from its middle where the name is long enough. */
function part(name: string, length: number): string {
  const chars = [...name];
  if (chars.length <= length) return name;
  const start = Math.floor((chars.length - length) / 2);
  return chars.slice(start, start + length).join('');
}

async function run(ctx: BenchContext) {
  const runs: { database: DatabaseName; tables: Table[]; summary: string }[] = [];
  for (const database of benchDatabases()) {
    runs.push({ database, ...(await measureOn(ctx, database)) });
  }
  const [first] = runs;
  return {
    tables: first.tables.map((table, i) => ({
      ...sideBySide(
        table.title,
        runs.map(({ database, tables }) => ({ database, table: tables[i] })),
      ),
      notes: table.notes,
    })),
    summary: runs.map(({ database, summary }) => `${database}: ${summary}`),
  };
}

async function measureOn(ctx: BenchContext, name: DatabaseName) {
  const merchants = ctx.quick ? 10_000 : MERCHANTS;
  const samples = ctx.quick ? 60 : 300;
  const { dataDir, database, sample, total } = await prepare(ctx, name, merchants, samples);
  const api = await startApiServer(
    ctx.root,
    dataDir,
    `API server (merchants, ${name})`,
    database.env,
  );
  const bare = await ctx.bareServer();

  try {
    const search = (q: string) => `${api.origin}/api/v1/merchants?q=${encodeURIComponent(q)}`;
    const latencyRows: string[][] = [];
    const summary: string[] = [];
    for (const length of QUERY_LENGTHS) {
      ctx.progress(`merchants: ${samples} searches of ${length} character(s)`);
      const result = await measureSequential(sample.map((m) => search(part(m.name, length))));
      latencyRows.push([
        `q of ${length} character${length > 1 ? 's' : ''}`,
        count(result.requests),
        ms(result.p50),
        ms(result.p95),
        ms(result.p99),
        result.meanItems.toFixed(1),
      ]);
      summary.push(`search ${length}-char p95 ${ms(result.p95)} ms`);
    }
    ctx.progress(`merchants: ${samples} by-code lookups`);
    const byCode = await measureSequential(
      sample.map((m) => `${api.origin}/api/v1/merchants/by-code/${m.creditCode}`),
    );
    latencyRows.push([
      'by-code lookup',
      count(byCode.requests),
      ms(byCode.p50),
      ms(byCode.p95),
      ms(byCode.p99),
      '1.0',
    ]);
    summary.push(`by-code p95 ${ms(byCode.p95)} ms`);

    // Merchant page throughput: every request a different merchant, against the bare route.
    let n = 0;
    const pages = {
      setupRequest: (request: { path?: string }) => {
        n += 1;
        return { ...request, path: `/api/v1/merchants/${sample[n % sample.length].id}` };
      },
    };
    const connections = 10;
    const seconds = ctx.timing.measureSeconds;
    await runLoad({
      url: `${api.origin}/api/v1/merchants/${sample[0].id}`,
      connections,
      seconds: ctx.timing.warmupSeconds,
      ...pages,
    });
    ctx.progress(
      `merchants: merchant page vs bare route, ${connections} connections, ${seconds}s each`,
    );
    const bareResult = await runLoad({ url: `${bare.origin}${BARE_PATH}`, connections, seconds });
    const pageResult = await runLoad({
      url: `${api.origin}/api/v1/merchants/${sample[0].id}`,
      connections,
      seconds,
      ...pages,
    });
    summary.push(
      `merchant page ${ratio(pageResult.requestsPerSecond, bareResult.requestsPerSecond)} of the bare route`,
    );

    const latency: Table = {
      title: `Merchant search latency, ${count(total)} merchants, one request at a time`,
      columns: [
        { header: 'query' },
        { header: 'requests', align: 'right' },
        { header: 'p50 ms', align: 'right' },
        { header: 'p95 ms', align: 'right' },
        { header: 'p99 ms', align: 'right' },
        { header: 'items', align: 'right' },
      ],
      rows: latencyRows,
      notes: [
        'q: a substring from the middle of a sampled merchant name (≥ 3 characters: SQLite’s FTS5 trigram index, PostgreSQL’s pg_trgm).',
        'items: mean number of results on the first page (limit 20).',
        'aim (issue 3): p95 under 10 ms for 3+ characters, under 50 ms for shorter queries.',
      ],
    };
    const throughput: Table = {
      title: `Merchant page throughput (${connections} connections, ${seconds}s, pipelining 1)`,
      columns: [
        { header: 'route' },
        { header: 'req/s', align: 'right' },
        { header: 'vs bare', align: 'right' },
        { header: 'p50 ms', align: 'right' },
        { header: 'p95 ms', align: 'right' },
        { header: 'p99 ms', align: 'right' },
      ],
      rows: [
        [
          'bare route (baseline)',
          count(bareResult.requestsPerSecond),
          '1.00×',
          ms(bareResult.latency.p50),
          ms(bareResult.latency.p95),
          ms(bareResult.latency.p99),
        ],
        [
          'GET /api/v1/merchants/:id',
          count(pageResult.requestsPerSecond),
          ratio(pageResult.requestsPerSecond, bareResult.requestsPerSecond),
          ms(pageResult.latency.p50),
          ms(pageResult.latency.p95),
          ms(pageResult.latency.p99),
        ],
      ],
      notes: ['aim (issue 3): at least 0.5× of the bare route.'],
    };
    return { tables: [latency, throughput], summary: summary.join('; ') };
  } finally {
    await api.stop();
    await database.drop();
  }
}

export const merchantsSuite: Suite = {
  name: 'merchants',
  description: '100,000 merchants: search latency by query length, by-code, merchant page vs bare',
  run,
};
