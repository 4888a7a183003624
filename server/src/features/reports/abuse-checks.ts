import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Region } from '@api/region';
import { REPORT_RATE_DEFAULTS } from '@/domain/report-vocabulary';
import type { AppDeps } from '../../deps';
import type { Database } from '../../db/schema';
import { AppError, badRequest, conflict } from '../../plugins/app-error';
import { shanghaiDate, shanghaiDayStartIso } from '../../time';
import { WechatError } from '../../wechat';
import { getRegion } from '../region/region-service';
import { countSubmittedSince, hasDuplicateSince } from './reports-repository';

/** 举报's abuse limits: the county's (which may only lower them) or the defaults. */
export function reportRates(region: Region) {
  return { ...REPORT_RATE_DEFAULTS, ...region.reports };
}
type Rates = ReturnType<typeof reportRates>;

const HOUR = 3600_000;

/**
 * Per-IP limits (@fastify/rate-limit route config), read from the profile at request time so
 * that a saved profile applies at once. Every request counts, answered or refused: a wrong
 * progress code costs as much as a right one.
 */
export function perIpLimits(deps: AppDeps) {
  const rate = (pick: (r: Rates) => number) => async (_request: FastifyRequest) =>
    pick(reportRates(await getRegion(deps.db.db)));
  return {
    filing: { max: rate((r) => r.reportsPerIpPerHour), timeWindow: HOUR },
    photos: { max: rate((r) => r.photosPerIpPerHour), timeWindow: HOUR },
    progress: { max: rate((r) => r.progressChecksPerIpPerMinute), timeWindow: 60_000 },
  };
}

const dailyLimit = (limit: number) =>
  new AppError(429, 'REPORT_DAILY_LIMIT', `每人每天最多提交 ${limit} 件举报，请明天再试`);

/** A signed-in caller's reports of this Asia/Shanghai day (counted by their submitter key). */
export async function checkDailyLimit(
  db: Kysely<Database>,
  submitterKey: string | null,
  now: Date,
  limit: number,
): Promise<void> {
  if (submitterKey === null) return;
  const since = shanghaiDayStartIso(shanghaiDate(now));
  if ((await countSubmittedSince(db, submitterKey, since)) >= limit) throw dailyLimit(limit);
}

/** Same business and same text within the window: refused, without saying whose or which. */
export async function checkDuplicate(
  db: Kysely<Database>,
  keys: { business: string; text: string },
  now: Date,
  windowHours: number,
): Promise<void> {
  const since = new Date(now.getTime() - windowHours * HOUR).toISOString();
  if (await hasDuplicateSince(db, keys.business, keys.text, since)) {
    throw conflict('REPORT_DUPLICATE', '相同内容的举报已提交，无需重复举报');
  }
}

/**
 * WeChat's text check (scene 2): risky is refused; review, or WeChat out of reach, is accepted
 * and flagged for staff (a report must not be lost because WeChat is down).
 */
export async function checkText(
  deps: AppDeps,
  openid: string,
  content: string,
): Promise<'pass' | 'review'> {
  try {
    const result = await deps.wechat.msgSecCheck({ openid, content, scene: 2 });
    if (result.suggest === 'risky') {
      throw badRequest('REPORT_CONTENT_REFUSED', '举报内容含有违规信息，请修改后再提交', {
        description: '含有违规信息，请修改',
      });
    }
    return result.suggest === 'pass' ? 'pass' : 'review';
  } catch (err) {
    if (err instanceof WechatError) return 'review';
    throw err;
  }
}
