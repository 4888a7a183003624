import { sql } from 'kysely';
import type { DbHandle } from './index';
import { migrateToLatest } from './migrations';
import { seedDatabase, type SeedOptions } from './seed';

/**
 * Held while one instance migrates and seeds: instances starting together on one PostgreSQL
 * database take turns, so the seed's "insert what is missing" never runs twice at once. Any
 * 64-bit number the application uses for nothing else.
 */
export const PREPARE_LOCK_KEY = 3150_18_0001;

/** Migrate to the latest schema and seed what is missing: used by the server and the CLI. */
export async function prepareDatabase(handle: DbHandle, options: SeedOptions): Promise<void> {
  const prepare = async () => {
    await migrateToLatest(handle.db);
    await seedDatabase(handle.db, options);
  };
  // SQLite is one file for one instance.
  if (handle.dialect !== 'postgres') return prepare();
  // A session lock on a connection of its own: released by unlock, or by PostgreSQL when the
  // process dies holding it.
  await handle.db.connection().execute(async (locked) => {
    await sql`select pg_advisory_lock(${PREPARE_LOCK_KEY})`.execute(locked);
    try {
      await prepare();
    } finally {
      await sql`select pg_advisory_unlock(${PREPARE_LOCK_KEY})`.execute(locked);
    }
  });
}
