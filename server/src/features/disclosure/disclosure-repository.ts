import { sql, type Insertable, type Kysely, type Selectable, type Updateable } from 'kysely';
import { keysetPage } from '../../db/pagination';
import type {
  Database,
  DisclosureBatchesTable,
  DisclosureBusinessFiguresTable,
  DisclosureRowsTable,
} from '../../db/schema';
import type { KeysetWindow } from '../../pagination';

export type DisclosureBatchRow = Selectable<DisclosureBatchesTable>;
export type DisclosureRow = Selectable<DisclosureRowsTable>;
export type IncludedRow = DisclosureRow;
export type BatchStatus = DisclosureBatchesTable['status'];

/** Rows per INSERT: well under both databases' limits on bound parameters. */
const CHUNK = 500;

export function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function findBatch(db: Kysely<Database>, id: string) {
  return db.selectFrom('disclosure_batches').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertBatch(db: Kysely<Database>, row: Insertable<DisclosureBatchesTable>) {
  await db.insertInto('disclosure_batches').values(row).execute();
}

/** Change a batch read in `status` at `updatedAt`; false when someone changed it first. */
export async function updateBatch(
  db: Kysely<Database>,
  id: string,
  from: { status: BatchStatus; updatedAt: string },
  change: Updateable<DisclosureBatchesTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('disclosure_batches')
    .set(change)
    .where('id', '=', id)
    .where('status', '=', from.status)
    .where('updated_at', '=', from.updatedAt)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function setBatchCounts(db: Kysely<Database>, id: string): Promise<void> {
  const counts = await db
    .selectFrom('disclosure_rows')
    .select([
      sql<number>`count(*)`.as('candidates'),
      sql<number>`sum(case when excluded_reason is null then 1 else 0 end)`.as('included'),
    ])
    .where('batch_id', '=', id)
    .executeTakeFirstOrThrow();
  const candidates = Number(counts.candidates);
  const included = Number(counts.included ?? 0);
  await db
    .updateTable('disclosure_batches')
    .set({ candidates, included, excluded: candidates - included })
    .where('id', '=', id)
    .execute();
}

// ---- lists of batches ---------------------------------------------------------------------

export function listStaffBatches(
  db: Kysely<Database>,
  status: BatchStatus | undefined,
  { after, limit }: KeysetWindow,
): Promise<BatchCardRow[]> {
  let q = db.selectFrom('disclosure_batches').select(CARD_COLUMNS);
  if (status) q = q.where('status', '=', status);
  return keysetPage(q, ['updated_at', 'id'], 'desc', after, limit).execute();
}

/** A batch without its snapshot (which can be large). */
export type BatchCardRow = Omit<DisclosureBatchRow, 'snapshot'>;
const CARD_COLUMNS = [
  'id',
  'series_id',
  'version',
  'previous_version_id',
  'title',
  'kind',
  'period_from',
  'period_to',
  'status',
  'change_note',
  'settings',
  'candidates',
  'included',
  'excluded',
  'created_by',
  'created_at',
  'updated_at',
  'computed_at',
  'notified_at',
  'objection_deadline',
  'submitted_by',
  'submitted_at',
  'returned_reason',
  'published_by',
  'published_at',
  'superseded_by',
  'withdrawn_by',
  'withdrawn_at',
  'withdrawn_reason',
] as const;

export function findBatchCard(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('disclosure_batches')
    .select(CARD_COLUMNS)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findSnapshot(db: Kysely<Database>, id: string): Promise<string | null> {
  const row = await db
    .selectFrom('disclosure_batches')
    .select('snapshot')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.snapshot ?? null;
}

const PUBLIC_STATUSES = ['published', 'superseded', 'withdrawn'] as const;

/** Public list, newest publication first; without the (large) snapshot. */
export function listPublicBatches(db: Kysely<Database>, { after, limit }: KeysetWindow) {
  const q = db
    .selectFrom('disclosure_batches')
    .select(CARD_COLUMNS)
    .where('status', 'in', PUBLIC_STATUSES)
    .where('published_at', 'is not', null);
  return keysetPage(q, ['published_at', 'id'], 'desc', after, limit).execute();
}

/** The published batches of a kind for the trend line (oldest first, at most 12). */
export async function trendBatches(db: Kysely<Database>, kind: DisclosureBatchRow['kind']) {
  const rows = await db
    .selectFrom('disclosure_batches')
    .select(['id', 'title', 'period_to', 'settings'])
    .where('status', '=', 'published')
    .where('kind', '=', kind)
    .orderBy('period_to', 'desc')
    .orderBy('id', 'desc')
    .limit(12)
    .execute();
  return rows.reverse();
}

/** Every published version of a series, newest first. */
export function seriesVersions(db: Kysely<Database>, seriesId: string) {
  return db
    .selectFrom('disclosure_batches')
    .select(['id', 'version', 'published_at'])
    .where('series_id', '=', seriesId)
    .where('published_at', 'is not', null)
    .orderBy('version', 'desc')
    .execute();
}

/** The published batches, newest first, excluding some (to find a business's earlier figures). */
export function publishedBatchesExcept(db: Kysely<Database>, ids: readonly string[]) {
  let q = db
    .selectFrom('disclosure_batches')
    .select(['id', 'title', 'published_at', 'settings'])
    .where('status', '=', 'published');
  if (ids.length > 0) q = q.where('id', 'not in', ids);
  return q.orderBy('published_at', 'desc').orderBy('id', 'desc').execute();
}

// ---- the merchant page's figures ------------------------------------------------------------

export async function deleteFiguresOfBatches(db: Kysely<Database>, batchIds: readonly string[]) {
  const rows = await db
    .deleteFrom('disclosure_business_figures')
    .where('batch_id', 'in', batchIds)
    .returning('merchant_id')
    .execute();
  return rows.map((r) => r.merchant_id);
}

export async function replaceFigures(
  db: Kysely<Database>,
  rows: Insertable<DisclosureBusinessFiguresTable>[],
): Promise<void> {
  for (const part of chunks(rows)) {
    await db
      .deleteFrom('disclosure_business_figures')
      .where(
        'merchant_id',
        'in',
        part.map((r) => r.merchant_id),
      )
      .execute();
    await db.insertInto('disclosure_business_figures').values(part).execute();
  }
}

// ---- history ---------------------------------------------------------------------------------

/** The audited steps of a batch, oldest first. */
export function batchHistory(db: Kysely<Database>, batchId: string) {
  return db
    .selectFrom('audit_log')
    .select(['actor_id', 'action', 'created_at', 'detail'])
    .where('target_type', '=', 'disclosure-batch')
    .where('target_id', '=', batchId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}
