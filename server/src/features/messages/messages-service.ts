import type { Kysely } from 'kysely';
import { monotonicFactory } from 'ulid';
import type { Message, MessageKind, MessageListQuery, MessagePage } from '@api/messages';
import type { Database } from '../../db/schema';
import { stringKeysetPage } from '../../pagination';
import { notFound } from '../../plugins/app-error';
import {
  countUnread,
  findOwnMessage,
  insertMessages,
  listMessages,
  markRead,
  type MessageRow,
} from './messages-repository';

/** Ids increase within one millisecond too: messages delivered together keep their order. */
const nextMessageId = monotonicFactory();

export const messageNotFound = () => notFound('MESSAGE_NOT_FOUND', '消息不存在');

export interface Delivery {
  userId: string;
  kind: MessageKind;
  title: string;
  body: string;
  /** The mini-program page it is about, e.g. '/features/complaints/pages/detail/index?id=…'. */
  link: string | null;
}

/**
 * Puts messages in their recipients' message centres. Call it with the caller's transaction, so
 * that a change and the messages telling people about it commit (or fail) together. One message
 * per user: a person who is on both sides gets the first one.
 */
export async function deliver(db: Kysely<Database>, at: string, items: Delivery[]): Promise<void> {
  const seen = new Set<string>();
  const rows = items
    .filter((item) => !seen.has(item.userId) && seen.add(item.userId))
    .map((item) => ({
      id: nextMessageId(),
      user_id: item.userId,
      kind: item.kind,
      title: item.title,
      body: item.body,
      link: item.link,
      created_at: at,
      read_at: null,
    }));
  await insertMessages(db, rows);
}

const toMessage = (row: MessageRow): Message => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  body: row.body,
  link: row.link,
  createdAt: row.created_at,
  readAt: row.read_at,
});

export async function listMyMessages(
  db: Kysely<Database>,
  userId: string,
  query: MessageListQuery,
): Promise<MessagePage> {
  const page = await stringKeysetPage(
    query,
    (window) => listMessages(db, userId, { unread: query.unread === true, ...window }),
    (r) => [r.created_at, r.id],
  );
  return { items: page.rows.map(toMessage), nextCursor: page.nextCursor };
}

export async function unreadCount(db: Kysely<Database>, userId: string) {
  return { count: await countUnread(db, userId) };
}

/** Marks the caller's own message read (again is fine: the first read time stays). */
export async function readMessage(
  db: Kysely<Database>,
  userId: string,
  id: string,
  now: Date,
): Promise<Message> {
  if (!(await findOwnMessage(db, userId, id))) throw messageNotFound();
  await markRead(db, userId, now.toISOString(), id);
  const row = await findOwnMessage(db, userId, id);
  if (!row) throw messageNotFound();
  return toMessage(row);
}

export async function readAllMessages(db: Kysely<Database>, userId: string, now: Date) {
  await markRead(db, userId, now.toISOString());
  return { count: 0 };
}
