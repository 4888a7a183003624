import type { Kysely, Selectable } from 'kysely';
import type { Database, MerchantImportsTable } from '../../db/schema';

export type ImportRow = Selectable<MerchantImportsTable>;
/** The running counts an import writes after each batch. */
export type ImportProgress = Pick<
  ImportRow,
  'status' | 'done' | 'inserted' | 'updated' | 'unchanged' | 'rejected' | 'updated_at'
>;

export async function insertImport(db: Kysely<Database>, row: ImportRow): Promise<void> {
  await db.insertInto('merchant_imports').values(row).execute();
}

export function findImport(db: Kysely<Database>, id: string): Promise<ImportRow | undefined> {
  return db.selectFrom('merchant_imports').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function saveImportProgress(
  db: Kysely<Database>,
  id: string,
  progress: ImportProgress,
): Promise<void> {
  await db.updateTable('merchant_imports').set(progress).where('id', '=', id).execute();
}
