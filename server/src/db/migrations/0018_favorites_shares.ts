import type { Kysely } from 'kysely';
import { createTable, dropTables, requiredRef, textNotNull } from './columns';

/**
 * Issue 14, reading and sharing:
 * - favorites: 我的收藏, one row per user and item (advisory or tip); the item may since have
 *   gone (unpublished, hidden): the row stays and the list says it is unavailable.
 * - advisory_reads: one row per advisory, Asia/Shanghai day and reader, so a read counts once per
 *   reader per day. reader_key is an HMAC of the day and the reader (user id, or ip + user agent):
 *   nothing about the reader is stored in plaintext, and keys of two days cannot be linked.
 * - shares: each 转发 / 朋友圈 / saved poster of an advisory or tip, by anyone (no reader kept).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createTable(db, 'favorites', {
    columns: {
      user_id: requiredRef('users.id', 'cascade'),
      kind: textNotNull,
      item_id: textNotNull,
      created_at: textNotNull,
    },
    primaryKey: ['user_id', 'kind', 'item_id'],
    indexes: { user_saved: ['user_id', 'created_at', 'item_id'] },
  });
  await createTable(db, 'advisory_reads', {
    columns: { advisory_id: textNotNull, day: textNotNull, reader_key: textNotNull },
    primaryKey: ['advisory_id', 'day', 'reader_key'],
    indexes: { day: ['day', 'advisory_id'] },
  });
  await createTable(db, 'shares', {
    columns: {
      kind: textNotNull,
      item_id: textNotNull,
      channel: textNotNull,
      created_at: textNotNull,
    },
    indexes: { item: ['kind', 'item_id', 'created_at'], created: ['kind', 'created_at'] },
  });
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropTables(db, ['shares', 'advisory_reads', 'favorites']);
}
