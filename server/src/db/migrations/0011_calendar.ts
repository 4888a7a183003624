import type { Kysely } from 'kysely';
import { createTable, dropTables, ref, text, textNotNull } from './columns';

/**
 * Issue 11: the holiday calendar is kept per year with where it came from (the State Council
 * notice) and who imported it; the `holidays` rows stay the days themselves.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createTable(db, 'holiday_years', {
    columns: {
      year: ['integer', (c) => c.primaryKey()],
      source: textNotNull,
      imported_at: text,
      imported_by: ref('users.id', 'set null'),
    },
  });
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropTables(db, ['holiday_years']);
}
