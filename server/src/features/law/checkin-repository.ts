import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, LawCheckinsTable, LawFeedbackTable } from '../../db/schema';
import type { KeysetWindow } from '../../pagination';
import { keysetPage } from '../../db/pagination';

/** All SQL of law_checkins and law_feedback: attendance by QR and what attendees said. */

export type CheckinRow = Selectable<LawCheckinsTable>;
export type FeedbackRow = Selectable<LawFeedbackTable>;

/** Insert a check-in unless the attendee has one for the session; false when one was there. */
export async function insertCheckin(
  db: Kysely<Database>,
  row: Insertable<LawCheckinsTable>,
): Promise<boolean> {
  const result = await db
    .insertInto('law_checkins')
    .values(row)
    .onConflict((oc) => oc.columns(['session_id', 'attendee_key']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export function findAttendeeCheckin(
  db: Kysely<Database>,
  sessionId: string,
  attendeeKey: string,
): Promise<CheckinRow | undefined> {
  return db
    .selectFrom('law_checkins')
    .selectAll()
    .where('session_id', '=', sessionId)
    .where('attendee_key', '=', attendeeKey)
    .executeTakeFirst();
}

export function findCheckin(db: Kysely<Database>, id: string): Promise<CheckinRow | undefined> {
  return db.selectFrom('law_checkins').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A scan again: a new feedback token replaces the old one. */
export async function replaceFeedbackToken(
  db: Kysely<Database>,
  id: string,
  tokenHash: string,
): Promise<void> {
  await db
    .updateTable('law_checkins')
    .set({ feedback_token_hash: tokenHash })
    .where('id', '=', id)
    .execute();
}

export async function feedbackGiven(db: Kysely<Database>, checkinId: string): Promise<boolean> {
  const row = await db
    .selectFrom('law_feedback')
    .select('checkin_id')
    .where('checkin_id', '=', checkinId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Insert the feedback of a check-in; false when it already has one. */
export async function insertFeedback(
  db: Kysely<Database>,
  row: Insertable<LawFeedbackTable>,
): Promise<boolean> {
  const result = await db
    .insertInto('law_feedback')
    .values(row)
    .onConflict((oc) => oc.column('checkin_id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Check-ins per session. */
export async function checkinCounts(
  db: Kysely<Database>,
  sessionIds: readonly string[],
): Promise<Map<string, number>> {
  if (sessionIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('law_checkins')
    .select(['session_id', (eb) => eb.fn.countAll<string | number>().as('n')])
    .where('session_id', 'in', sessionIds)
    .groupBy('session_id')
    .execute();
  return new Map(rows.map((r) => [r.session_id, Number(r.n)]));
}

/** The feedback of these sessions (useful and topics only: the stats count them). */
export function feedbackOfSessions(
  db: Kysely<Database>,
  sessionIds: readonly string[],
): Promise<Pick<FeedbackRow, 'session_id' | 'useful' | 'want_topics'>[]> {
  if (sessionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('law_feedback')
    .select(['session_id', 'useful', 'want_topics'])
    .where('session_id', 'in', sessionIds)
    .execute();
}

/** One session's feedback, newest first (keyset on created_at, checkin_id). */
export function listSessionFeedback(
  db: Kysely<Database>,
  sessionId: string,
  { after, limit }: KeysetWindow,
): Promise<FeedbackRow[]> {
  const q = db.selectFrom('law_feedback').selectAll().where('session_id', '=', sessionId);
  return keysetPage(q, ['created_at', 'checkin_id'], 'desc', after, limit).execute();
}
