import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { CampaignPhase, CampaignStatus } from '@api/campaigns';
import { bumpVersion } from '../../cache/read-cache';
import { keysetPage } from '../../db/pagination';
import type { CampaignsTable, Database } from '../../db/schema';
import type { KeysetWindow } from '../../pagination';

export type CampaignRow = Selectable<CampaignsTable>;

/** One campaign by id, in any status. */
export function findCampaign(db: Kysely<Database>, id: string): Promise<CampaignRow | undefined> {
  return db.selectFrom('campaigns').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertCampaign(
  db: Kysely<Database>,
  row: Insertable<CampaignsTable>,
): Promise<void> {
  await db.insertInto('campaigns').values(row).execute();
  await bumpVersion(db, 'campaigns');
}

/** Profile campaigns whose key is not there yet; existing keys are left as staff made them. */
export async function insertMissingByKey(
  db: Kysely<Database>,
  rows: Insertable<CampaignsTable>[],
): Promise<string[]> {
  if (rows.length === 0) return [];
  const keys = rows.map((r) => r.key).filter((k): k is string => typeof k === 'string');
  const have = new Set(
    (await db.selectFrom('campaigns').select('key').where('key', 'in', keys).execute()).map(
      (r) => r.key,
    ),
  );
  const fresh = rows.filter((r) => !have.has(r.key ?? null));
  if (fresh.length === 0) return [];
  await db
    .insertInto('campaigns')
    .values(fresh)
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  await bumpVersion(db, 'campaigns');
  return fresh.map((r) => r.key ?? '');
}

/** Change a campaign read at `updatedAt`; false when someone changed it first. */
export async function updateCampaign(
  db: Kysely<Database>,
  id: string,
  updatedAt: string,
  change: Updateable<CampaignsTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('campaigns')
    .set(change)
    .where('id', '=', id)
    .where('updated_at', '=', updatedAt)
    .executeTakeFirst();
  const ok = Number(result.numUpdatedRows) === 1;
  if (ok) await bumpVersion(db, 'campaigns');
  return ok;
}

/**
 * Published campaigns of one phase on `today`, keyset on (date, id): active by period_to and
 * upcoming by period_from (soonest first), ended by period_to (newest first).
 */
export function listPublishedInPhase(
  db: Kysely<Database>,
  phase: CampaignPhase,
  today: string,
  { after, limit }: KeysetWindow,
): Promise<CampaignRow[]> {
  let q = db.selectFrom('campaigns').selectAll().where('status', '=', 'published');
  if (phase === 'upcoming') {
    return keysetPage(
      q.where('period_from', '>', today),
      ['period_from', 'id'],
      'asc',
      after,
      limit,
    ).execute();
  }
  if (phase === 'ended') {
    return keysetPage(
      q.where('period_to', '<', today),
      ['period_to', 'id'],
      'desc',
      after,
      limit,
    ).execute();
  }
  q = q.where('period_from', '<=', today).where('period_to', '>=', today);
  return keysetPage(q, ['period_to', 'id'], 'asc', after, limit).execute();
}

/** Staff list, most recently changed first, keyset on (updated_at, id). */
export function listCampaignsByStatus(
  db: Kysely<Database>,
  status: CampaignStatus | undefined,
  { after, limit }: KeysetWindow,
): Promise<CampaignRow[]> {
  let q = db.selectFrom('campaigns').selectAll();
  if (status) q = q.where('status', '=', status);
  return keysetPage(q, ['updated_at', 'id'], 'desc', after, limit).execute();
}

/** Every published campaign, newest first (the law library lists those citing an article). */
export function listAllPublished(db: Kysely<Database>): Promise<CampaignRow[]> {
  return db
    .selectFrom('campaigns')
    .selectAll()
    .where('status', '=', 'published')
    .orderBy('published_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}
