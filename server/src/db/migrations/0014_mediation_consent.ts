import type { Kysely } from 'kysely';

/**
 * Issue 11, 投诉举报处理暂行办法 第十六条 (mediation needs both sides' consent): per complaint and
 * side, whether that side agreed to mediation, how it was given, when, and who recorded it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('mediation_consents')
    .addColumn('complaint_id', 'text', (c) => c.notNull())
    .addColumn('side', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('given_at', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mediation_consents_pk', ['complaint_id', 'side'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('mediation_consents').execute();
}
