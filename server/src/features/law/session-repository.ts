import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { SessionStatus } from '@api/law';
import { keysetPage } from '../../db/pagination';
import type { Database, LawSessionsTable } from '../../db/schema';
import type { KeysetWindow } from '../../pagination';

/** All SQL of the law_sessions table (法润乡村 sessions). */

export type SessionRow = Selectable<LawSessionsTable>;

/** The public near= list reads every upcoming session at once (a county holds a few dozen). */
const NEAR_LIST_CAP = 500;

export function findSession(db: Kysely<Database>, id: string): Promise<SessionRow | undefined> {
  return db.selectFrom('law_sessions').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findSessionByCode(
  db: Kysely<Database>,
  code: string,
): Promise<SessionRow | undefined> {
  return db
    .selectFrom('law_sessions')
    .selectAll()
    .where('checkin_code', '=', code)
    .executeTakeFirst();
}

export async function checkinCodeTaken(db: Kysely<Database>, code: string): Promise<boolean> {
  const row = await db
    .selectFrom('law_sessions')
    .select('id')
    .where('checkin_code', '=', code)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertSession(
  db: Kysely<Database>,
  row: Insertable<LawSessionsTable>,
): Promise<void> {
  await db.insertInto('law_sessions').values(row).execute();
}

/** Change a session read at `updatedAt`; false when someone changed it first. */
export async function updateSession(
  db: Kysely<Database>,
  id: string,
  updatedAt: string,
  change: Updateable<LawSessionsTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('law_sessions')
    .set(change)
    .where('id', '=', id)
    .where('updated_at', '=', updatedAt)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface PublicFilter {
  town?: string;
}

/** Published sessions of one town or all, not ended at `now` (upcoming) or ended (past). */
function published(
  db: Kysely<Database>,
  now: string,
  filter: PublicFilter,
  part: 'upcoming' | 'past',
) {
  const q = db
    .selectFrom('law_sessions')
    .selectAll()
    .where('status', '=', 'published')
    .where('ends_at', part === 'upcoming' ? '>' : '<=', now);
  return filter.town ? q.where('town', '=', filter.town) : q;
}

/** Published and not ended at `now`, by start time (keyset on starts_at, id). */
export function listUpcoming(
  db: Kysely<Database>,
  now: string,
  filter: PublicFilter,
  { after, limit }: KeysetWindow,
): Promise<SessionRow[]> {
  const q = published(db, now, filter, 'upcoming');
  return keysetPage(q, ['starts_at', 'id'], 'asc', after, limit).execute();
}

/** Every upcoming published session (for sorting by distance in memory). */
export function allUpcoming(
  db: Kysely<Database>,
  now: string,
  filter: PublicFilter,
): Promise<SessionRow[]> {
  return published(db, now, filter, 'upcoming')
    .orderBy('starts_at')
    .orderBy('id')
    .limit(NEAR_LIST_CAP)
    .execute();
}

/** Published and ended at `now`, newest first. */
export function listPast(
  db: Kysely<Database>,
  now: string,
  filter: PublicFilter,
  { after, limit }: KeysetWindow,
): Promise<SessionRow[]> {
  const q = published(db, now, filter, 'past');
  return keysetPage(q, ['starts_at', 'id'], 'desc', after, limit).execute();
}

/** Staff list, one part: not ended (soonest first) or ended (newest first), any or one status. */
export function listForStaff(
  db: Kysely<Database>,
  part: 'upcoming' | 'past',
  now: string,
  status: SessionStatus | undefined,
  { after, limit }: KeysetWindow,
): Promise<SessionRow[]> {
  let q = db.selectFrom('law_sessions').selectAll();
  if (status) q = q.where('status', '=', status);
  return part === 'upcoming'
    ? keysetPage(q.where('ends_at', '>', now), ['starts_at', 'id'], 'asc', after, limit).execute()
    : keysetPage(
        q.where('ends_at', '<=', now),
        ['starts_at', 'id'],
        'desc',
        after,
        limit,
      ).execute();
}

/** Sessions by id, any status. */
export function sessionsByIds(db: Kysely<Database>, ids: readonly string[]): Promise<SessionRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('law_sessions').selectAll().where('id', 'in', ids).execute();
}

/**
 * What the stats count: published sessions that have started by `now`, and any published or
 * cancelled session with a check-in; newest first.
 */
export function sessionsForStats(db: Kysely<Database>, now: string): Promise<SessionRow[]> {
  return db
    .selectFrom('law_sessions')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'published'), eb('starts_at', '<=', now)]),
        eb.and([
          eb('status', 'in', ['published', 'cancelled']),
          eb.exists(
            eb
              .selectFrom('law_checkins')
              .select('law_checkins.id')
              .whereRef('law_checkins.session_id', '=', 'law_sessions.id'),
          ),
        ]),
      ]),
    )
    .orderBy('starts_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}
