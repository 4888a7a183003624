import type { Kysely } from 'kysely';
import type {
  MyReminders,
  SessionCard,
  SessionDetail,
  SessionList,
  SessionListQuery,
} from '@api/law';
import type { AppDeps } from '../../deps';
import type { Database } from '../../db/schema';
import { decodeCursor, encodeCursor, stringKeysetPage } from '../../pagination';
import { notFound } from '../../plugins/app-error';
import type { TokenPayload } from '../../plugins/auth';
import { findReminder, remindedSessions } from './session-reminder-repository';
import {
  allUpcoming,
  findSession,
  listPast,
  listUpcoming,
  type SessionRow,
} from './session-repository';
import { distanceKm, parsePoint } from './session-rules';
import { toSessionCard } from './session-view';

/** What consumers read of 法润乡村 sessions: the lists, one session, their reminders. */

export type SessionDeps = Pick<AppDeps, 'db' | 'now'>;

export const sessionNotFound = () => notFound('SESSION_NOT_FOUND', '活动不存在');

/** A session anyone may open: published or cancelled (a draft is staff's only). */
export async function publicSession(db: Kysely<Database>, id: string): Promise<SessionRow> {
  const row = await findSession(db, id);
  if (!row || row.status === 'draft') throw sessionNotFound();
  return row;
}

const MY_REMINDERS_LIMIT = 50;

/**
 * Upcoming (published, not ended) by start time; with near=, those with a map point first by
 * distance, the others after by time; past=true: ended ones, newest first.
 */
export async function listSessions(
  deps: SessionDeps,
  query: SessionListQuery,
): Promise<SessionList> {
  const now = deps.now();
  const at = now.toISOString();
  const filter = { town: query.town?.trim() || undefined };
  const point = query.near && !query.past ? parsePoint(query.near) : undefined;
  if (point) return listNearest(deps, query, point);
  const page = await stringKeysetPage(
    query,
    (window) =>
      query.past
        ? listPast(deps.db.db, at, filter, window)
        : listUpcoming(deps.db.db, at, filter, window),
    (r) => [r.starts_at, r.id],
  );
  return { items: page.rows.map((r) => toSessionCard(r, now)), nextCursor: page.nextCursor };
}

/**
 * Sorted in memory (a county has few upcoming sessions). The cursor is the last item's sort
 * key: '0|<km, padded>' for a located session, '1|<starts_at>' for the others, and its id.
 */
async function listNearest(
  deps: SessionDeps,
  query: SessionListQuery,
  point: { latitude: number; longitude: number },
): Promise<SessionList> {
  const now = deps.now();
  const limit = query.limit ?? 20;
  const rows = await allUpcoming(deps.db.db, now.toISOString(), {
    town: query.town?.trim() || undefined,
  });
  const keyed = rows.map((row) => {
    const km =
      row.latitude !== null && row.longitude !== null
        ? distanceKm(point, { latitude: Number(row.latitude), longitude: Number(row.longitude) })
        : undefined;
    const sort =
      km === undefined
        ? `1|${row.starts_at}`
        : `0|${km.toFixed(1).padStart(8, '0')}|${row.starts_at}`;
    return { row, km, key: [sort, row.id] as [string, string] };
  });
  keyed.sort((a, b) => compareKeys(a.key, b.key));
  const after = query.cursor
    ? decodeCursor<[string, string]>(query.cursor, ['string', 'string'])
    : undefined;
  const rest = after ? keyed.filter((k) => compareKeys(k.key, after) > 0) : keyed;
  const page = rest.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map((k) => toSessionCard(k.row, now, k.km)),
    nextCursor: rest.length > limit && last ? encodeCursor(last.key) : null,
  };
}

const compareKeys = (a: [string, string], b: [string, string]) =>
  a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;

/** One published or cancelled session; `reminded` for the signed-in caller. */
export async function readSession(
  deps: SessionDeps,
  caller: TokenPayload | undefined,
  id: string,
): Promise<SessionDetail> {
  const row = await publicSession(deps.db.db, id);
  const reminder = caller ? await findReminder(deps.db.db, id, caller.sub) : undefined;
  return { ...toSessionCard(row, deps.now()), reminded: reminder !== undefined };
}

/** The caller's reminded sessions: upcoming ones soonest first, then past ones newest first. */
export async function myReminders(deps: SessionDeps, caller: TokenPayload): Promise<MyReminders> {
  const now = deps.now();
  const rows = await remindedSessions(deps.db.db, caller.sub, MY_REMINDERS_LIMIT);
  const cards: SessionCard[] = rows.map((r) => toSessionCard(r, now));
  const upcoming = cards.filter((c) => !c.past).reverse();
  return { items: [...upcoming, ...cards.filter((c) => c.past)] };
}
