import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { ulid } from 'ulid';
import type { Checkin, CheckinBody, FeedbackBody } from '@api/law';
import type { AppDeps } from '../../deps';
import { conflict, notFound } from '../../plugins/app-error';
import type { TokenPayload } from '../../plugins/auth';
import {
  feedbackGiven,
  findAttendeeCheckin,
  findCheckin,
  insertCheckin,
  insertFeedback,
  replaceFeedbackToken,
} from './checkin-repository';
import { findSessionByCode } from './session-repository';
import { checkinWindow } from './session-rules';
import { toSessionCard } from './session-view';

/** QR check-ins at 法润乡村 sessions and the feedback after them. */

type CheckinDeps = Pick<AppDeps, 'db' | 'now' | 'config'>;

const codeNotFound = () => notFound('CHECKIN_CODE_NOT_FOUND', '签到码无效，请扫描活动现场的二维码');
const checkinNotFound = () => notFound('CHECKIN_NOT_FOUND', '签到记录不存在，请重新扫码签到');

/**
 * One attendee per account (signed in) or per device, as a keyed hash (as reports'
 * submitter_key): the table never holds a user id or a device id.
 */
function attendeeKey(deps: CheckinDeps, caller: TokenPayload | undefined, deviceId: string) {
  const key = createHmac('sha256', deps.config.personalDataKey)
    .update('fangxin:law:attendee')
    .digest();
  const who = caller ? `u:${caller.sub}` : `d:${deviceId}`;
  return createHmac('sha256', key).update(who).digest('base64url');
}

const tokenHash = (token: string) => createHash('sha256').update(token).digest('base64url');

/**
 * Check in with the code of a session's QR, from an hour before it starts to three days after
 * it ends. A repeat answers the same check-in with a fresh feedback token (status 200).
 */
export async function checkIn(
  deps: CheckinDeps,
  caller: TokenPayload | undefined,
  body: CheckinBody,
): Promise<{ created: boolean; checkin: Checkin }> {
  const db = deps.db.db;
  const session = await findSessionByCode(db, body.code);
  if (!session || session.status === 'draft') throw codeNotFound();
  if (session.status === 'cancelled') throw conflict('SESSION_CANCELLED', '活动已取消');
  const now = deps.now();
  const window = checkinWindow(session.starts_at, session.ends_at, now);
  if (window === 'not-yet') throw conflict('CHECKIN_CLOSED', '签到尚未开始');
  if (window === 'closed') throw conflict('CHECKIN_CLOSED', '签到已结束');

  const key = attendeeKey(deps, caller, body.deviceId);
  const token = randomBytes(24).toString('base64url');
  const id = ulid();
  const created = await insertCheckin(db, {
    id,
    session_id: session.id,
    attendee_key: key,
    feedback_token_hash: tokenHash(token),
    created_at: now.toISOString(),
  });
  let checkinId = id;
  if (!created) {
    const existing = await findAttendeeCheckin(db, session.id, key);
    if (!existing) throw codeNotFound();
    checkinId = existing.id;
    await replaceFeedbackToken(db, checkinId, tokenHash(token));
  }
  return {
    created,
    checkin: {
      id: checkinId,
      feedbackToken: token,
      session: toSessionCard(session, now),
      feedbackGiven: created ? false : await feedbackGiven(db, checkinId),
    },
  };
}

function tokenMatches(stored: string, token: string): boolean {
  const a = Buffer.from(tokenHash(token));
  const b = Buffer.from(stored);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Feedback once per check-in, proven by its token; a second one is 409. */
export async function giveFeedback(deps: CheckinDeps, body: FeedbackBody): Promise<void> {
  const db = deps.db.db;
  const checkin = await findCheckin(db, body.checkinId);
  if (!checkin || !tokenMatches(checkin.feedback_token_hash, body.feedbackToken)) {
    throw checkinNotFound();
  }
  const text = body.text?.replace(/\r\n?/g, '\n').trim();
  const added = await insertFeedback(db, {
    checkin_id: checkin.id,
    session_id: checkin.session_id,
    useful: body.useful,
    want_topics: JSON.stringify([...new Set(body.wantTopics)]),
    text: text ? text : null,
    created_at: deps.now().toISOString(),
  });
  if (!added) throw conflict('FEEDBACK_GIVEN', '您已提交过反馈，谢谢');
}
