import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** Every cached thing's version (a name without a row is at version 0). */
export async function readVersions(db: Kysely<Database>): Promise<Map<string, number>> {
  const rows = await db.selectFrom('cache_versions').select(['name', 'version']).execute();
  return new Map(rows.map((r) => [r.name, Number(r.version)]));
}

export async function versionOf(db: Kysely<Database>, name: string): Promise<number> {
  const row = await db
    .selectFrom('cache_versions')
    .select('version')
    .where('name', '=', name)
    .executeTakeFirst();
  return row ? Number(row.version) : 0;
}

/** One upsert: concurrent bumps never share a number (PostgreSQL locks the row). */
export async function incrementVersion(
  db: Kysely<Database>,
  name: string,
  at: Date,
): Promise<number> {
  const changedAt = at.toISOString();
  const row = await db
    .insertInto('cache_versions')
    .values({ name, version: 1, changed_at: changedAt })
    .onConflict((oc) =>
      oc
        .column('name')
        .doUpdateSet({ version: sql`cache_versions.version + 1`, changed_at: changedAt }),
    )
    .returning('version')
    .executeTakeFirstOrThrow();
  return Number(row.version);
}
