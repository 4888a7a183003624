import type { Kysely } from 'kysely';
import type { StaffSession, StaffSessionList, StaffSessionQuery } from '@api/law';
import type { AppDeps } from '../../deps';
import type { Database } from '../../db/schema';
import { decodeCursor, encodeCursor } from '../../pagination';
import { badRequest } from '../../plugins/app-error';
import { checkinCounts } from './checkin-repository';
import { sessionNotFound } from './session-reading-service';
import { reminderCounts } from './session-reminder-repository';
import { findSession, listForStaff, type SessionRow } from './session-repository';
import { toStaffSession } from './session-view';

/** What staff read of 法润乡村 sessions: one with its code and counts, the list of all. */

type StaffReadDeps = Pick<AppDeps, 'db' | 'now'>;

export async function loadedSession(db: Kysely<Database>, id: string): Promise<SessionRow> {
  const row = await findSession(db, id);
  if (!row) throw sessionNotFound();
  return row;
}

async function toStaff(deps: StaffReadDeps, rows: SessionRow[]): Promise<StaffSession[]> {
  const ids = rows.map((r) => r.id);
  const [attendees, reminders] = await Promise.all([
    checkinCounts(deps.db.db, ids),
    reminderCounts(deps.db.db, ids),
  ]);
  const now = deps.now();
  return rows.map((row) =>
    toStaffSession(row, now, {
      attendees: attendees.get(row.id) ?? 0,
      reminders: reminders.get(row.id) ?? 0,
    }),
  );
}

export async function staffSession(deps: StaffReadDeps, id: string): Promise<StaffSession> {
  const [session] = await toStaff(deps, [await loadedSession(deps.db.db, id)]);
  return session;
}

const PARTS = ['upcoming', 'past'] as const;

/**
 * Every status (or one): not ended soonest first, then ended newest first. The cursor is
 * ['<part>|<starts_at>', id] of the last row.
 */
export async function staffSessionList(
  deps: StaffReadDeps,
  query: StaffSessionQuery,
): Promise<StaffSessionList> {
  const now = deps.now().toISOString();
  const limit = query.limit ?? 20;
  let parts: readonly (typeof PARTS)[number][] = PARTS;
  let after: [string, string] | undefined;
  if (query.cursor) {
    const [key, id] = decodeCursor<[string, string]>(query.cursor, ['string', 'string']);
    const [part, startsAt] = key.split('|') as [(typeof PARTS)[number], string | undefined];
    const at = PARTS.indexOf(part);
    if (at < 0 || !startsAt) {
      throw badRequest('INVALID_CURSOR', '分页参数无效，请重新加载列表', { cursor: '无效' });
    }
    parts = PARTS.slice(at);
    after = [startsAt, id];
  }
  const rows: { part: string; row: SessionRow }[] = [];
  for (const part of parts) {
    const want = limit + 1 - rows.length;
    if (want <= 0) break;
    const found = await listForStaff(deps.db.db, part, now, query.status, {
      after,
      limit: want - 1,
    });
    rows.push(...found.map((row) => ({ part, row })));
    after = undefined;
  }
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: await toStaff(
      deps,
      page.map((p) => p.row),
    ),
    nextCursor:
      rows.length > limit && last
        ? encodeCursor([`${last.part}|${last.row.starts_at}`, last.row.id])
        : null,
  };
}
