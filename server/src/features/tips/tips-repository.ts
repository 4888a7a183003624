import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import type { Database, TipReportsTable, TipsTable } from '../../db/schema';
import { dialectOf } from '../../db/dialect';
import { keysetPage } from '../../db/pagination';
import type { KeysetWindow } from '../../pagination';
import { charCount, TRIGRAM } from '../merchants/search-query';
import { containsPattern } from './tips-rules';

/** All SQL of consumer tips: tips, tip_useful, tip_reports. */

/** seq is the search index's key only (SQLite, 0020): the database numbers it. */
export type TipRow = Omit<Selectable<TipsTable>, 'seq'>;
export type TipReportRow = Selectable<TipReportsTable>;

export async function insertTip(db: Kysely<Database>, row: Insertable<TipsTable>): Promise<void> {
  await db.insertInto('tips').values(row).execute();
}

export function findTip(db: Kysely<Database>, id: string): Promise<TipRow | undefined> {
  return db.selectFrom('tips').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Tips of an author created since an instant (the daily limit). */
export async function countTipsSince(
  db: Kysely<Database>,
  authorId: string,
  since: string,
): Promise<number> {
  const row = await db
    .selectFrom('tips')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('author_id', '=', authorId)
    .where('created_at', '>=', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** An author's tip with the same normalised text that is still pending, public or hidden. */
export function findDuplicate(db: Kysely<Database>, authorId: string, bodyKey: string) {
  return db
    .selectFrom('tips')
    .select('id')
    .where('author_id', '=', authorId)
    .where('body_key', '=', bodyKey)
    .where('status', 'in', ['pending', 'published', 'hidden'])
    .executeTakeFirst();
}

export interface PublicFilter {
  category?: string;
  /** Text the title or the body contains, in any case. */
  text?: string;
}

/** LIKE's "contains": case-insensitive on SQLite (ASCII), ILIKE on PostgreSQL. */
function likeMatch(db: Kysely<Database>, text: string) {
  const like = containsPattern(text);
  const op = sql.raw(dialectOf(db) === 'postgres' ? 'ilike' : 'like');
  return sql<boolean>`(title ${op} ${like} escape '\\' or body ${op} ${like} escape '\\')`;
}

/** Up to this many hits a search reads them all and sorts them; above, it walks the list. */
export const FEW_HITS = 500;

/** The FTS5 query for text anywhere: a phrase in double quotes, so operators are plain text. */
const ftsPhrase = (text: string) => `"${text.replace(/"/g, '""')}"`;

async function fewHits(db: Kysely<Database>, phrase: string): Promise<boolean> {
  const { rows } = await sql<{ n: number }>`select count(*) as n from
    (select 1 from tips_fts where tips_fts match ${phrase} limit ${FEW_HITS + 1})`.execute(db);
  return Number(rows[0].n) <= FEW_HITS;
}

/**
 * Published tips, newest first: (published_at, id) descending. The text is in the title or the
 * body, in any case. PostgreSQL: ILIKE, served by the pg_trgm indexes for three or more
 * characters. SQLite: LIKE for one or two; for three or more the FTS5 trigram index tips_fts,
 * in one of two ways: a rare text (or one no tip has) reads its few hits, each tip by seq, then
 * sorts them (CROSS JOIN keeps that order: SQLite's planner would rather walk the whole list in
 * order, 100,000 tips for no hit); a common one walks the list in order and soon has a page.
 */
export async function listPublished(
  db: Kysely<Database>,
  filter: PublicFilter,
  window: KeysetWindow,
): Promise<TipRow[]> {
  const text = filter.text;
  const phrase =
    text && dialectOf(db) === 'sqlite' && charCount(text) >= TRIGRAM ? ftsPhrase(text) : undefined;
  if (phrase && (await fewHits(db, phrase))) {
    let hits = db
      .selectFrom(sql`tips_fts`.as('tips_fts'))
      .crossJoin('tips')
      .selectAll('tips')
      .where(sql<boolean>`tips.seq = tips_fts.rowid`)
      .where(sql<boolean>`tips_fts match ${phrase}`)
      .where('tips.status', '=', 'published');
    if (filter.category) hits = hits.where('tips.category', '=', filter.category);
    const order = ['tips.published_at', 'tips.id'] as const;
    return keysetPage(hits, order, 'desc', window.after, window.limit).execute();
  }
  let q = db.selectFrom('tips').selectAll().where('status', '=', 'published');
  if (filter.category) q = q.where('category', '=', filter.category);
  if (phrase) {
    q = q.where(sql<boolean>`seq in (select rowid from tips_fts where tips_fts match ${phrase})`);
  } else if (text) {
    q = q.where(likeMatch(db, text));
  }
  return keysetPage(q, ['published_at', 'id'], 'desc', window.after, window.limit).execute();
}

export function listByAuthor(
  db: Kysely<Database>,
  authorId: string,
  window: KeysetWindow,
): Promise<TipRow[]> {
  const q = db.selectFrom('tips').selectAll().where('author_id', '=', authorId);
  return keysetPage(q, ['created_at', 'id'], 'desc', window.after, window.limit).execute();
}

/** Pending tips, oldest first. */
export function listPending(db: Kysely<Database>, window: KeysetWindow): Promise<TipRow[]> {
  const q = db.selectFrom('tips').selectAll().where('status', '=', 'pending');
  return keysetPage(q, ['created_at', 'id'], 'asc', window.after, window.limit).execute();
}

/** Moves a tip from one status to another: false when it was not in `from` (any more). */
export async function moveTip(
  db: Kysely<Database>,
  id: string,
  from: TipRow['status'],
  patch: Partial<Omit<TipRow, 'id'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('tips')
    .set(patch)
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Withdraws the author's own tip unless it is already withdrawn. */
export async function withdrawTip(
  db: Kysely<Database>,
  id: string,
  authorId: string,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('tips')
    .set({ status: 'withdrawn', updated_at: at })
    .where('id', '=', id)
    .where('author_id', '=', authorId)
    .where('status', '!=', 'withdrawn')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Marks 有用 once: true when this was the first mark of this user. */
export async function markUseful(
  db: Kysely<Database>,
  tipId: string,
  userId: string,
  at: string,
): Promise<boolean> {
  const result = await db
    .insertInto('tip_useful')
    .values({ tip_id: tipId, user_id: userId, created_at: at })
    .onConflict((oc) => oc.columns(['tip_id', 'user_id']).doNothing())
    .executeTakeFirst();
  const added = Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  if (added) {
    await db
      .updateTable('tips')
      .set((eb) => ({ useful_count: eb('useful_count', '+', 1) }))
      .where('id', '=', tipId)
      .execute();
  }
  return added;
}

/** Of these tips, those the user marked 有用. */
export async function markedByUser(
  db: Kysely<Database>,
  userId: string,
  tipIds: readonly string[],
): Promise<Set<string>> {
  if (tipIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('tip_useful')
    .select('tip_id')
    .where('user_id', '=', userId)
    .where('tip_id', 'in', [...tipIds])
    .execute();
  return new Set(rows.map((r) => r.tip_id));
}

export async function insertReport(
  db: Kysely<Database>,
  row: Insertable<TipReportsTable>,
): Promise<void> {
  await db.insertInto('tip_reports').values(row).execute();
}

export function findOwnReport(db: Kysely<Database>, userId: string, id: string) {
  return db
    .selectFrom('tip_reports')
    .select(['id', 'created_at'])
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export function findReport(db: Kysely<Database>, id: string): Promise<TipReportRow | undefined> {
  return db.selectFrom('tip_reports').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Reports of one status, oldest first. */
export function listReports(
  db: Kysely<Database>,
  status: TipReportRow['status'],
  window: KeysetWindow,
): Promise<TipReportRow[]> {
  const q = db.selectFrom('tip_reports').selectAll().where('status', '=', status);
  return keysetPage(q, ['created_at', 'id'], 'asc', window.after, window.limit).execute();
}

/** Open reports per tip. */
export async function openReportCounts(
  db: Kysely<Database>,
  tipIds: readonly string[],
): Promise<Map<string, number>> {
  if (tipIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('tip_reports')
    .select(['tip_id', (eb) => eb.fn.countAll<string | number>().as('n')])
    .where('status', '=', 'open')
    .where('tip_id', 'in', [...tipIds])
    .groupBy('tip_id')
    .execute();
  return new Map(rows.map((r) => [r.tip_id, Number(r.n)]));
}

export function findTips(db: Kysely<Database>, ids: readonly string[]): Promise<TipRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('tips')
    .selectAll()
    .where('id', 'in', [...ids])
    .execute();
}

/** Closes one open report: false when it is not open (any more). */
export async function resolveReportRow(
  db: Kysely<Database>,
  id: string,
  patch: { status: 'hidden' | 'dismissed'; resolved_at: string; resolved_by: string },
): Promise<boolean> {
  const result = await db
    .updateTable('tip_reports')
    .set(patch)
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Closes every open report of a hidden tip. */
export async function closeReportsOfTip(
  db: Kysely<Database>,
  tipId: string,
  patch: { status: 'hidden'; resolved_at: string; resolved_by: string },
): Promise<void> {
  await db
    .updateTable('tip_reports')
    .set(patch)
    .where('tip_id', '=', tipId)
    .where('status', '=', 'open')
    .execute();
}

/** Whether an upload is a photo of a published tip (reads of it are public). */
export async function isPublishedTipPhoto(
  db: Kysely<Database>,
  tipId: string,
  uploadId: string,
): Promise<boolean> {
  const tip = await db
    .selectFrom('tips')
    .select('photos')
    .where('id', '=', tipId)
    .where('status', '=', 'published')
    .executeTakeFirst();
  return tip !== undefined && (JSON.parse(tip.photos) as string[]).includes(uploadId);
}

/** Records the advisory draft a tip became: false when it was promoted already (once only). */
export async function markPromoted(
  db: Kysely<Database>,
  id: string,
  advisoryId: string,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('tips')
    .set({ promoted_advisory_id: advisoryId, updated_at: at })
    .where('id', '=', id)
    .where('promoted_advisory_id', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
