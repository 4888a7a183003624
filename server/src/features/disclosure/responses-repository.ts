import { sql, type Insertable, type Kysely, type Selectable, type Updateable } from 'kysely';
import { keysetPage } from '../../db/pagination';
import type { Database, DisclosureNoticesTable, DisclosureResponsesTable } from '../../db/schema';
import type { KeysetWindow } from '../../pagination';
import { activeMerchantIdsOf } from '../merchants/memberships-repository';

export type ResponseRow = Selectable<DisclosureResponsesTable>;

export async function insertNotices(
  db: Kysely<Database>,
  rows: Insertable<DisclosureNoticesTable>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('disclosure_notices')
      .values(rows.slice(i, i + 500))
      .execute();
  }
}

export async function noticeCounts(db: Kysely<Database>, batchId: string) {
  const row = await db
    .selectFrom('disclosure_notices')
    .select([
      sql<number>`count(*)`.as('notified'),
      sql<number>`sum(case when answered_at is null then 0 else 1 end)`.as('answered'),
    ])
    .where('batch_id', '=', batchId)
    .executeTakeFirstOrThrow();
  return { notified: Number(row.notified), answered: Number(row.answered ?? 0) };
}

export function findNotice(db: Kysely<Database>, batchId: string, merchantId: string) {
  return db
    .selectFrom('disclosure_notices')
    .selectAll()
    .where('batch_id', '=', batchId)
    .where('merchant_id', '=', merchantId)
    .executeTakeFirst();
}

export async function markAnswered(
  db: Kysely<Database>,
  batchId: string,
  merchantId: string,
  at: string,
): Promise<void> {
  await db
    .updateTable('disclosure_notices')
    .set({ answered_at: at })
    .where('batch_id', '=', batchId)
    .where('merchant_id', '=', merchantId)
    .where('answered_at', 'is', null)
    .execute();
}

/** The notices of the businesses a user acts for, newest first, with their batches. */
export function noticesOfUser(db: Kysely<Database>, userId: string) {
  return db
    .selectFrom('disclosure_notices as n')
    .innerJoin('disclosure_batches as b', 'b.id', 'n.batch_id')
    .select([
      'n.batch_id',
      'n.merchant_id',
      'b.status',
      'b.title',
      'b.kind',
      'b.period_from',
      'b.period_to',
      'b.version',
      'b.published_at',
      'b.updated_at',
      'b.objection_deadline',
      'b.settings',
    ])
    .where('n.merchant_id', 'in', activeMerchantIdsOf(db, userId))
    .orderBy('n.notified_at', 'desc')
    .orderBy('n.batch_id', 'desc')
    .limit(50)
    .execute();
}

export async function insertResponse(
  db: Kysely<Database>,
  row: Insertable<DisclosureResponsesTable>,
): Promise<void> {
  await db.insertInto('disclosure_responses').values(row).execute();
}

export function findResponse(db: Kysely<Database>, id: string) {
  return db.selectFrom('disclosure_responses').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Decide a pending response; false when it was decided meanwhile. */
export async function decideResponse(
  db: Kysely<Database>,
  id: string,
  change: Updateable<DisclosureResponsesTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('disclosure_responses')
    .set(change)
    .where('id', '=', id)
    .where('decision', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function listResponses(
  db: Kysely<Database>,
  batchId: string,
  decision: ResponseRow['decision'] | undefined,
  { after, limit }: KeysetWindow,
): Promise<ResponseRow[]> {
  let q = db.selectFrom('disclosure_responses').selectAll().where('batch_id', '=', batchId);
  if (decision) q = q.where('decision', '=', decision);
  return keysetPage(q, ['created_at', 'id'], 'asc', after, limit).execute();
}

export function responsesOfRows(db: Kysely<Database>, rowIds: readonly string[]) {
  if (rowIds.length === 0) return Promise.resolve([] as ResponseRow[]);
  return db
    .selectFrom('disclosure_responses')
    .selectAll()
    .where('row_id', 'in', rowIds)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function pendingCounts(db: Kysely<Database>, batchIds: readonly string[]) {
  const out = new Map<string, number>();
  if (batchIds.length === 0) return out;
  const rows = await db
    .selectFrom('disclosure_responses')
    .select(['batch_id', sql<number>`count(*)`.as('n')])
    .where('batch_id', 'in', batchIds)
    .where('decision', '=', 'pending')
    .groupBy('batch_id')
    .execute();
  for (const r of rows) out.set(r.batch_id, Number(r.n));
  return out;
}

export async function responseCountsOfRows(db: Kysely<Database>, rowIds: readonly string[]) {
  const out = new Map<string, number>();
  if (rowIds.length === 0) return out;
  const rows = await db
    .selectFrom('disclosure_responses')
    .select(['row_id', sql<number>`count(*)`.as('n')])
    .where('row_id', 'in', rowIds)
    .groupBy('row_id')
    .execute();
  for (const r of rows) out.set(r.row_id, Number(r.n));
  return out;
}
