import type { PrivacyConsentBody, PrivacyConsentState } from '@api/privacy';
import { isCurrentAgreement, PRIVACY_VERSIONS } from '@/domain/privacy';
import { recordAudit } from '../../db/audit';
import type { AppDeps } from '../../deps';
import { badRequest } from '../../plugins/app-error';
import {
  insertPrivacyConsent,
  latestPrivacyConsent,
  type PrivacyConsentRow,
} from './privacy-repository';

/** A phone clock a little ahead is not a lie about the past. */
const CLOCK_SKEW_MS = 5 * 60_000;

const toState = (row: PrivacyConsentRow | undefined): PrivacyConsentState => {
  const agreed = row
    ? {
        privacyVersion: row.privacy_version,
        termsVersion: row.terms_version,
        agreedAt: row.agreed_at,
        channel: row.channel,
      }
    : null;
  const versions = agreed && { privacy: agreed.privacyVersion, terms: agreed.termsVersion };
  return { current: { ...PRIVACY_VERSIONS }, agreed, upToDate: isCurrentAgreement(versions) };
};

export async function privacyConsentOf(deps: AppDeps, userId: string) {
  return toState(await latestPrivacyConsent(deps.db.db, userId));
}

/** Only what the app shows now can be agreed to; the time is not in the future nor before it. */
function checkedAgreement(body: PrivacyConsentBody, now: Date): string {
  const fields: Record<string, string> = {};
  if (body.privacyVersion !== PRIVACY_VERSIONS.privacy) {
    fields.privacyVersion = `隐私政策已更新为 ${PRIVACY_VERSIONS.privacy} 版，请阅读新版后再同意`;
  }
  if (body.termsVersion !== PRIVACY_VERSIONS.terms) {
    fields.termsVersion = `用户协议已更新为 ${PRIVACY_VERSIONS.terms} 版，请阅读新版后再同意`;
  }
  const agreedAt = body.agreedAt ? new Date(body.agreedAt) : now;
  const earliest = Date.parse(`${PRIVACY_VERSIONS.privacy}T00:00:00+08:00`);
  if (agreedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    fields.agreedAt = '同意时间不能晚于现在';
  } else if (body.agreedAt && agreedAt.getTime() < earliest) {
    fields.agreedAt = '同意时间不能早于这一版生效的日期';
  }
  const first = Object.values(fields)[0];
  if (first) throw badRequest('PRIVACY_CONSENT_INVALID', first, fields);
  return agreedAt.toISOString();
}

/**
 * Records that the caller agreed to the current 隐私政策 and 用户协议 (个人信息保护法 第十四条).
 * Idempotent: agreeing again to the same versions keeps the first record and writes no audit row.
 */
export async function agreeToPrivacy(
  deps: AppDeps,
  userId: string,
  body: PrivacyConsentBody,
): Promise<PrivacyConsentState> {
  const now = deps.now();
  const agreedAt = checkedAgreement(body, now);
  await deps.db.db.transaction().execute(async (trx) => {
    const row: PrivacyConsentRow = {
      user_id: userId,
      privacy_version: body.privacyVersion,
      terms_version: body.termsVersion,
      channel: body.channel,
      agreed_at: agreedAt,
      recorded_at: now.toISOString(),
    };
    if (!(await insertPrivacyConsent(trx, row))) return;
    await recordAudit(trx, {
      actorId: userId,
      action: 'privacy.agree',
      targetType: 'user',
      targetId: userId,
      detail: { privacyVersion: row.privacy_version, termsVersion: row.terms_version, agreedAt },
      at: now,
    });
  });
  return privacyConsentOf(deps, userId);
}
