import { randomInt } from 'node:crypto';
import type { Kysely, Updateable } from 'kysely';
import { ulid } from 'ulid';
import type { SessionContent, SessionCreated, SessionTransitionBody, StaffSession } from '@api/law';
import { CHECKIN_CODE_ALPHABET } from '@/domain/law-vocabulary';
import type { AppDeps } from '../../deps';
import { recordAudit } from '../../db/audit';
import type { Database, LawSessionsTable } from '../../db/schema';
import { AppError, conflict } from '../../plugins/app-error';
import type { TokenPayload } from '../../plugins/auth';
import type { IdempotencyClaim } from '../../plugins/idempotency';
import { claimIdempotencyKey } from '../../plugins/idempotency';
import { activeBank } from '../quiz/bank-cache';
import { getRegion } from '../region/region-service';
import {
  deliverSessionNews,
  sendSessionSubscribeMessages,
  type Logger,
  type SessionNews,
} from './session-notifications';
import {
  deleteRemindersOfSession,
  remindersOfSession,
  rescheduleReminders,
} from './session-reminder-repository';
import {
  checkinCodeTaken,
  insertSession,
  updateSession,
  type SessionRow,
} from './session-repository';
import { normaliseSession, reminderDay, sessionProblems } from './session-rules';
import { contentColumns } from './session-view';
import { loadedSession, staffSession } from './session-staff-reading-service';

/** Staff's side of 法润乡村 sessions: write, publish, cancel. */

export type StaffSessionDeps = Pick<AppDeps, 'db' | 'now' | 'config' | 'wechat'>;

const changedMeanwhile = () => conflict('SESSION_CHANGED', '该活动刚被他人修改，请刷新后再试');
const invalidTransition = () =>
  conflict('INVALID_TRANSITION', '该活动当前状态不能执行此操作，请刷新');

const sessionInvalid = (fields: Record<string, string>) =>
  new AppError(400, 'VALIDATION_FAILED', Object.values(fields)[0], fields);

/** The content normalised and checked against the county's towns and the quiz bank. */
async function checkedContent(
  deps: StaffSessionDeps,
  input: SessionContent,
  keptStartsAt?: string,
): Promise<SessionContent> {
  const db = deps.db.db;
  const content = normaliseSession(input);
  const [region, bank] = await Promise.all([getRegion(db), activeBank(db)]);
  const quizTopics = new Set([...bank].filter(([, qs]) => qs.length > 0).map(([topic]) => topic));
  const fields = sessionProblems(content, {
    towns: region.towns,
    quizTopics,
    now: deps.now(),
    keptStartsAt,
  });
  if (Object.keys(fields).length > 0) throw sessionInvalid(fields);
  return content;
}

/** 8 characters of CHECKIN_CODE_ALPHABET from crypto randomness, not used by another session. */
async function newCheckinCode(db: Kysely<Database>): Promise<string> {
  for (;;) {
    const code = Array.from(
      { length: 8 },
      () => CHECKIN_CODE_ALPHABET[randomInt(CHECKIN_CODE_ALPHABET.length)],
    ).join('');
    if (!(await checkinCodeTaken(db, code))) return code;
  }
}

/** A new session, as a draft with its check-in code. */
export async function createSession(
  deps: StaffSessionDeps,
  caller: TokenPayload,
  body: SessionContent,
  claim?: IdempotencyClaim,
): Promise<SessionCreated> {
  const content = await checkedContent(deps, body);
  const now = deps.now();
  const at = now.toISOString();
  const id = ulid();
  const code = await newCheckinCode(deps.db.db);
  await deps.db.db.transaction().execute(async (trx) => {
    await claimIdempotencyKey(trx, claim, id);
    await insertSession(trx, {
      id,
      status: 'draft',
      ...contentColumns(content),
      checkin_code: code,
      created_by: caller.sub,
      created_at: at,
      updated_at: at,
      published_at: null,
      cancelled_at: null,
      cancelled_reason: null,
    });
    await recordAudit(trx, {
      actorId: caller.sub,
      action: 'law-session.create',
      targetType: 'law-session',
      targetId: id,
      detail: { topic: content.topic, town: content.town, startsAt: content.startsAt },
      at: now,
    });
  });
  return { id, status: 'draft' };
}

/** What creating answered, again (an Idempotency-Key replay). */
export async function createdSession(deps: StaffSessionDeps, id: string): Promise<SessionCreated> {
  const row = await loadedSession(deps.db.db, id);
  return { id: row.id, status: row.status };
}

interface Change {
  columns: Updateable<LawSessionsTable>;
  audit: { action: string; detail: Record<string, unknown> };
  /** Inside the transaction, after the update: reminders and messages. */
  alsoDo?: (trx: Kysely<Database>, updated: SessionRow) => Promise<void>;
}

async function changed(
  deps: StaffSessionDeps,
  caller: TokenPayload,
  row: SessionRow,
  change: Change,
): Promise<SessionRow> {
  const now = deps.now();
  const updated: SessionRow = { ...row, ...change.columns, updated_at: now.toISOString() };
  await deps.db.db.transaction().execute(async (trx) => {
    const ok = await updateSession(trx, row.id, row.updated_at, {
      ...change.columns,
      updated_at: updated.updated_at,
    });
    if (!ok) throw changedMeanwhile();
    await change.alsoDo?.(trx, updated);
    await recordAudit(trx, {
      actorId: caller.sub,
      action: change.audit.action,
      targetType: 'law-session',
      targetId: row.id,
      detail: change.audit.detail,
      at: now,
    });
  });
  return updated;
}

/**
 * Edit a draft or a published session (changes show at once). A published one that moves in
 * time or place tells everyone with a reminder, whose reminder moves to the new day before.
 */
export async function updateSessionContent(
  deps: StaffSessionDeps,
  log: Logger,
  caller: TokenPayload,
  id: string,
  body: SessionContent,
): Promise<StaffSession> {
  const row = await loadedSession(deps.db.db, id);
  if (row.status === 'cancelled') throw conflict('SESSION_CANCELLED', '活动已取消，不能修改');
  const content = await checkedContent(deps, body, row.starts_at);
  const columns = contentColumns(content);
  const moved =
    row.status === 'published' &&
    (columns.starts_at !== row.starts_at ||
      columns.town !== row.town ||
      columns.village !== row.village ||
      columns.place !== row.place);
  let told: string[] = [];
  const updated = await changed(deps, caller, row, {
    columns,
    audit: { action: 'law-session.edit', detail: { status: row.status, topic: content.topic } },
    alsoDo: async (trx, next) => {
      if (!moved) return;
      if (columns.starts_at !== row.starts_at) {
        await rescheduleReminders(trx, row.id, reminderDay(columns.starts_at));
      }
      told = (await remindersOfSession(trx, row.id)).map((r) => r.user_id);
      await deliverSessionNews(trx, next, told, { kind: 'changed' }, deps.now());
    },
  });
  if (told.length > 0) await tellSubscribed(deps, log, updated, { kind: 'changed' });
  return staffSession(deps, id);
}

/** Subscribe messages to those of a session's reminders that are subscribed. */
async function tellSubscribed(
  deps: StaffSessionDeps,
  log: Logger,
  row: SessionRow,
  news: SessionNews,
  reminders?: { user_id: string; subscribed: number }[],
): Promise<void> {
  const list = reminders ?? (await remindersOfSession(deps.db.db, row.id));
  const subscribed = list.filter((r) => r.subscribed === 1).map((r) => r.user_id);
  await sendSessionSubscribeMessages(deps, log, row, subscribed, news);
}

/**
 * publish: a draft that has not ended. cancel (reason required): a draft or a published one that
 * has not ended; its page keeps the reason and everyone with a reminder is told at once.
 */
export async function transitionSession(
  deps: StaffSessionDeps,
  log: Logger,
  caller: TokenPayload,
  id: string,
  body: SessionTransitionBody,
): Promise<StaffSession> {
  const row = await loadedSession(deps.db.db, id);
  const now = deps.now();
  const at = now.toISOString();
  const ended = row.ends_at <= at;
  if (body.action === 'publish') {
    if (row.status !== 'draft') throw invalidTransition();
    if (ended) throw conflict('SESSION_ENDED', '活动已结束，不能发布');
    await changed(deps, caller, row, {
      columns: { status: 'published', published_at: at },
      audit: { action: 'law-session.publish', detail: { from: row.status } },
    });
    return staffSession(deps, id);
  }
  const reason = body.reason?.trim() ?? '';
  if (reason.length < 2) throw sessionInvalid({ reason: '请填写取消原因' });
  if (row.status === 'cancelled') throw invalidTransition();
  if (ended) throw conflict('SESSION_ENDED', '活动已结束，不能取消');
  let reminders: { user_id: string; subscribed: number }[] = [];
  const updated = await changed(deps, caller, row, {
    columns: { status: 'cancelled', cancelled_at: at, cancelled_reason: reason },
    audit: { action: 'law-session.cancel', detail: { from: row.status, reason } },
    alsoDo: async (trx, next) => {
      reminders = await remindersOfSession(trx, row.id);
      await deliverSessionNews(
        trx,
        next,
        reminders.map((r) => r.user_id),
        { kind: 'cancelled', reason },
        now,
      );
      await deleteRemindersOfSession(trx, row.id);
    },
  });
  await tellSubscribed(deps, log, updated, { kind: 'cancelled', reason }, reminders);
  return staffSession(deps, id);
}
