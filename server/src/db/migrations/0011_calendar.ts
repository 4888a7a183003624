import type { Kysely } from 'kysely';

/**
 * Issue 11: the holiday calendar is kept per year with where it came from (the State Council
 * notice) and who imported it; the `holidays` rows stay the days themselves.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('holiday_years')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text')
    .addColumn('imported_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('holiday_years').execute();
}
