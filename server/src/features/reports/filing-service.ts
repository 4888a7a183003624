import { ulid } from 'ulid';
import type { CreateReportBody, ReportCreated } from '@api/reports';
import { REPORT_DEADLINES } from '@/domain/report-vocabulary';
import { addWorkingDays } from '@/domain/working-days';
import { recordAudit } from '../../db/audit';
import type { AppDeps } from '../../deps';
import type { TokenPayload } from '../../plugins/auth';
import { claimIdempotencyKey, type IdempotencyClaim } from '../../plugins/idempotency';
import { shanghaiDate } from '../../time';

import { findUserById } from '../auth/auth-repository';
import { loadHolidayCalendar } from '../calendar/calendar-service';
import { getRegion } from '../region/region-service';
import { releaseUploads } from '../uploads/uploads-repository';
import { checkDailyLimit, checkDuplicate, checkText, reportRates } from './abuse-checks';
import {
  businessKey,
  newProgressCode,
  nextReportNo,
  normalisedKey,
  reportKeys,
} from './report-codes';
import {
  checkCaller,
  checkCampaign,
  checkFormText,
  findBusiness,
  validationFailed,
} from './filing-checks';
import { checkPhotos } from './photos-service';
import {
  findReport,
  insertReport,
  insertReportEvent,
  insertReportPhotos,
  nextReportEventId,
  replaceCodeHash,
  type ReportRow,
} from './reports-repository';

/** 举报 filing: who may file, the form's checks, the abuse checks, one transaction. */

export async function createReport(
  deps: AppDeps,
  caller: TokenPayload | undefined,
  body: CreateReportBody,
  claim?: IdempotencyClaim,
): Promise<ReportCreated> {
  checkCaller(caller, body);
  const { db } = deps.db;
  const now = deps.now();
  const today = shanghaiDate(now);
  const region = await getRegion(db);
  const fields: Record<string, string> = {};
  checkFormText(body, now, fields);
  const business = await findBusiness(db, body, region.towns, fields);
  await checkCampaign(db, body.campaignId, today, fields);
  const photos = body.photos;
  const photoProblem = await checkPhotos(db, photos, caller?.sub ?? null);
  if (photoProblem) fields.photos = photoProblem;
  if (Object.keys(fields).length > 0) throw validationFailed(fields);

  const keys = reportKeys(deps.config.personalDataKey);
  const rates = reportRates(region);
  const submitterKey = caller ? keys.submitterKey(caller.sub) : null;
  const description = body.description.trim();
  const dedupe = {
    business: businessKey(business.merchantId, business.name, business.address),
    text: normalisedKey(description),
  };
  await checkDailyLimit(db, submitterKey, now, rates.reportsPerUserPerDay);
  await checkDuplicate(db, dedupe, now, rates.duplicateWindowHours);
  const openid = caller ? ((await findUserById(db, caller.sub))?.openid ?? '') : '';
  const secCheck = await checkText(
    deps,
    openid,
    `${business.name}\n${description}\n${body.place.trim()}`,
  );

  const calendar = await loadHolidayCalendar(db);
  // 行政处罚程序规定 第十八条: check and decide within 15 working days of receipt.
  const decideBy = addWorkingDays(today, REPORT_DEADLINES.decideWorkingDays, calendar);
  const realName = body.reporter.kind === 'real-name' ? body.reporter : null;
  const { personalData } = deps;
  const code = newProgressCode();
  const id = ulid();
  const at = now.toISOString();

  const reportNo = await db.transaction().execute(async (trx) => {
    await claimIdempotencyKey(trx, claim, id);
    // Again inside the transaction: two quick submissions must not both pass.
    await checkDailyLimit(trx, submitterKey, now, rates.reportsPerUserPerDay);
    await checkDuplicate(trx, dedupe, now, rates.duplicateWindowHours);
    const photosTaken = await checkPhotos(trx, photos, caller?.sub ?? null);
    if (photosTaken) throw validationFailed({ photos: photosTaken });
    const reportNo = await nextReportNo(trx, now);
    const row: ReportRow = {
      id,
      report_no: reportNo,
      code_hash: keys.codeHash(reportNo, code),
      reporter_kind: body.reporter.kind,
      reporter_user_id: realName && caller ? caller.sub : null,
      reporter_name: realName ? personalData.encrypt(realName.name.trim()) : null,
      reporter_phone: realName ? personalData.encrypt(realName.phone) : null,
      submitter_key: submitterKey,
      merchant_id: business.merchantId,
      business_name: business.name,
      business_address: business.address,
      business_key: dedupe.business,
      industry: business.industry,
      town: business.town,
      campaign_id: body.campaignId ?? null,
      description,
      text_key: dedupe.text,
      seen_on: body.seenOn,
      seen_time: body.seenTime ?? null,
      place: body.place.trim(),
      latitude: body.location?.latitude ?? null,
      longitude: body.location?.longitude ?? null,
      location_name: body.location?.name?.trim() || null,
      wants_reply: body.wantsReply ? 1 : 0,
      subscribed: realName && body.subscribed ? 1 : 0,
      sec_check: secCheck,
      status: 'received',
      received_on: today,
      decide_by: decideBy,
      extended: 0,
      extension_reason: null,
      decided_on: null,
      decline_reason: null,
      decision_note: null,
      transferred_to: null,
      merged_into: null,
      outcome: null,
      malicious: 0,
      malicious_reason: null,
      tell_reporter_by: null,
      reporter_told_at: null,
      created_at: at,
      updated_at: at,
    };
    await insertReport(trx, row);
    await insertReportPhotos(trx, id, photos);
    // An anonymous report's photos must not lead back to the account that took them.
    if (!realName) await releaseUploads(trx, photos);
    await insertReportEvent(trx, {
      id: nextReportEventId(),
      report_id: id,
      at,
      label: '已收到举报',
    });
    await recordAudit(trx, {
      actorId: realName && caller ? caller.sub : null,
      action: 'submitted',
      targetType: 'report',
      targetId: id,
      detail: { reportNo, reporterKind: body.reporter.kind, secCheck },
      at: now,
    });
    return reportNo;
  });
  return { id, reportNo, code, decideBy };
}

/**
 * What filing answered, again (an Idempotency-Key replay by the same caller with the same body):
 * the first answer never arrived, and only a hash of its code is kept, so a new code replaces it.
 */
export async function createdReport(deps: AppDeps, id: string): Promise<ReportCreated> {
  const { db } = deps.db;
  const row = await findReport(db, id);
  if (!row) throw new Error(`replayed report ${id} is gone`);
  const code = newProgressCode();
  await replaceCodeHash(
    db,
    id,
    reportKeys(deps.config.personalDataKey).codeHash(row.report_no, code),
  );
  return { id, reportNo: row.report_no, code, decideBy: row.decide_by };
}
