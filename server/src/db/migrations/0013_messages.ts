import type { Kysely } from 'kysely';
import { createTable, dropTables, id, text, textNotNull } from './columns';

/**
 * Issue 11:
 * - messages: the in-app message centre (站内消息). Every status change a person should hear
 *   about lands here first; WeChat subscribe messages are only an extra channel.
 * - termination_notices: 第二十一条 (终止调解 → both sides told within 7 working days): per
 *   complaint and side, whether, when and how that side was told.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createTable(db, 'messages', {
    columns: {
      id,
      user_id: textNotNull,
      kind: textNotNull,
      title: textNotNull,
      body: textNotNull,
      link: text,
      created_at: textNotNull,
      read_at: text,
    },
    indexes: { user_created: ['user_id', 'created_at', 'id'] },
  });

  await createTable(db, 'termination_notices', {
    columns: {
      complaint_id: textNotNull,
      side: textNotNull,
      terminated_at: textNotNull,
      due_on: textNotNull,
      method: text,
      notified_at: text,
      note: text,
      recorded_by: text,
      recorded_at: text,
    },
    primaryKey: ['complaint_id', 'side'],
  });
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropTables(db, ['termination_notices', 'messages']);
}
