import type { Kysely } from 'kysely';
import { createTable, dropTables, integerNotNull, textNotNull, textPrimaryKey } from './columns';

/**
 * Issue 18, hot reads: one row per cached thing (the county profile, the active campaigns, …).
 * A write that changes the thing bumps its version in its own transaction; every instance reads
 * this tiny table a few times a second and forgets what changed (server/src/cache). A name
 * without a row has version 0.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createTable(db, 'cache_versions', {
    columns: { name: textPrimaryKey, version: integerNotNull, changed_at: textNotNull },
  });
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropTables(db, ['cache_versions']);
}
