import type { Kysely } from 'kysely';
import { ulid } from 'ulid';
import type {
  ApplicationList,
  ApplicationListQuery,
  ApplyModelUnitBody,
  ModelUnitApplication,
  ModelUnitBadge,
  ReviewApplicationBody,
  RevokeModelUnitBody,
} from '@api/model-units';
import type { Region } from '@api/region';
import { applyBlock, applyBlockMessage, modelUnitYear } from '@/domain/model-unit-year';
import { recordAudit } from '../../db/audit';
import { addDays, shanghaiDate } from '../../time';
import type { Database } from '../../db/schema';
import type { AppDeps } from '../../deps';
import { stringKeysetPage } from '../../pagination';
import { conflict, notFound } from '../../plugins/app-error';
import type { TokenPayload } from '../../plugins/auth';
import { claimIdempotencyKey, type IdempotencyClaim } from '../../plugins/idempotency';
import { refreshMerchantBadges } from '../merchants/badges';
import { forgetMerchant } from '../merchants/detail-cache';
import { merchantNotFound, validationFailed } from '../merchants/errors';
import { findMerchantById, isActiveMember } from '../merchants/merchants-repository';
import { getRegion } from '../region/region-service';
import { foreignUploads } from '../uploads/uploads-service';
import {
  decideApplication,
  findApplication,
  findModelUnit,
  hasOpenApplication,
  insertApplication,
  insertModelUnits,
  listApplications,
  listMerchantTitles,
  nextCertificateNo,
  revokeModelUnitRow,
  type ApplicationRow,
  type ModelUnitRow,
} from './model-units-repository';
import { toApplication, toModelUnitBadge } from './view';

type Deps = Pick<AppDeps, 'db' | 'now' | 'config'>;

const isStaff = (caller: TokenPayload) => caller.role === 'staff' || caller.role === 'admin';
const applicationNotFound = () => notFound('APPLICATION_NOT_FOUND', '申请不存在');
const openApplication = () =>
  conflict('APPLICATION_OPEN', '该商家已有审核中的示范单位申请，请等待审核结果');
const alreadyReviewed = () => conflict('APPLICATION_ALREADY_REVIEWED', '该申请已审核，请刷新');

async function withBadge(deps: Deps, row: ApplicationRow): Promise<ModelUnitApplication> {
  const unit = row.model_unit_id ? await findModelUnit(deps.db.db, row.model_unit_id) : undefined;
  return toApplication(row, unit, shanghaiDate(deps.now()));
}

/**
 * 409 when this year's title stands in the way (see model-unit-year.ts): for a new application a
 * granted or revoked one; for an approval only a granted one (staff may grant again after revoking).
 */
async function refuseHeldTitle(
  db: Kysely<Database>,
  merchantId: string,
  year: number,
  today: string,
  stage: 'apply' | 'approve',
) {
  const titles = (await listMerchantTitles(db, merchantId)).map((t) => toModelUnitBadge(t, today));
  const block = applyBlock(year, false, titles);
  if (block && (stage === 'apply' || block.reason === 'awarded')) {
    throw conflict('MODEL_UNIT_HELD', applyBlockMessage(block));
  }
}

/** The category and the self-assessment must be the county's: all items, each once. */
function applicationProblems(region: Region, body: ApplyModelUnitBody): Record<string, string> {
  const fields: Record<string, string> = {};
  if (!region.modelUnit.categories.some((c) => c.name === body.category)) {
    fields.category = '请从列表中选择示范单位类别';
  }
  const items = body.checklist.map((a) => a.item);
  const expected = region.modelUnit.checklist;
  if (
    new Set(items).size !== items.length ||
    items.some((i) => !expected.includes(i)) ||
    expected.some((i) => !items.includes(i))
  ) {
    fields.checklist = '自查项目与本县清单不一致，请刷新后重新填写';
  }
  return fields;
}

export async function applyModelUnit(
  deps: Deps,
  caller: TokenPayload,
  body: ApplyModelUnitBody,
  claim?: IdempotencyClaim,
): Promise<ModelUnitApplication> {
  const { db } = deps.db;
  const now = deps.now();
  const merchant = await findMerchantById(db, body.merchantId);
  if (!merchant || !(await isActiveMember(db, merchant.id, caller.sub))) throw merchantNotFound();

  const region = await getRegion(db);
  await refuseHeldTitle(db, merchant.id, modelUnitYear(region), shanghaiDate(now), 'apply');
  const problems = applicationProblems(region, body);
  const photos = [...new Set(body.photos)];
  if ((await foreignUploads(db, photos, caller.sub, 'model-unit')).length > 0) {
    problems.photos = '请上传您本人拍摄的申请照片';
  }
  if (Object.keys(problems).length > 0) throw validationFailed(problems);

  const values: Omit<ApplicationRow, 'merchant_name'> = {
    id: ulid(),
    merchant_id: merchant.id,
    applicant_id: caller.sub,
    category: body.category,
    checklist: JSON.stringify(body.checklist.map(({ item, checked }) => ({ item, checked }))),
    note: body.note?.trim() || null,
    photos: JSON.stringify(photos),
    status: 'submitted',
    submitted_at: now.toISOString(),
    reviewed_at: null,
    reviewed_by: null,
    review_reason: null,
    model_unit_id: null,
  };
  await db.transaction().execute(async (trx) => {
    await claimIdempotencyKey(trx, claim, values.id);
    if (await hasOpenApplication(trx, merchant.id)) throw openApplication();
    // The partial unique index settles two submissions at once.
    if (!(await insertApplication(trx, values))) throw openApplication();
    await recordAudit(trx, {
      actorId: caller.sub,
      action: 'model_unit_application.submit',
      targetType: 'model_unit_application',
      targetId: values.id,
      detail: { merchantId: merchant.id, category: body.category },
      at: now,
    });
  });
  return toApplication({ ...values, merchant_name: merchant.name }, undefined, shanghaiDate(now));
}

/** The applicant's merchants' members and staff may read an application; others get 404. */
export async function getApplication(
  deps: Deps,
  caller: TokenPayload,
  id: string,
): Promise<ModelUnitApplication> {
  const row = await findApplication(deps.db.db, id);
  if (
    !row ||
    (!isStaff(caller) &&
      row.applicant_id !== caller.sub &&
      !(await isActiveMember(deps.db.db, row.merchant_id, caller.sub)))
  ) {
    throw applicationNotFound();
  }
  return withBadge(deps, row);
}

export async function listApplicationsFor(
  deps: Deps,
  query: ApplicationListQuery,
  scope: { staffQueue: true } | { userId: string },
): Promise<ApplicationList> {
  // The staff queue oldest first; a merchant's own applications newest first.
  const [filter, order] =
    'staffQueue' in scope
      ? [{ status: query.status ?? 'submitted' }, 'asc' as const]
      : [{ status: query.status, forUser: scope.userId }, 'desc' as const];
  const page = await stringKeysetPage(
    query,
    ({ after, limit }) => listApplications(deps.db.db, filter, order, after, limit),
    (r) => [r.submitted_at, r.id],
  );
  return {
    items: await Promise.all(page.rows.map((r) => withBadge(deps, r))),
    nextCursor: page.nextCursor,
  };
}

/** Longest validity staff may grant in one go: a typo such as 2207 must not make a title eternal. */
const MAX_VALID_YEARS = 10;

export async function reviewApplication(
  deps: Deps,
  staffId: string,
  id: string,
  body: ReviewApplicationBody,
): Promise<ModelUnitApplication> {
  const { db } = deps.db;
  const at = deps.now();
  const now = shanghaiDate(at);
  if (body.decision === 'approve') {
    if (body.validUntil <= now) throw validationFailed({ validUntil: '有效期须晚于今天' });
    if (body.validUntil > addDays(now, MAX_VALID_YEARS * 366)) {
      throw validationFailed({ validUntil: `有效期最长 ${MAX_VALID_YEARS} 年` });
    }
  }
  const year = modelUnitYear(await getRegion(db));
  await db.transaction().execute(async (trx) => {
    const row = await findApplication(trx, id);
    if (!row) throw applicationNotFound();
    if (row.status !== 'submitted') throw alreadyReviewed();
    if (body.decision === 'approve') {
      await refuseHeldTitle(trx, row.merchant_id, year, now, 'approve');
    }
    const reviewedAt = at.toISOString();
    let modelUnitId: string | null = null;
    let detail: Record<string, unknown>;
    if (body.decision === 'approve') {
      const unit: ModelUnitRow = {
        id: ulid(),
        merchant_id: row.merchant_id,
        application_id: row.id,
        certificate_no: await nextCertificateNo(trx, deps.config.countyCode, year),
        category: row.category,
        level: body.level,
        year,
        valid_from: now,
        valid_until: body.validUntil,
        revoked_on: null,
        revoked_reason: null,
        revoked_by: null,
        created_at: reviewedAt,
        created_by: staffId,
      };
      await insertModelUnits(trx, [unit]);
      modelUnitId = unit.id;
      detail = {
        certificateNo: unit.certificate_no,
        level: unit.level,
        validUntil: unit.valid_until,
      };
    } else {
      detail = { reason: body.reason.trim() };
    }
    const decided = await decideApplication(trx, id, {
      status: body.decision === 'approve' ? 'approved' : 'rejected',
      reviewed_at: reviewedAt,
      reviewed_by: staffId,
      review_reason: body.decision === 'reject' ? body.reason.trim() : null,
      model_unit_id: modelUnitId,
    });
    if (!decided) throw alreadyReviewed();
    if (modelUnitId) await refreshMerchantBadges(trx, row.merchant_id, now);
    await recordAudit(trx, {
      actorId: staffId,
      action: `model_unit_application.${body.decision}`,
      targetType: 'model_unit_application',
      targetId: id,
      detail,
      at,
    });
  });
  const fresh = await findApplication(db, id);
  if (!fresh) throw applicationNotFound();
  forgetMerchant(fresh.merchant_id);
  return withBadge(deps, fresh);
}

/** Revoke a title: it stays in the history, shown as ended with the date and the reason. */
export async function revokeModelUnit(
  deps: Deps,
  staffId: string,
  id: string,
  body: RevokeModelUnitBody,
): Promise<ModelUnitBadge> {
  const { db } = deps.db;
  const at = deps.now();
  const revokedOn = shanghaiDate(at);
  const reason = body.reason.trim();
  await db.transaction().execute(async (trx) => {
    const unit = await findModelUnit(trx, id);
    if (!unit) throw notFound('MODEL_UNIT_NOT_FOUND', '示范单位称号不存在');
    const revocation = { revoked_on: revokedOn, revoked_reason: reason, revoked_by: staffId };
    if (!(await revokeModelUnitRow(trx, id, revocation))) {
      throw conflict('MODEL_UNIT_ALREADY_REVOKED', '该示范单位称号已被撤销');
    }
    await refreshMerchantBadges(trx, unit.merchant_id, revokedOn);
    await recordAudit(trx, {
      actorId: staffId,
      action: 'model_unit.revoke',
      targetType: 'model_unit',
      targetId: id,
      detail: { merchantId: unit.merchant_id, certificateNo: unit.certificate_no, reason },
      at,
    });
  });
  const unit = await findModelUnit(db, id);
  if (!unit) throw notFound('MODEL_UNIT_NOT_FOUND', '示范单位称号不存在');
  // Again after commit: on PostgreSQL a concurrent reader may have cached the old page meanwhile.
  forgetMerchant(unit.merchant_id);
  return toModelUnitBadge(unit, revokedOn);
}
