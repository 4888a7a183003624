import { ulid } from 'ulid';
import type { Membership, MembershipList, RegisterMerchantBody } from '@api/merchants';
import type { DbHandle } from '../../db';
import { recordAudit } from '../../db/audit';
import type { SubmittedBusiness } from '../../db/schema';
import type { AppDeps } from '../../deps';
import { conflict, notFound } from '../../plugins/app-error';
import { claimIdempotencyKey, type IdempotencyClaim } from '../../plugins/idempotency';
import { getRegion } from '../region/region-service';
import { foreignUploads } from '../uploads/uploads-service';
import { checkedCreditCode, validationFailed } from './errors';
import {
  findMembership,
  findPendingForCode,
  findUserMembership,
  hasActiveOwner,
  insertMembership,
  listMembershipsOfUser,
  type MembershipRow,
  type MembershipWithName,
} from './memberships-repository';
import { regionChoiceProblems } from './region-rules';
import { findMerchantByCode } from './merchants-repository';

type Deps = Pick<AppDeps, 'db' | 'personalData' | 'now'>;

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

export const membershipNotFound = () => notFound('MEMBERSHIP_NOT_FOUND', '认证申请不存在');
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
  const { db } = deps.db;
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
    const now = deps.now();
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
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
      reviewed_at: null,
      reviewed_by: null,
    };
    // Two requests at once from the same person: the partial unique index decided.
    if (!(await insertMembership(trx, row))) throw alreadyPending();
    await recordAudit(trx, {
      actorId: userId,
      action: 'merchant_member.request',
      targetType: 'merchant_member',
      targetId: row.id,
      detail: { creditCode, role, existing: merchant !== undefined },
      at: now,
    });
    return toMembership({ ...row, merchant_name: merchant?.name ?? business.name });
  });
}

/** What registering answered, again (an Idempotency-Key replay): only for the one who asked. */
export async function registeredMembership(
  handle: DbHandle,
  userId: string,
  id: string,
): Promise<Membership> {
  const row = await findMembership(handle.db, id);
  if (!row || row.user_id !== userId) throw membershipNotFound();
  return toMembership(row);
}

export async function myMemberships(handle: DbHandle, userId: string): Promise<MembershipList> {
  const rows = await listMembershipsOfUser(handle.db, userId);
  return { items: rows.map(toMembership) };
}
