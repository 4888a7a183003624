/**
 * The databases the complaint, quiz and merchant suites measure on: SQLite always, and a fresh
 * PostgreSQL database too when BENCH_DATABASE_URL names a server (an admin URL such as
 * postgres://postgres@127.0.0.1:55432/postgres). Their figures go side by side (side-by-side.ts).
 */
import path from 'node:path';
import type { DatabaseConfig } from '../../server/src/config';
import { createDb } from '../../server/src/db';
import { prepareDatabase } from '../../server/src/db/prepare';
import { freshPostgres } from '../../test/support/fresh-postgres';

export type DatabaseName = 'SQLite' | 'PostgreSQL';

export function benchDatabases(): DatabaseName[] {
  return process.env.BENCH_DATABASE_URL ? ['SQLite', 'PostgreSQL'] : ['SQLite'];
}

export interface BenchDatabase {
  name: DatabaseName;
  /** For createDb (set-up that writes directly). */
  config: DatabaseConfig;
  /** For startApiServer: DATABASE_URL, empty for SQLite under DATA_DIR. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

/**
 * A fresh database of that kind, migrated and seeded with the demo data here (a server starting
 * on it then has nothing to do); SQLite's file lies in `dataDir`, where the server looks.
 */
export async function freshBenchDatabase(
  name: DatabaseName,
  suite: string,
  dataDir: string,
): Promise<BenchDatabase> {
  const adminUrl = process.env.BENCH_DATABASE_URL;
  const database: BenchDatabase =
    name === 'SQLite' || !adminUrl
      ? {
          name,
          config: { kind: 'sqlite', file: path.join(dataDir, 'fangxin.db') },
          env: {},
          drop: async () => {},
        }
      : await freshPostgresDatabase(adminUrl, suite);
  const handle = createDb({ database: database.config });
  try {
    await prepareDatabase(handle, { seedDemo: true, now: new Date() });
  } finally {
    await handle.close();
  }
  return database;
}

async function freshPostgresDatabase(adminUrl: string, suite: string): Promise<BenchDatabase> {
  const pg = await freshPostgres(adminUrl, `bench_${suite}`);
  return {
    name: 'PostgreSQL',
    config: { kind: 'postgres', url: pg.url },
    env: { DATABASE_URL: pg.url },
    drop: pg.drop,
  };
}
