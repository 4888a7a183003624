import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { AppDeps } from '../../deps';
import type { Database } from '../../db/schema';
import { findUserById } from '../auth/auth-repository';
import { deliver } from '../messages/messages-service';
import type { SessionRow } from './session-repository';
import { shanghaiWhen } from './session-rules';
import { SESSION_PAGE, sessionLink } from './session-view';

/** What a person who set a reminder hears: the day before, or at once when it is cancelled or moved. */
export type SessionNews =
  { kind: 'reminder' } | { kind: 'cancelled'; reason: string } | { kind: 'changed' };

export type Logger = Pick<FastifyBaseLogger, 'warn'>;

const TITLES: Record<SessionNews['kind'], string> = {
  reminder: '法润乡村活动提醒',
  cancelled: '法润乡村活动已取消',
  changed: '法润乡村活动有变动',
};

const placeOf = (row: SessionRow) => `${row.town}${row.village} ${row.place}`;

function sentence(row: SessionRow, news: SessionNews): string {
  const what = `“${row.topic}”（${shanghaiWhen(row.starts_at)}，${placeOf(row)}）`;
  switch (news.kind) {
    case 'reminder':
      return `您预约的普法活动${what}即将开始，欢迎准时参加。`;
    case 'cancelled':
      return `您预约的普法活动${what}已取消。原因：${news.reason.replace(/。?$/, '。')}`;
    case 'changed':
      return `您预约的普法活动时间或地点有变动，现为${what}，请留意。`;
  }
}

/** In the caller's transaction: one 'law' message per user. */
export async function deliverSessionNews(
  trx: Kysely<Database>,
  row: SessionRow,
  userIds: readonly string[],
  news: SessionNews,
  at: Date,
): Promise<void> {
  if (userIds.length === 0) return;
  const body = sentence(row, news);
  await deliver(
    trx,
    at.toISOString(),
    userIds.map((userId) => ({
      userId,
      kind: 'law' as const,
      title: TITLES[news.kind],
      body,
      link: sessionLink(row.id),
    })),
  );
}

/** WeChat caps thing.DATA at 20 characters. */
const thing = (text: string) => {
  const chars = Array.from(text);
  return chars.length <= 20 ? text : `${chars.slice(0, 19).join('')}…`;
};

const NOTES: Record<SessionNews['kind'], string> = {
  reminder: '活动即将开始，欢迎参加',
  cancelled: '活动已取消',
  changed: '时间或地点有变动',
};

/** 'YYYY-MM-DD HH:mm' in Asia/Shanghai (the template's time field). */
const shanghaiTime = (at: string) =>
  new Date(Date.parse(at) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

/**
 * After the change has committed: a subscribe message to each subscribed user (template
 * WECHAT_TEMPLATE_LAW_SESSION; keywords thing1 活动主题, time2 活动时间, thing3 活动地点,
 * thing4 温馨提示). Skipped without a template or an openid; a failure is logged, never thrown.
 */
export async function sendSessionSubscribeMessages(
  deps: Pick<AppDeps, 'config' | 'db' | 'wechat'>,
  log: Logger,
  row: SessionRow,
  userIds: readonly string[],
  news: SessionNews,
): Promise<void> {
  const templateId = deps.config.wechatTemplateLawSession;
  if (!templateId) return;
  const note = news.kind === 'cancelled' ? `${NOTES.cancelled}：${news.reason}` : NOTES[news.kind];
  for (const userId of userIds) {
    try {
      const openid = (await findUserById(deps.db.db, userId))?.openid;
      if (!openid) continue;
      await deps.wechat.sendSubscribeMessage({
        touser: openid,
        templateId,
        page: `${SESSION_PAGE}?id=${encodeURIComponent(row.id)}`,
        data: {
          thing1: thing(row.topic),
          time2: shanghaiTime(row.starts_at),
          thing3: thing(placeOf(row)),
          thing4: thing(note),
        },
      });
    } catch (err) {
      log.warn({ err, sessionId: row.id }, 'law: session subscribe message not sent');
    }
  }
}
