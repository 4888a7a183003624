import type { Kysely } from 'kysely';
import type { Region } from '@api/region';
import { bumpVersion } from '../../cache/read-cache';
import { REGION_KEY } from '../../db/seed';
import type { Database } from '../../db/schema';

export async function findRegion(db: Kysely<Database>): Promise<Region | undefined> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', REGION_KEY)
    .executeTakeFirst();
  return row ? (JSON.parse(row.value) as Region) : undefined;
}

/** Call inside the transaction of the change: cached profiles everywhere are then replaced. */
export async function saveRegion(
  db: Kysely<Database>,
  region: Region,
  actorId: string,
  at: Date,
): Promise<void> {
  const now = at.toISOString();
  const value = JSON.stringify(region);
  await db
    .insertInto('settings')
    .values({ key: REGION_KEY, value, updated_at: now, updated_by: actorId })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({ value, updated_at: now, updated_by: actorId }),
    )
    .execute();
  await bumpVersion(db, 'region');
}
