/**
 * Instances starting together on one new database: each migrates and seeds at start, so on
 * PostgreSQL they take turns under an advisory lock (prepare.ts) and all come up on one complete
 * schema with one seed, never a duplicate-key failure. SQLite is one file for one instance: there
 * a second start (a restart) finds everything in place.
 */
import { rmSync } from 'node:fs';
import { sql } from 'kysely';
import { Client } from 'pg';
import { buildApp } from '../../server/src/build-app';
import { loadConfig, type AppConfig } from '../../server/src/config';
import { createDb } from '../../server/src/db';
import { migrations } from '../../server/src/db/migrations';
import { PREPARE_LOCK_KEY } from '../../server/src/db/prepare';
import { freshPostgres } from '../support/fresh-postgres';
import { makeTempDir } from '../support/server-process';
import { TEST_JWT_SECRET } from './support/app';

const dialect = process.env.TEST_DB_DIALECT === 'postgres' ? 'postgres' : 'sqlite';

let config: AppConfig;
let drop = async () => {};
let dir: string;

beforeEach(async () => {
  dir = makeTempDir('fangxin-start-');
  let url = '';
  if (dialect === 'postgres') {
    const database = await freshPostgres(process.env.TEST_DATABASE_URL!, 'start');
    url = database.url;
    drop = database.drop;
  }
  config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dir,
    JWT_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: 'silent',
    DATABASE_URL: url,
    SEED_DEMO: 'true',
  });
});
afterEach(async () => {
  await drop();
  rmSync(dir, { recursive: true, force: true });
});

const start = () => buildApp(config, { db: createDb(config) });

async function count(query: string): Promise<number> {
  const handle = createDb(config);
  try {
    const result = await sql<{ n: string | number }>`${sql.raw(query)}`.execute(handle.db);
    return Number(result.rows[0].n);
  } finally {
    await handle.close();
  }
}

async function expectPreparedOnce(): Promise<void> {
  expect(await count('select count(*) as n from kysely_migration')).toBe(
    Object.keys(migrations).length,
  );
  expect(await count(`select count(*) as n from settings where key = 'region'`)).toBe(1);
}

if (dialect === 'postgres') {
  describe('instances starting together on one new PostgreSQL database', () => {
    it('all come up; the schema is migrated and the seed written once', async () => {
      const starts = await Promise.allSettled([start(), start(), start()]);
      try {
        expect(starts.map((s) => (s.status === 'rejected' ? String(s.reason) : 'up'))).toEqual([
          'up',
          'up',
          'up',
        ]);
        await expectPreparedOnce();
      } finally {
        await Promise.all(starts.map((s) => (s.status === 'fulfilled' ? s.value.close() : null)));
      }
    }, 120_000);

    it('waits for the instance holding the lock before migrating anything', async () => {
      const holder = new Client({
        connectionString: config.database.kind === 'postgres' ? config.database.url : '',
      });
      await holder.connect();
      let released = false;
      try {
        await holder.query('select pg_advisory_lock($1)', [PREPARE_LOCK_KEY]);
        const starting = start();
        // Give it every chance to run ahead; it must not have touched the schema.
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        const tables = await holder.query(
          `select count(*) as n from information_schema.tables where table_name = 'kysely_migration'`,
        );
        expect(Number(tables.rows[0].n)).toBe(0);
        await holder.query('select pg_advisory_unlock($1)', [PREPARE_LOCK_KEY]);
        released = true;
        const app = await starting;
        await app.close();
        await expectPreparedOnce();
      } finally {
        if (!released) await holder.query('select pg_advisory_unlock($1)', [PREPARE_LOCK_KEY]);
        await holder.end();
      }
    }, 60_000);
  });
} else {
  describe('a second start on a prepared SQLite database', () => {
    it('comes up without migrating or seeding again', async () => {
      const first = await start();
      await first.close();
      const second = await start();
      await second.close();
      await expectPreparedOnce();
    }, 60_000);
  });
}
