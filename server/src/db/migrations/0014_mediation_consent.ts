import type { Kysely } from 'kysely';
import { createTable, dropTables, text, textNotNull } from './columns';

/**
 * Issue 11, 投诉举报处理暂行办法 第十六条 (mediation needs both sides' consent): per complaint and
 * side, whether that side agreed to mediation, how it was given, when, and who recorded it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createTable(db, 'mediation_consents', {
    columns: {
      complaint_id: textNotNull,
      side: textNotNull,
      decision: textNotNull,
      method: textNotNull,
      given_at: textNotNull,
      note: text,
      recorded_by: textNotNull,
      recorded_at: textNotNull,
    },
    primaryKey: ['complaint_id', 'side'],
  });
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropTables(db, ['mediation_consents']);
}
