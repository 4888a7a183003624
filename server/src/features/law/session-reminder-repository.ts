import type { Kysely, Selectable } from 'kysely';
import type { Database, LawSessionRemindersTable } from '../../db/schema';
import type { SessionRow } from './session-repository';

/** All SQL of law_session_reminders: who asked to be reminded of a session, and when it went. */

export type ReminderRow = Selectable<LawSessionRemindersTable>;

/** Set (or change) a user's reminder; one that already went out stays sent. */
export async function saveReminder(
  db: Kysely<Database>,
  row: Omit<ReminderRow, 'sent_at'>,
): Promise<void> {
  await db
    .insertInto('law_session_reminders')
    .values({ ...row, sent_at: null })
    .onConflict((oc) =>
      oc
        .columns(['session_id', 'user_id'])
        .doUpdateSet({ subscribed: row.subscribed, remind_on: row.remind_on }),
    )
    .execute();
}

export function findReminder(
  db: Kysely<Database>,
  sessionId: string,
  userId: string,
): Promise<ReminderRow | undefined> {
  return db
    .selectFrom('law_session_reminders')
    .selectAll()
    .where('session_id', '=', sessionId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function deleteReminder(
  db: Kysely<Database>,
  sessionId: string,
  userId: string,
): Promise<void> {
  await db
    .deleteFrom('law_session_reminders')
    .where('session_id', '=', sessionId)
    .where('user_id', '=', userId)
    .execute();
}

/** Everyone with a reminder of one session. */
export function remindersOfSession(
  db: Kysely<Database>,
  sessionId: string,
): Promise<ReminderRow[]> {
  return db
    .selectFrom('law_session_reminders')
    .selectAll()
    .where('session_id', '=', sessionId)
    .execute();
}

export async function deleteRemindersOfSession(
  db: Kysely<Database>,
  sessionId: string,
): Promise<void> {
  await db.deleteFrom('law_session_reminders').where('session_id', '=', sessionId).execute();
}

/** A session moved to another day: its reminders go out the new day before (again). */
export async function rescheduleReminders(
  db: Kysely<Database>,
  sessionId: string,
  remindOn: string,
): Promise<void> {
  await db
    .updateTable('law_session_reminders')
    .set({ remind_on: remindOn, sent_at: null })
    .where('session_id', '=', sessionId)
    .execute();
}

/** How many reminders each session has. */
export async function reminderCounts(
  db: Kysely<Database>,
  sessionIds: readonly string[],
): Promise<Map<string, number>> {
  if (sessionIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('law_session_reminders')
    .select(['session_id', (eb) => eb.fn.countAll<string | number>().as('n')])
    .where('session_id', 'in', sessionIds)
    .groupBy('session_id')
    .execute();
  return new Map(rows.map((r) => [r.session_id, Number(r.n)]));
}

/** The published sessions a user asked to be reminded of (at most `limit`). */
export function remindedSessions(
  db: Kysely<Database>,
  userId: string,
  limit: number,
): Promise<SessionRow[]> {
  return db
    .selectFrom('law_session_reminders as r')
    .innerJoin('law_sessions as s', 's.id', 'r.session_id')
    .selectAll('s')
    .where('r.user_id', '=', userId)
    .where('s.status', '=', 'published')
    .orderBy('s.starts_at', 'desc')
    .orderBy('s.id', 'desc')
    .limit(limit)
    .execute();
}

export interface DueReminder {
  session_id: string;
  user_id: string;
  subscribed: number;
}

/**
 * Reminders whose day has come (remind_on ≤ dueDay), not sent, of sessions still published
 * and not started at `now`.
 */
export function dueReminders(
  db: Kysely<Database>,
  dueDay: string,
  now: string,
): Promise<DueReminder[]> {
  return db
    .selectFrom('law_session_reminders as r')
    .innerJoin('law_sessions as s', 's.id', 'r.session_id')
    .select(['r.session_id', 'r.user_id', 'r.subscribed'])
    .where('r.remind_on', '<=', dueDay)
    .where('r.sent_at', 'is', null)
    .where('s.status', '=', 'published')
    .where('s.starts_at', '>', now)
    .orderBy('s.starts_at')
    .execute();
}

/** Claim one reminder for sending: true only for the one run that set sent_at. */
export async function claimReminder(
  db: Kysely<Database>,
  reminder: Pick<DueReminder, 'session_id' | 'user_id'>,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('law_session_reminders')
    .set({ sent_at: at })
    .where('session_id', '=', reminder.session_id)
    .where('user_id', '=', reminder.user_id)
    .where('sent_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
