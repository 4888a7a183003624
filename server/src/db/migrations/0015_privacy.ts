import type { Kysely } from 'kysely';
import { createTable, dropTables, textNotNull } from './columns';

/**
 * Issue 13, 个人信息保护法 第十四条、第十七条: which versions of the 隐私政策 and 用户协议 each
 * signed-in person agreed to, when, and where. One row per user and pair of versions: agreeing
 * again to the same versions changes nothing; a new version adds a row (the old ones stay).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createTable(db, 'privacy_consents', {
    columns: {
      user_id: textNotNull,
      privacy_version: textNotNull,
      terms_version: textNotNull,
      channel: textNotNull,
      agreed_at: textNotNull,
      recorded_at: textNotNull,
    },
    primaryKey: ['user_id', 'privacy_version', 'terms_version'],
    indexes: { user_agreed: ['user_id', 'agreed_at'] },
  });
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropTables(db, ['privacy_consents']);
}
