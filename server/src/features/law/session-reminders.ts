import type { ReminderBody, ReminderState } from '@api/law';
import type { AppDeps } from '../../deps';
import { conflict } from '../../plugins/app-error';
import type { TokenPayload } from '../../plugins/auth';
import {
  deliverSessionNews,
  sendSessionSubscribeMessages,
  type Logger,
} from './session-notifications';
import { publicSession } from './session-reading-service';
import {
  claimReminder,
  deleteReminder,
  dueReminders,
  saveReminder,
} from './session-reminder-repository';
import { sessionsByIds } from './session-repository';
import { dueReminderDay, reminderDay } from './session-rules';

/** 法润乡村 reminders: set and removed by the user, sent the day before by sendDueReminders. */

type ReminderDeps = Pick<AppDeps, 'db' | 'now' | 'config' | 'wechat'>;

/** The job that sends them, and how often it runs (cron, Asia/Shanghai). */
export const REMINDER_JOB = 'law-session-reminders';
export const REMINDER_CRON = '*/10 * * * *';

const silent: Logger = { warn: () => undefined };

/** PUT: remind me the day before (Shanghai); a session that began is 409. */
export async function setReminder(
  deps: ReminderDeps,
  caller: TokenPayload,
  sessionId: string,
  body: ReminderBody,
): Promise<ReminderState> {
  const row = await publicSession(deps.db.db, sessionId);
  if (row.status === 'cancelled') throw conflict('SESSION_CANCELLED', '活动已取消');
  const now = deps.now();
  if (row.starts_at <= now.toISOString()) throw conflict('SESSION_STARTED', '活动已开始');
  const remindOn = reminderDay(row.starts_at);
  await saveReminder(deps.db.db, {
    session_id: row.id,
    user_id: caller.sub,
    subscribed: body.subscribed ? 1 : 0,
    remind_on: remindOn,
    created_at: now.toISOString(),
  });
  return { reminded: true, remindOn };
}

/** DELETE: no reminder (again: still answers not reminded). */
export async function removeReminder(
  deps: ReminderDeps,
  caller: TokenPayload,
  sessionId: string,
): Promise<ReminderState> {
  const row = await publicSession(deps.db.db, sessionId);
  await deleteReminder(deps.db.db, row.id, caller.sub);
  return { reminded: false };
}

/**
 * Sends every reminder whose day has come (from SESSION_REMINDER_HOUR the day before) of a
 * session still published and not started. Each is claimed first (sent_at set where it was
 * null, with its message in the same transaction), so two runs, even at once, send it once.
 * Subscribe messages follow the commit; a failure is logged. Answers how many were sent.
 */
export async function sendDueReminders(
  deps: ReminderDeps,
  now: Date,
  log: Logger = silent,
): Promise<number> {
  const db = deps.db.db;
  const due = await dueReminders(db, dueReminderDay(now), now.toISOString());
  if (due.length === 0) return 0;
  const sessions = new Map(
    (await sessionsByIds(db, [...new Set(due.map((d) => d.session_id))])).map((s) => [s.id, s]),
  );
  let sent = 0;
  for (const reminder of due) {
    const session = sessions.get(reminder.session_id);
    if (!session) continue;
    const claimed = await db.transaction().execute(async (trx) => {
      if (!(await claimReminder(trx, reminder, now.toISOString()))) return false;
      await deliverSessionNews(trx, session, [reminder.user_id], { kind: 'reminder' }, now);
      return true;
    });
    if (!claimed) continue;
    sent += 1;
    if (reminder.subscribed === 1) {
      await sendSessionSubscribeMessages(deps, log, session, [reminder.user_id], {
        kind: 'reminder',
      });
    }
  }
  return sent;
}

/** `npm run admin -- law-remind`: one run now, as the server's scheduled job does; the line it prints. */
export async function remindFromCli(
  deps: Pick<AppDeps, 'db' | 'config' | 'wechat'>,
  now: Date,
): Promise<string> {
  const warnings: string[] = [];
  const log: Logger = { warn: (_obj: unknown, msg?: string) => void warnings.push(msg ?? '') };
  const sent = await sendDueReminders({ ...deps, now: () => now }, now, log);
  const failed = warnings.length > 0 ? `，${warnings.length} 条订阅消息未发出（见日志）` : '';
  return `已发送 ${sent} 条法润乡村活动提醒${failed}`;
}
