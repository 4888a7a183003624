import type { Kysely, Selectable } from 'kysely';
import type { Database, MerchantImportsTable } from '../../db/schema';

export type ImportRow = Selectable<MerchantImportsTable>;
/** An import without its stored entries (which may be megabytes): what progress reads. */
export type ImportSummary = Omit<ImportRow, 'entries'>;
/** The running counts an import writes after each batch. */
export type ImportProgress = Pick<
  ImportRow,
  'status' | 'done' | 'inserted' | 'updated' | 'unchanged' | 'rejected' | 'updated_at'
>;

const SUMMARY_COLUMNS = [
  'id',
  'status',
  'total',
  'done',
  'inserted',
  'updated',
  'unchanged',
  'rejected',
  'created_by',
  'created_at',
  'updated_at',
] as const;

export async function insertImport(db: Kysely<Database>, row: ImportRow): Promise<void> {
  await db.insertInto('merchant_imports').values(row).execute();
}

export function findImport(db: Kysely<Database>, id: string): Promise<ImportSummary | undefined> {
  return db
    .selectFrom('merchant_imports')
    .select(SUMMARY_COLUMNS)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findImportEntries(db: Kysely<Database>, id: string): Promise<string | null> {
  const row = await db
    .selectFrom('merchant_imports')
    .select('entries')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.entries ?? null;
}

/**
 * Moves a running import on from `fromDone` rows; false when it had moved already (another worker
 * ran this batch) or is no longer running. Finishing clears the stored entries.
 */
export async function advanceImport(
  db: Kysely<Database>,
  id: string,
  fromDone: number,
  progress: ImportProgress,
): Promise<boolean> {
  const result = await db
    .updateTable('merchant_imports')
    .set({ ...progress, ...(progress.status !== 'running' && { entries: null }) })
    .where('id', '=', id)
    .where('done', '=', fromDone)
    .where('status', '=', 'running')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function runningImportIds(db: Kysely<Database>): Promise<string[]> {
  const rows = await db
    .selectFrom('merchant_imports')
    .select('id')
    .where('status', '=', 'running')
    .execute();
  return rows.map((r) => r.id);
}
