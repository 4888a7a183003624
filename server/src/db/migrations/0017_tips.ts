import { sql, type Kysely } from 'kysely';
import {
  createTable,
  dropTables,
  id,
  integerZero,
  ref,
  requiredRef,
  text,
  textNotNull,
} from './columns';

/**
 * Issue 14, 消费小贴士: tips consumers write, checked by WeChat and moderated by staff before
 * anyone sees them; 有用 marks (one per user) and 不当内容 reports.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createTable(db, 'tips', {
    columns: {
      id,
      author_id: requiredRef('users.id', 'cascade'),
      title: textNotNull,
      body: textNotNull,
      /** normaliseTipBody(body): duplicates of one author are refused. */
      body_key: textNotNull,
      category: textNotNull,
      /** JSON array of upload ids. */
      photos: textNotNull,
      status: textNotNull,
      sec_check: textNotNull,
      reject_reason: text,
      moderated_by: ref('users.id', 'set null'),
      moderated_at: text,
      useful_count: integerZero,
      /** The official 提示 draft staff made of it (据消费者投稿), if any. */
      promoted_advisory_id: text,
      created_at: textNotNull,
      updated_at: textNotNull,
      published_at: text,
    },
    checks: {
      status: sql`status in ('pending', 'published', 'rejected', 'hidden', 'withdrawn')`,
      sec_check: sql`sec_check in ('pass', 'review', 'unchecked')`,
    },
    indexes: {
      published: ['status', 'published_at', 'id'],
      queue: ['status', 'created_at', 'id'],
      author: ['author_id', 'created_at', 'id'],
      author_body: ['author_id', 'body_key'],
    },
  });
  await createTable(db, 'tip_useful', {
    columns: {
      tip_id: requiredRef('tips.id', 'cascade'),
      user_id: requiredRef('users.id', 'cascade'),
      created_at: textNotNull,
    },
    primaryKey: ['tip_id', 'user_id'],
  });
  await createTable(db, 'tip_reports', {
    columns: {
      id,
      tip_id: requiredRef('tips.id', 'cascade'),
      user_id: requiredRef('users.id', 'cascade'),
      reason: textNotNull,
      note: text,
      status: textNotNull,
      created_at: textNotNull,
      resolved_at: text,
      resolved_by: ref('users.id', 'set null'),
    },
    checks: { status: sql`status in ('open', 'hidden', 'dismissed')` },
    indexes: { queue: ['status', 'created_at', 'id'], tip: ['tip_id', 'status'] },
  });
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropTables(db, ['tip_reports', 'tip_useful', 'tips']);
}
