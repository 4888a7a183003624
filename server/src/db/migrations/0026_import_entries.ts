import type { Kysely } from 'kysely';
import { addColumns, dropColumns, text } from './columns';

/**
 * Issue 18: a staff merchant import runs as a job that any instance may work and a crash resumes,
 * so the checked rows live with the import (JSON of the parsed entries) until it is done.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await addColumns(db, 'merchant_imports', { entries: text });
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropColumns(db, 'merchant_imports', ['entries']);
}
