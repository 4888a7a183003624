import { ulid } from 'ulid';
import type { CreatePledgeBody, OfflineReturnTerms, PledgeCreated } from '@api/pledges';
import { initiativeText, normalisePledgeTerms, offlineReturnText } from '@/domain/pledge-text';
import { recordAudit } from '../../db/audit';
import { addDays, shanghaiDate } from '../../time';
import { conflict, forbidden } from '../../plugins/app-error';
import type { TokenPayload } from '../../plugins/auth';
import { claimIdempotencyKey, type IdempotencyClaim } from '../../plugins/idempotency';
import { refreshMerchantBadges } from '../merchants/badges';
import { forgetMerchant } from '../merchants/detail-cache';
import { merchantNotFound, validationFailed } from '../merchants/errors';
import { findMerchantById } from '../merchants/merchants-repository';
import { getRegion } from '../region/region-service';
import { storedUpload } from '../uploads/uploads-service';
import { contentHash, sha256Hex, type SignedContent } from './content-hash';
import { findPledge, insertPledge, nextCertificateNo, openPledges } from './pledges-repository';
import { membershipOf, pledgeNotFound, type PledgeDeps } from './pledges-service';

/** Signature image bound. See checkSignature. */
export const SIGNATURE_MAX_BYTES = 500 * 1024;

export const CERTIFICATE_PATTERN = /^[A-Z]{2,6}-\d{4}-(TH|CY)-\d{4,}$/;

/**
 * The signature must be the caller's own 'signature' upload (decoded and re-encoded as a PNG by
 * the uploads feature), at most 500 KB, with ink on it: a blank pad is refused whatever size its
 * PNG has. Returns the bytes' sha256.
 */
async function checkSignature(
  deps: PledgeDeps,
  callerId: string,
  uploadId: string,
): Promise<string> {
  const bad = (message: string) => validationFailed({ 'signature.uploadId': message });
  const upload = await storedUpload({ db: deps.db.db, storage: deps.storage }, uploadId);
  if (!upload || upload.ownerId !== callerId || upload.purpose !== 'signature') {
    throw bad('请使用您本人刚刚书写的签名');
  }
  if (upload.mime !== 'image/png') throw bad('签名须为 PNG 图片');
  if (upload.size > SIGNATURE_MAX_BYTES) throw bad('签名图片过大，请重新书写');
  const bytes = await upload.bytes();
  if (!bytes) throw bad('签名图片无效，请重新书写');
  if (!(await upload.hasInk())) throw bad('签名为空，请手写签名');
  return sha256Hex(bytes);
}

/** Field problems of offline-return terms beyond what the schema checks. */
function termsProblems(terms: OfflineReturnTerms, today: string): Record<string, string> {
  const fields: Record<string, string> = {};
  if (!Number.isInteger(terms.windowDays) || terms.windowDays < 1 || terms.windowDays > 365) {
    fields['terms.windowDays'] = '退货期限须为 1–365 天';
  }
  if (terms.startsOn < today) fields['terms.startsOn'] = '开始日期不能早于今天';
  if (terms.startsOn > addDays(today, 366)) fields['terms.startsOn'] = '开始日期最晚为一年内';
  if (terms.scope.kind === 'categories' && terms.scope.categories.length === 0) {
    fields['terms.scope'] = '请至少选择一个商品类别';
  }
  if (terms.refund.withinDays < 1 || terms.refund.withinDays > 15) {
    fields['terms.refund.withinDays'] = '退款时限须为 1–15 天';
  }
  return fields;
}

/** The text to sign and its frozen terms (null for the initiative), checked. */
async function signedText(
  deps: PledgeDeps,
  body: CreatePledgeBody,
  merchantName: string,
  today: string,
): Promise<{ text: string; terms: OfflineReturnTerms | null }> {
  if (body.kind === 'initiative') {
    if (body.terms !== undefined) throw validationFailed({ terms: '倡议书没有条款，请勿填写' });
    return { text: initiativeText((await getRegion(deps.db.db)).initiative), terms: null };
  }
  if (!body.terms) throw validationFailed({ terms: '请填写承诺条款' });
  const terms = normalisePledgeTerms(body.terms);
  const problems = termsProblems(terms, today);
  if (Object.keys(problems).length > 0) throw validationFailed(problems);
  return { text: offlineReturnText(merchantName, terms), terms };
}

export async function createPledge(
  deps: PledgeDeps,
  caller: TokenPayload,
  body: CreatePledgeBody,
  claim?: IdempotencyClaim,
): Promise<PledgeCreated> {
  const { db } = deps.db;
  const now = deps.now();
  const today = shanghaiDate(now);
  const merchant = await findMerchantById(db, body.merchantId);
  const membership = merchant && (await membershipOf(deps, merchant.id, caller.sub));
  if (!merchant || !membership) throw merchantNotFound();
  if (membership.role !== 'owner') {
    throw forbidden('OWNER_ONLY', '只有该商家的负责人（已认证的所有者）可以签署承诺');
  }
  const { text, terms } = await signedText(deps, body, merchant.name, today);
  const signatureSha256 = await checkSignature(deps, caller.sub, body.signature.uploadId);

  const content: SignedContent = {
    kind: body.kind,
    merchantId: merchant.id,
    merchantName: merchant.name,
    text,
    terms,
    signerName: body.signature.signerName.trim(),
    signerRole: body.signature.signerRole.trim(),
    signatureSha256,
  };
  const hash = contentHash(content);
  const id = ulid();
  const certificateNo = await db.transaction().execute(async (trx) => {
    await claimIdempotencyKey(trx, claim, id);
    if (body.kind === 'initiative' && (await openPledges(trx, merchant.id, 'initiative')).length) {
      throw conflict('INITIATIVE_ALREADY_SIGNED', '该商家已签署倡议书');
    }
    const year = Number(today.slice(0, 4));
    const number = await nextCertificateNo(trx, deps.config.countyCode, body.kind, year);
    const inserted = await insertPledge(trx, {
      id,
      merchant_id: merchant.id,
      kind: body.kind,
      status: 'pending',
      certificate_no: number,
      terms: JSON.stringify(terms ?? {}),
      signed_at: now.toISOString(),
      starts_on: terms?.startsOn ?? today,
      ended_on: null,
      ended_reason: null,
      signer_name: content.signerName,
      signer_role: content.signerRole,
      content_hash: hash,
      signature_upload_id: body.signature.uploadId,
      created_by: caller.sub,
      verified_by: null,
      verified_at: null,
      text,
      merchant_name: merchant.name,
      signature_sha256: signatureSha256,
    });
    if (!inserted) throw conflict('PLEDGE_CONFLICT', '提交冲突，请重试');
    await refreshMerchantBadges(trx, merchant.id, today);
    await recordAudit(trx, {
      actorId: caller.sub,
      action: 'pledge.sign',
      targetType: 'pledge',
      targetId: id,
      detail: {
        merchantId: merchant.id,
        kind: body.kind,
        certificateNo: number,
        contentHash: hash,
      },
      at: now,
    });
    return number;
  });
  forgetMerchant(merchant.id);
  return { id, certificateNo, contentHash: hash };
}

/** What signing answered, again (an Idempotency-Key replay): only for the one who signed. */
export async function createdPledge(
  deps: PledgeDeps,
  caller: TokenPayload,
  id: string,
): Promise<PledgeCreated> {
  const row = await findPledge(deps.db.db, id);
  if (!row || row.created_by !== caller.sub) throw pledgeNotFound();
  return { id: row.id, certificateNo: row.certificate_no, contentHash: row.content_hash };
}
