import type { Kysely } from 'kysely';

/**
 * Issue 11:
 * - messages: the in-app message centre (站内消息). Every status change a person should hear
 *   about lands here first; WeChat subscribe messages are only an extra channel.
 * - termination_notices: 第二十一条 (终止调解 → both sides told within 7 working days): per
 *   complaint and side, whether, when and how that side was told.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute();
  await db.schema
    .createIndex('messages_user_created_idx')
    .on('messages')
    .columns(['user_id', 'created_at', 'id'])
    .execute();

  await db.schema
    .createTable('termination_notices')
    .addColumn('complaint_id', 'text', (c) => c.notNull())
    .addColumn('side', 'text', (c) => c.notNull())
    .addColumn('terminated_at', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('method', 'text')
    .addColumn('notified_at', 'text')
    .addColumn('note', 'text')
    .addColumn('recorded_by', 'text')
    .addColumn('recorded_at', 'text')
    .addPrimaryKeyConstraint('termination_notices_pk', ['complaint_id', 'side'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('termination_notices').execute();
  await db.schema.dropTable('messages').execute();
}
