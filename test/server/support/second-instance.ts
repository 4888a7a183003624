import type { FastifyInstance } from 'fastify';
import type { KyselyPlugin } from 'kysely';
import { buildApp } from '../../../server/src/build-app';
import { createDb } from '../../../server/src/db';
import type { TestApp } from './app';

/** Counts the queries that mention one of `tables` (cache_versions is never counted). */
export function queryCounter(tables: readonly string[]): KyselyPlugin & { count: number } {
  const counter = {
    count: 0,
    transformQuery(args: Parameters<KyselyPlugin['transformQuery']>[0]) {
      const text = JSON.stringify(args.node, (_key, v: unknown) =>
        typeof v === 'bigint' ? String(v) : v,
      );
      if (tables.some((name) => text.includes(`"name":"${name}"`))) counter.count += 1;
      return args.node;
    },
    transformResult: (args: Parameters<KyselyPlugin['transformResult']>[0]) =>
      Promise.resolve(args.result),
  };
  return counter;
}

/**
 * Another instance of the app on the same database (the same SQLite file or PostgreSQL
 * database), its queries on `tables` counted, on the clock `now` (default: the system's).
 * The caller closes it before `t`.
 */
export async function secondInstance(
  t: TestApp,
  tables: readonly string[],
  now?: () => Date,
): Promise<{ app: FastifyInstance; queries: { count: number } }> {
  const handle = createDb(t.config);
  const queries = queryCounter(tables);
  const app = await buildApp(t.config, {
    db: { ...handle, db: handle.db.withPlugin(queries) },
    now,
  });
  return { app, queries };
}

/** Asks until `check` holds, for at most `ms`; returns whether it did. */
export async function eventually(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
