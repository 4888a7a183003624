import { sql, type Insertable, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { AdvisoryStatus } from '@api/advisories';
import { bumpVersion } from '../../cache/read-cache';
import { dialectOf } from '../../db/dialect';
import { keysetPage } from '../../db/pagination';
import type { AdvisoriesTable, AdvisoryVersionsTable, Database } from '../../db/schema';
import type { KeysetWindow } from '../../pagination';
import { charCount, TRIGRAM } from '../merchants/search-query';

export type AdvisoryRow = Selectable<AdvisoriesTable>;
export type AdvisoryVersionRow = Selectable<AdvisoryVersionsTable>;

export function findAdvisory(db: Kysely<Database>, id: string): Promise<AdvisoryRow | undefined> {
  return db.selectFrom('advisories').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertAdvisory(
  db: Kysely<Database>,
  row: Insertable<AdvisoriesTable>,
): Promise<void> {
  await db.insertInto('advisories').values(row).execute();
  await bumpVersion(db, 'advisories');
}

/** Change an advisory read at `updatedAt` in `status`; false when someone changed it first. */
export async function updateAdvisory(
  db: Kysely<Database>,
  id: string,
  from: { status: AdvisoryStatus; updatedAt: string },
  change: Updateable<AdvisoriesTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('advisories')
    .set(change)
    .where('id', '=', id)
    .where('status', '=', from.status)
    .where('updated_at', '=', from.updatedAt)
    .executeTakeFirst();
  const ok = Number(result.numUpdatedRows) === 1;
  if (ok) await bumpVersion(db, 'advisories');
  return ok;
}

/** When the next scheduled advisory becomes public (a cached list changes then, unbumped). */
export async function nextScheduledPublish(
  db: Kysely<Database>,
  now: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('advisories')
    .select((eb) => eb.fn.min('publish_at').as('next'))
    .where('status', '=', 'published')
    .where('publish_at', '>', now)
    .executeTakeFirst();
  return row?.next ?? undefined;
}

export async function insertVersion(
  db: Kysely<Database>,
  row: Insertable<AdvisoryVersionsTable>,
): Promise<void> {
  await db.insertInto('advisory_versions').values(row).execute();
}

export function listVersions(db: Kysely<Database>, id: string): Promise<AdvisoryVersionRow[]> {
  return db
    .selectFrom('advisory_versions')
    .selectAll()
    .where('advisory_id', '=', id)
    .orderBy('version', 'desc')
    .execute();
}

/** Staff list of one status, most recently changed first, keyset on (updated_at, id). */
export function listByStatus(
  db: Kysely<Database>,
  status: AdvisoryStatus | undefined,
  { after, limit }: KeysetWindow,
): Promise<AdvisoryRow[]> {
  let q = db.selectFrom('advisories').selectAll();
  if (status) q = q.where('status', '=', status);
  return keysetPage(q, ['updated_at', 'id'], 'desc', after, limit).execute();
}

/** LIKE pattern for "contains": %, _ and the escape character itself taken literally. */
const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, '\\$&')}%`;

/** Up to this many hits a search reads them all and sorts them; above, it walks the list. */
export const FEW_HITS = 500;

async function fewHits(db: Kysely<Database>, phrase: string): Promise<boolean> {
  const { rows } = await sql<{ n: number }>`select count(*) as n from
    (select 1 from advisories_fts where advisories_fts match ${phrase} limit ${FEW_HITS + 1})`.execute(
    db,
  );
  return Number(rows[0].n) <= FEW_HITS;
}

export interface PublicFilter {
  now: string;
  category?: string;
  kind?: string;
  q?: string;
}

/**
 * Public: published and public from publish_at on; newest first, keyset on (publish_at, id).
 * The query is matched against search_text, stored lower-cased. PostgreSQL: LIKE, served by the
 * pg_trgm index for three or more characters. SQLite: LIKE for one or two; for three or more the
 * FTS5 trigram index advisories_fts (the query a phrase in double quotes, so FTS5 operators in
 * it are plain text), in one of two ways: a rare text (or one nothing has) reads its few hits,
 * each by seq, then sorts them (CROSS JOIN keeps that order: SQLite's planner would rather walk
 * the whole list in order); a common one walks the list in order and soon has a page.
 */
export async function listPublic(
  db: Kysely<Database>,
  filter: PublicFilter,
  { after, limit }: KeysetWindow,
): Promise<AdvisoryRow[]> {
  const text = filter.q?.toLowerCase();
  const phrase =
    text && dialectOf(db) === 'sqlite' && charCount(text) >= TRIGRAM
      ? `"${text.replace(/"/g, '""')}"`
      : undefined;
  if (phrase && (await fewHits(db, phrase))) {
    let hits = db
      .selectFrom(sql`advisories_fts`.as('advisories_fts'))
      .crossJoin('advisories')
      .selectAll('advisories')
      .where(sql<boolean>`advisories.seq = advisories_fts.rowid`)
      .where(sql<boolean>`advisories_fts match ${phrase}`)
      .where('advisories.status', '=', 'published')
      .where('advisories.publish_at', '<=', filter.now);
    if (filter.category) hits = hits.where('advisories.category', '=', filter.category);
    if (filter.kind) hits = hits.where('advisories.kind', '=', filter.kind as AdvisoryRow['kind']);
    const order = ['advisories.publish_at', 'advisories.id'] as const;
    return keysetPage(hits, order, 'desc', after, limit).execute();
  }
  let q = db
    .selectFrom('advisories')
    .selectAll()
    .where('status', '=', 'published')
    .where('publish_at', '<=', filter.now);
  if (filter.category) q = q.where('category', '=', filter.category);
  if (filter.kind) q = q.where('kind', '=', filter.kind as AdvisoryRow['kind']);
  if (phrase) {
    q = q.where(
      sql<boolean>`seq in (select rowid from advisories_fts where advisories_fts match ${phrase})`,
    );
  } else if (text) {
    q = q.where(sql<boolean>`search_text like ${containsPattern(text)} escape '\\'`);
  }
  return keysetPage(q, ['publish_at', 'id'], 'desc', after, limit).execute();
}

/** Public 警示 within their window on `today`, newest first. */
export function listCurrentWarnings(
  db: Kysely<Database>,
  now: string,
  today: string,
  limit: number,
): Promise<AdvisoryRow[]> {
  return db
    .selectFrom('advisories')
    .selectAll()
    .where('status', '=', 'published')
    .where('publish_at', '<=', now)
    .where('kind', '=', '警示')
    .where((eb) => eb.or([eb('valid_from', 'is', null), eb('valid_from', '<=', today)]))
    .where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>=', today)]))
    .orderBy('publish_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** Public 警示 that name the merchant, newest first. */
export function listMerchantWarnings(
  db: Kysely<Database>,
  merchantId: string,
  now: string,
): Promise<AdvisoryRow[]> {
  return db
    .selectFrom('advisories')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .where('status', '=', 'published')
    .where('publish_at', '<=', now)
    .where('kind', '=', '警示')
    .orderBy('publish_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/**
 * A read by one reader (an HMAC key) on one Asia/Shanghai day: counted the first time only.
 * True when this read counted.
 */
export async function countRead(
  db: Kysely<Database>,
  id: string,
  day: string,
  readerKey: string,
): Promise<boolean> {
  const result = await db
    .insertInto('advisory_reads')
    .values({ advisory_id: id, day, reader_key: readerKey })
    .onConflict((oc) => oc.columns(['advisory_id', 'day', 'reader_key']).doNothing())
    .executeTakeFirst();
  const counted = Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  if (counted) {
    await db
      .updateTable('advisories')
      .set((eb) => ({ read_count: eb('read_count', '+', 1) }))
      .where('id', '=', id)
      .execute();
  }
  return counted;
}

export function findAdvisories(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<AdvisoryRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('advisories')
    .selectAll()
    .where('id', 'in', [...ids])
    .execute();
}

/** Advisories that were public by `now` (published, or unpublished since), for the statistics. */
export function listEverPublished(db: Kysely<Database>, now: string): Promise<AdvisoryRow[]> {
  return db
    .selectFrom('advisories')
    .selectAll()
    .where('status', 'in', ['published', 'unpublished'])
    .where('publish_at', '<=', now)
    .execute();
}

/** Reads per advisory on the days from `fromDay` on (each reader once a day). */
export async function countReadsSince(
  db: Kysely<Database>,
  fromDay: string,
): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('advisory_reads')
    .select(['advisory_id', (eb) => eb.fn.countAll<string | number>().as('n')])
    .where('day', '>=', fromDay)
    .groupBy('advisory_id')
    .execute();
  return new Map(rows.map((r) => [r.advisory_id, Number(r.n)]));
}

/** 有用 marks per advisory since an instant. */
export async function countUsefulSince(
  db: Kysely<Database>,
  sinceIso: string,
): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('advisory_useful')
    .select(['advisory_id', (eb) => eb.fn.countAll<string | number>().as('n')])
    .where('created_at', '>=', sinceIso)
    .groupBy('advisory_id')
    .execute();
  return new Map(rows.map((r) => [r.advisory_id, Number(r.n)]));
}

export async function hasUseful(
  db: Kysely<Database>,
  id: string,
  userId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('advisory_useful')
    .select('user_id')
    .where('advisory_id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

/** 有用 once per user: true when this call added the mark (and counted it). */
export async function addUseful(
  db: Kysely<Database>,
  id: string,
  userId: string,
  at: string,
): Promise<boolean> {
  const result = await db
    .insertInto('advisory_useful')
    .values({ advisory_id: id, user_id: userId, created_at: at })
    .onConflict((oc) => oc.columns(['advisory_id', 'user_id']).doNothing())
    .executeTakeFirst();
  const added = Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  if (added) {
    await db
      .updateTable('advisories')
      .set((eb) => ({ useful_count: eb('useful_count', '+', 1) }))
      .where('id', '=', id)
      .execute();
  }
  return added;
}

/**
 * Advisories public at `now` whose content mentions `text`, newest first: the law library narrows
 * to an article's number (二十五) before reading each one's 法律依据.
 */
export function listPublicMentioning(
  db: Kysely<Database>,
  now: string,
  text: string,
): Promise<AdvisoryRow[]> {
  return db
    .selectFrom('advisories')
    .selectAll()
    .where('status', '=', 'published')
    .where('publish_at', '<=', now)
    .where(sql<boolean>`content like ${containsPattern(text)} escape '\\'`)
    .orderBy('publish_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}
