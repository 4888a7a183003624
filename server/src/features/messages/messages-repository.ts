import type { Insertable, Kysely, Selectable } from 'kysely';
import { keysetPage } from '../../db/pagination';
import type { Database, MessagesTable, TerminationNoticesTable } from '../../db/schema';

export type MessageRow = Selectable<MessagesTable>;
export type NoticeRow = Selectable<TerminationNoticesTable>;

export async function insertMessages(
  db: Kysely<Database>,
  rows: Insertable<MessagesTable>[],
): Promise<void> {
  if (rows.length > 0) await db.insertInto('messages').values(rows).execute();
}

/** Newest first, keyset on (created_at, id) descending; limit + 1 rows to tell if more follow. */
export function listMessages(
  db: Kysely<Database>,
  userId: string,
  opts: { unread: boolean; after?: [string, string]; limit: number },
): Promise<MessageRow[]> {
  let query = db.selectFrom('messages').selectAll().where('user_id', '=', userId);
  if (opts.unread) query = query.where('read_at', 'is', null);
  return keysetPage(query, ['created_at', 'id'], 'desc', opts.after, opts.limit).execute();
}

export async function countUnread(db: Kysely<Database>, userId: string): Promise<number> {
  const row = await db
    .selectFrom('messages')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The user's own message, or undefined (someone else's looks the same as a missing one). */
export function findOwnMessage(
  db: Kysely<Database>,
  userId: string,
  id: string,
): Promise<MessageRow | undefined> {
  return db
    .selectFrom('messages')
    .selectAll()
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

/** Marks unread messages read (all of the user's, or one); the first read time is kept. */
export async function markRead(
  db: Kysely<Database>,
  userId: string,
  at: string,
  id?: string,
): Promise<number> {
  let query = db
    .updateTable('messages')
    .set({ read_at: at })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null);
  if (id) query = query.where('id', '=', id);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

// ---- 第二十一条 notices ---------------------------------------------------------------------

export async function insertNotices(
  db: Kysely<Database>,
  rows: Insertable<TerminationNoticesTable>[],
): Promise<void> {
  if (rows.length === 0) return;
  // A second termination of the same complaint cannot happen; a retry must not fail on it.
  await db
    .insertInto('termination_notices')
    .values(rows)
    .onConflict((oc) => oc.columns(['complaint_id', 'side']).doNothing())
    .execute();
}

export function listNotices(db: Kysely<Database>, complaintId: string): Promise<NoticeRow[]> {
  return db
    .selectFrom('termination_notices')
    .selectAll()
    .where('complaint_id', '=', complaintId)
    .execute();
}

/** Records how a side was told, only where nothing is recorded yet; false when already recorded. */
export async function recordNotice(
  db: Kysely<Database>,
  complaintId: string,
  side: NoticeRow['side'],
  patch: Pick<NoticeRow, 'method' | 'notified_at' | 'note' | 'recorded_by' | 'recorded_at'>,
): Promise<boolean> {
  const result = await db
    .updateTable('termination_notices')
    .set(patch)
    .where('complaint_id', '=', complaintId)
    .where('side', '=', side)
    .where('notified_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
