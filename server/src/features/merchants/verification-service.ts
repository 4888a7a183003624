import type { Kysely } from 'kysely';
import { divisionOf } from '@/domain/divisions';
import type {
  Membership,
  MembershipQueueQuery,
  MembershipReview,
  MembershipReviewPage,
  VerifyMembershipBody,
} from '@api/merchants';
import type { DbHandle } from '../../db';
import { recordAudit, recordAudits } from '../../db/audit';
import type { Database } from '../../db/schema';
import type { AppDeps } from '../../deps';
import { stringKeysetPage } from '../../pagination';
import { conflict } from '../../plugins/app-error';
import { promoteToMerchant } from '../auth/auth-repository';
import { uploadUrl } from '../uploads/uploads-service';
import { forgetMerchant } from './detail-cache';
import {
  businessOf,
  decideMembership,
  findMembership,
  hasActiveOwner,
  listMembershipQueue,
  repointMemberships,
  type MembershipRow,
} from './memberships-repository';
import { membershipNotFound, toMembership } from './memberships-service';
import {
  findMerchantByCode,
  insertMerchant,
  merchantOfBusiness,
  updateMerchantRow,
} from './merchants-repository';

/** Staff verification of registrations: who may act for which merchant. */
type Deps = Pick<AppDeps, 'db' | 'personalData' | 'now'>;

/** The staff queue, contact data decrypted; each request shown is one audit row (PIPL 第五十一条). */
export async function membershipQueue(
  deps: Deps,
  staffId: string,
  query: MembershipQueueQuery,
): Promise<MembershipReviewPage> {
  const { db } = deps.db;
  const page = await stringKeysetPage(
    query,
    ({ after, limit }) => listMembershipQueue(db, query.status ?? 'pending', after, limit),
    (r) => [r.created_at, r.id],
  );
  const at = deps.now();
  await recordAudits(
    db,
    page.rows.map((r) => ({
      actorId: staffId,
      action: 'merchant_member.read_contact',
      targetType: 'merchant_member',
      targetId: r.id,
      detail: { fields: ['contactName', 'contactPhone'] },
      at,
    })),
  );
  return {
    items: page.rows.map((r): MembershipReview => ({
      ...toMembership(r),
      contactName: deps.personalData.decrypt(r.contact_name),
      contactPhone: deps.personalData.decrypt(r.contact_phone),
      licencePhoto: { id: r.licence_upload_id, url: uploadUrl(r.licence_upload_id) },
      applicantId: r.user_id,
      business: businessOf(r),
      ...registeredArea(r.credit_code),
    })),
    nextCursor: page.nextCursor,
  };
}

/** The credit code's 行政区划码 in words, so staff need not know 350100 is 福州市. */
function registeredArea(creditCode: string): Pick<MembershipReview, 'registeredArea'> {
  const division = divisionOf(creditCode.slice(2, 8));
  if (!division) return {};
  return { registeredArea: division.exact ? division.name : `${division.name}（区县代码未收录）` };
}

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
  now: Date,
): Promise<Membership> {
  const { db } = handle;
  await db.transaction().execute(async (trx) => {
    const row = await findMembership(trx, id);
    if (!row) throw membershipNotFound();
    if (row.status !== 'pending') throw alreadyDecided();
    if (body.decision === 'reject') await reject(trx, row, staffId, body.reason.trim(), now);
    else await approve(trx, row, staffId, now);
  });
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
  now: Date,
): Promise<void> {
  const ok = await decideMembership(trx, row.id, {
    status: 'rejected',
    role: row.role,
    reason,
    reviewed_by: staffId,
    reviewed_at: now.toISOString(),
  });
  if (!ok) throw alreadyDecided();
  await recordAudit(trx, {
    actorId: staffId,
    action: 'merchant_member.reject',
    targetType: 'merchant_member',
    targetId: row.id,
    detail: { reason },
    at: now,
  });
}

async function approve(
  trx: Kysely<Database>,
  row: MembershipRow,
  staffId: string,
  at: Date,
): Promise<void> {
  const now = at.toISOString();
  const { merchantId, role } = await verifiedMerchantFor(trx, row, now);
  const ok = await decideMembership(trx, row.id, {
    status: 'active',
    role,
    reason: null,
    reviewed_by: staffId,
    reviewed_at: now,
  });
  if (!ok) throw alreadyDecided();
  await promoteToMerchant(trx, row.user_id, now);
  await recordAudit(trx, {
    actorId: staffId,
    action: 'merchant_member.approve',
    targetType: 'merchant_member',
    targetId: row.id,
    detail: { merchantId, role },
    at,
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
    const created = merchantOfBusiness(business, {
      id: row.merchant_id,
      creditCode: row.credit_code,
      status: 'verified',
      now,
    });
    // Two approvals creating the same new merchant at once: the id and credit code are unique.
    if (!(await insertMerchant(trx, created))) {
      throw conflict('MEMBERSHIP_CONFLICT', '操作冲突，请刷新后重试');
    }
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
