import type { Kysely } from 'kysely';
import { claimIdempotencyKey, type IdempotencyClaim } from '../../plugins/idempotency';
import { ulid } from 'ulid';
import type {
  Membership,
  MembershipList,
  MembershipQueueQuery,
  MembershipReview,
  MembershipReviewPage,
  RegisterMerchantBody,
  VerifyMembershipBody,
} from '@api/merchants';
import type { PersonalDataCipher } from '../../crypto/personal-data';
import type { DbHandle } from '../../db';
import { recordAudit } from '../../db/audit';
import { isUniqueViolation } from '../../db/errors';
import type { Database, SubmittedBusiness } from '../../db/schema';
import { nowIso } from '../../db/time';
import { decodeCursor, pageOf } from '../../pagination';
import { conflict, notFound } from '../../plugins/app-error';
import { getRegion } from '../region/service';
import { foreignUploads, uploadUrl } from '../uploads/service';
import { forgetMerchant } from './detail-cache';
import { checkedCreditCode, validationFailed } from './errors';
import {
  businessOf,
  decideMembership,
  findMembership,
  findPendingForCode,
  findUserMembership,
  hasActiveOwner,
  insertMembership,
  listMembershipQueue,
  listMembershipsOfUser,
  repointMemberships,
  type MembershipRow,
  type MembershipWithName,
} from './memberships-repository';
import { regionChoiceProblems } from './region-rules';
import { findMerchantByCode, insertMerchant, updateMerchantRow } from './repository';

interface Deps {
  handle: DbHandle;
  personalData: PersonalDataCipher;
}

export function toMembership(row: MembershipWithName): Membership {
  const m: Membership = {
    id: row.id,
    merchantId: row.merchant_id,
    merchantName: row.merchant_name,
    creditCode: row.credit_code,
    role: row.role,
    status: row.status,
    createdAt: row.created_at,
  };
  if (row.reason !== null) m.reason = row.reason;
  return m;
}

const alreadyPending = () =>
  conflict('MEMBERSHIP_PENDING', '您已提交过该商家的认证申请，请等待工作人员审核');
const alreadyMember = () => conflict('ALREADY_MEMBER', '您已是该商家的认证成员，无需重复申请');

/**
 * Register a business. A code already in the registry (listed by the bureau or registered by
 * someone else) becomes a request to join that merchant: owner if it has no active owner yet,
 * member otherwise. A new code keeps its facts in the request until staff verify it, so an
 * unverified registration never appears in public search.
 */
export async function registerMerchant(
  deps: Deps,
  userId: string,
  body: RegisterMerchantBody,
  claim?: IdempotencyClaim,
): Promise<Membership> {
  const { db } = deps.handle;
  const creditCode = checkedCreditCode(body.creditCode);
  const problems = regionChoiceProblems(await getRegion(db), body);
  if ((await foreignUploads(db, [body.licencePhoto], userId, 'licence')).length > 0) {
    problems.licencePhoto = '请上传您本人拍摄的营业执照照片';
  }
  if (Object.keys(problems).length > 0) throw validationFailed(problems);

  const business: SubmittedBusiness = {
    name: body.name.trim(),
    type: body.type,
    industry: body.industry,
    town: body.town,
    address: body.address.trim(),
    ...(body.location && { location: body.location }),
    ...(body.hours && { hours: body.hours }),
    ...(body.publicPhone && { publicPhone: body.publicPhone }),
  };

  const membershipId = ulid();
  try {
    return await db.transaction().execute(async (trx) => {
      await claimIdempotencyKey(trx, claim, membershipId);
      if (await findUserMembership(trx, userId, creditCode, 'pending')) throw alreadyPending();
      if (await findUserMembership(trx, userId, creditCode, 'active')) throw alreadyMember();
      const merchant = await findMerchantByCode(trx, creditCode);
      let merchantId: string;
      let role: MembershipRow['role'] = 'owner';
      if (merchant) {
        merchantId = merchant.id;
        if (await hasActiveOwner(trx, merchant.id)) role = 'member';
      } else {
        // Share the id another open request reserved, so both point at the same future merchant.
        merchantId = (await findPendingForCode(trx, creditCode))?.merchant_id ?? ulid();
      }
      const now = nowIso();
      const row: MembershipRow = {
        id: membershipId,
        merchant_id: merchantId,
        credit_code: creditCode,
        user_id: userId,
        role,
        status: 'pending',
        reason: null,
        business: JSON.stringify(business),
        contact_name: deps.personalData.encrypt(body.contactName.trim()),
        contact_phone: deps.personalData.encrypt(body.contactPhone),
        licence_upload_id: body.licencePhoto,
        created_at: now,
        updated_at: now,
        reviewed_at: null,
        reviewed_by: null,
      };
      await insertMembership(trx, row);
      await recordAudit(trx, {
        actorId: userId,
        action: 'merchant_member.request',
        targetType: 'merchant_member',
        targetId: row.id,
        detail: { creditCode, role, existing: merchant !== undefined },
      });
      return toMembership({ ...row, merchant_name: merchant?.name ?? business.name });
    });
  } catch (err) {
    // Two requests at once from the same person: the partial unique index decided.
    if (isUniqueViolation(err)) throw alreadyPending();
    throw err;
  }
}

/** What registering answered, again (an Idempotency-Key replay): only for the one who asked. */
export async function registeredMembership(
  handle: DbHandle,
  userId: string,
  id: string,
): Promise<Membership> {
  const row = await findMembership(handle.db, id);
  if (!row || row.user_id !== userId) throw notFound('MEMBERSHIP_NOT_FOUND', '认证申请不存在');
  return toMembership(row);
}

export async function myMemberships(handle: DbHandle, userId: string): Promise<MembershipList> {
  const rows = await listMembershipsOfUser(handle.db, userId);
  return { items: rows.map(toMembership) };
}

/** The staff queue, contact data decrypted; each request shown is one audit row (PIPL 第五十一条). */
export async function membershipQueue(
  deps: Deps,
  staffId: string,
  query: MembershipQueueQuery,
): Promise<MembershipReviewPage> {
  const { db } = deps.handle;
  const limit = query.limit ?? 20;
  const after = query.cursor
    ? decodeCursor<[string, string]>(query.cursor, ['string', 'string'])
    : undefined;
  const rows = await listMembershipQueue(db, query.status ?? 'pending', after, limit);
  const page = pageOf(rows, limit, (r) => [r.created_at, r.id]);
  if (page.rows.length > 0) {
    const now = nowIso();
    await db
      .insertInto('audit_log')
      .values(
        page.rows.map((r) => ({
          id: ulid(),
          actor_id: staffId,
          action: 'merchant_member.read_contact',
          target_type: 'merchant_member',
          target_id: r.id,
          created_at: now,
          detail: JSON.stringify({ fields: ['contactName', 'contactPhone'] }),
        })),
      )
      .execute();
  }
  return {
    items: page.rows.map((r): MembershipReview => ({
      ...toMembership(r),
      contactName: deps.personalData.decrypt(r.contact_name),
      contactPhone: deps.personalData.decrypt(r.contact_phone),
      licencePhoto: { id: r.licence_upload_id, url: uploadUrl(r.licence_upload_id) },
      applicantId: r.user_id,
      business: businessOf(r),
    })),
    nextCursor: page.nextCursor,
  };
}

const membershipNotFound = () => notFound('MEMBERSHIP_NOT_FOUND', '认证申请不存在');
const alreadyDecided = () => conflict('MEMBERSHIP_ALREADY_REVIEWED', '该申请已处理，请刷新列表');

/**
 * Approve or reject a request. Approval makes the merchant verified (creating it from the
 * submitted facts when the code is new), the request active, and the user a merchant at once.
 */
export async function verifyMembership(
  handle: DbHandle,
  staffId: string,
  id: string,
  body: VerifyMembershipBody,
): Promise<Membership> {
  const { db } = handle;
  try {
    await db.transaction().execute(async (trx) => {
      const row = await findMembership(trx, id);
      if (!row) throw membershipNotFound();
      if (row.status !== 'pending') throw alreadyDecided();
      if (body.decision === 'reject') await reject(trx, row, staffId, body.reason.trim());
      else await approve(trx, row, staffId);
    });
  } catch (err) {
    // Two approvals creating the same new merchant at once: the credit code is unique.
    if (isUniqueViolation(err)) throw conflict('MEMBERSHIP_CONFLICT', '操作冲突，请刷新后重试');
    throw err;
  }
  const fresh = await findMembership(db, id);
  if (!fresh) throw membershipNotFound();
  forgetMerchant(fresh.merchant_id);
  return toMembership(fresh);
}

async function reject(
  trx: Kysely<Database>,
  row: MembershipRow,
  staffId: string,
  reason: string,
): Promise<void> {
  const ok = await decideMembership(trx, row.id, {
    status: 'rejected',
    role: row.role,
    reason,
    reviewed_by: staffId,
    reviewed_at: nowIso(),
  });
  if (!ok) throw alreadyDecided();
  await recordAudit(trx, {
    actorId: staffId,
    action: 'merchant_member.reject',
    targetType: 'merchant_member',
    targetId: row.id,
    detail: { reason },
  });
}

async function approve(trx: Kysely<Database>, row: MembershipRow, staffId: string): Promise<void> {
  const now = nowIso();
  const { merchantId, role } = await verifiedMerchantFor(trx, row, now);
  const ok = await decideMembership(trx, row.id, {
    status: 'active',
    role,
    reason: null,
    reviewed_by: staffId,
    reviewed_at: now,
  });
  if (!ok) throw alreadyDecided();
  // Staff and admins keep their role; everybody else acts as a merchant from the next request.
  await trx
    .updateTable('users')
    .set({ role: 'merchant', updated_at: now })
    .where('id', '=', row.user_id)
    .where('role', '=', 'consumer')
    .execute();
  await recordAudit(trx, {
    actorId: staffId,
    action: 'merchant_member.approve',
    targetType: 'merchant_member',
    targetId: row.id,
    detail: { merchantId, role },
  });
}

/**
 * The merchant an approved request belongs to, verified: created from the submitted facts when
 * the code is new; otherwise marked verified, with the facts the bureau's list lacked (location,
 * hours, phone) filled from an owner's entry. A second owner request approved after the first
 * joins as a member.
 */
async function verifiedMerchantFor(
  trx: Kysely<Database>,
  row: MembershipRow,
  now: string,
): Promise<{ merchantId: string; role: MembershipRow['role'] }> {
  const business = businessOf(row);
  const merchant = await findMerchantByCode(trx, row.credit_code);
  if (!merchant) {
    await insertMerchant(trx, {
      id: row.merchant_id,
      credit_code: row.credit_code,
      name: business.name,
      type: business.type,
      industry: business.industry,
      town: business.town,
      address: business.address,
      lat: business.location?.lat ?? null,
      lng: business.location?.lng ?? null,
      hours: business.hours ?? null,
      public_phone: business.publicPhone ?? null,
      status: 'verified',
      created_at: now,
      updated_at: now,
    });
    return { merchantId: row.merchant_id, role: row.role };
  }

  if (row.merchant_id !== merchant.id) await repointMemberships(trx, row.credit_code, merchant.id);
  const role =
    row.role === 'owner' && (await hasActiveOwner(trx, merchant.id)) ? 'member' : row.role;
  const fill =
    role !== 'owner'
      ? {}
      : {
          ...(merchant.lat === null &&
            business.location && { lat: business.location.lat, lng: business.location.lng }),
          ...(merchant.hours === null && business.hours && { hours: business.hours }),
          ...(merchant.public_phone === null &&
            business.publicPhone && { public_phone: business.publicPhone }),
        };
  if (merchant.status !== 'verified' || Object.keys(fill).length > 0) {
    await updateMerchantRow(trx, merchant.id, { ...fill, status: 'verified', updated_at: now });
  }
  return { merchantId: merchant.id, role };
}
