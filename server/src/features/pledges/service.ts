import { Value } from '@sinclair/typebox/value';
import { cachedQrCode } from '../../wechat/qr-cache';
import { hasInk } from '../uploads/image';
import { claimIdempotencyKey, type IdempotencyClaim } from '../../plugins/idempotency';
import { ulid } from 'ulid';
import {
  OfflineReturnTerms,
  type CreatePledgeBody,
  type PledgeCertificate,
  type PledgeCreated,
  type PledgeKind,
  type PledgeList,
  type PledgeStats,
  type PledgeStatus,
  type PledgeTransitionBody,
  type SignatoryWall,
} from '@api/pledges';
import type { AppDeps } from '../../deps';
import { recordAudit } from '../../db/audit';
import { nextCounter } from '../../db/counters';
import { isUniqueViolation } from '../../db/errors';
import { addDays, shanghaiDate } from '../../db/time';
import { decodeCursor, pageOf } from '../../pagination';
import { AppError, conflict, forbidden, notFound } from '../../plugins/app-error';
import type { TokenPayload } from '../../plugins/auth';
import { renderQrPng } from '../../wechat/local-double';
import { refreshMerchantBadges } from '../merchants/badges';
import { forgetMerchant } from '../merchants/detail-cache';
import { merchantNotFound, validationFailed } from '../merchants/errors';
import { findMerchantById } from '../merchants/repository';
import { toPledgeSummary } from '../merchants/view';
import { getRegion } from '../region/service';
import { findUpload } from '../uploads/repository';
import { contentHash, sha256Hex, type SignedContent } from './content-hash';
import {
  earliestWithdrawal,
  initiativeText,
  normalisePledgeTerms,
  offlineReturnText,
} from '@/domain/pledge-text';
import { withdrawalDate, withdrawalNoticeDays } from './withdrawal';
import {
  activeMembership,
  countActiveBy,
  countPending,
  countSignatories,
  findPledge,
  listByStatus,
  listMerchantPledges,
  listSignatories,
  openPledges,
  type PledgeRow,
} from './repository';

type Deps = Pick<AppDeps, 'db' | 'storage' | 'config' | 'now' | 'wechat'>;

const isStaff = (caller: TokenPayload | undefined) =>
  caller !== undefined && (caller.role === 'staff' || caller.role === 'admin');

export const pledgeNotFound = () => notFound('PLEDGE_NOT_FOUND', '承诺不存在');
const invalidTransition = () =>
  conflict('INVALID_TRANSITION', '该承诺当前状态不能执行此操作，请刷新');

/** Signature image bound. See checkSignature. */
export const SIGNATURE_MAX_BYTES = 500 * 1024;

const REPLACED_REASON = '以新承诺替代';
const MERCHANT_PAGE = 'features/merchants/pages/detail/index';

const certificateMark = (kind: PledgeKind) => (kind === 'offline-return' ? 'TH' : 'CY');

/**
 * QS-2027-TH-0001 (offline return) / QS-2027-CY-0001 (initiative): a counter per county, kind
 * and year (the keys the demo seed uses too), inside the signing transaction.
 */
async function nextCertificateNo(
  trx: Deps['db']['db'],
  countyCode: string,
  kind: PledgeKind,
  year: number,
): Promise<string> {
  const mark = certificateMark(kind);
  const n = await nextCounter(trx, `pledge-certificate:${countyCode}:${mark}:${year}`);
  return `${countyCode}-${year}-${mark}-${String(n).padStart(4, '0')}`;
}

export const CERTIFICATE_PATTERN = /^[A-Z]{2,6}-\d{4}-(TH|CY)-\d{4,}$/;

/**
 * The signature must be the caller's own 'signature' upload (decoded and re-encoded as a PNG by
 * the uploads feature), at most 500 KB, with ink on it: a blank pad is refused whatever size its
 * PNG has. Returns the bytes' sha256.
 */
async function checkSignature(deps: Deps, callerId: string, uploadId: string): Promise<string> {
  const bad = (message: string) => validationFailed({ 'signature.uploadId': message });
  const row = await findUpload(deps.db.db, uploadId);
  if (!row || row.owner_id !== callerId || row.purpose !== 'signature') {
    throw bad('请使用您本人刚刚书写的签名');
  }
  if (row.mime !== 'image/png') throw bad('签名须为 PNG 图片');
  if (row.size > SIGNATURE_MAX_BYTES) throw bad('签名图片过大，请重新书写');
  const bytes = await deps.storage.get(row.sha256);
  if (!bytes) throw bad('签名图片无效，请重新书写');
  if (!(await hasInk(bytes))) throw bad('签名为空，请手写签名');
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

export async function createPledge(
  deps: Deps,
  caller: TokenPayload,
  body: CreatePledgeBody,
  claim?: IdempotencyClaim,
): Promise<PledgeCreated> {
  const { db } = deps.db;
  const now = deps.now();
  const today = shanghaiDate(now);
  const merchant = await findMerchantById(db, body.merchantId);
  const membership = merchant && (await activeMembership(db, merchant.id, caller.sub));
  if (!merchant || !membership) throw merchantNotFound();
  if (membership.role !== 'owner') {
    throw forbidden('OWNER_ONLY', '只有该商家的负责人（已认证的所有者）可以签署承诺');
  }

  let terms: OfflineReturnTerms | null = null;
  let text: string;
  if (body.kind === 'offline-return') {
    if (!body.terms) throw validationFailed({ terms: '请填写承诺条款' });
    terms = normalisePledgeTerms(body.terms);
    const problems = termsProblems(terms, today);
    if (terms.scope.kind === 'categories' && terms.scope.categories.length === 0) {
      problems['terms.scope'] = '请至少选择一个商品类别';
    }
    if (Object.keys(problems).length > 0) throw validationFailed(problems);
    text = offlineReturnText(merchant.name, terms);
  } else {
    if (body.terms !== undefined) throw validationFailed({ terms: '倡议书没有条款，请勿填写' });
    text = initiativeText((await getRegion(db)).initiative);
  }
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
  const signedAt = now.toISOString();
  let certificateNo = '';
  try {
    await db.transaction().execute(async (trx) => {
      await claimIdempotencyKey(trx, claim, id);
      if (
        body.kind === 'initiative' &&
        (await openPledges(trx, merchant.id, 'initiative')).length
      ) {
        throw conflict('INITIATIVE_ALREADY_SIGNED', '该商家已签署倡议书');
      }
      certificateNo = await nextCertificateNo(
        trx,
        deps.config.countyCode,
        body.kind,
        Number(today.slice(0, 4)),
      );
      await trx
        .insertInto('pledges')
        .values({
          id,
          merchant_id: merchant.id,
          kind: body.kind,
          status: 'pending',
          certificate_no: certificateNo,
          terms: JSON.stringify(terms ?? {}),
          signed_at: signedAt,
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
        })
        .execute();
      await refreshMerchantBadges(trx, merchant.id, today);
      await recordAudit(trx, {
        actorId: caller.sub,
        action: 'pledge.sign',
        targetType: 'pledge',
        targetId: id,
        detail: { merchantId: merchant.id, kind: body.kind, certificateNo, contentHash: hash },
      });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('PLEDGE_CONFLICT', '提交冲突，请重试');
    throw err;
  }
  forgetMerchant(merchant.id);
  return { id, certificateNo, contentHash: hash };
}

/** What signing answered, again (an Idempotency-Key replay): only for the one who signed. */
export async function createdPledge(
  deps: Deps,
  caller: TokenPayload,
  id: string,
): Promise<PledgeCreated> {
  const row = await findPledge(deps.db.db, id);
  if (!row || row.created_by !== caller.sub) throw pledgeNotFound();
  return { id: row.id, certificateNo: row.certificate_no, contentHash: row.content_hash };
}

function storedTerms(row: PledgeRow): OfflineReturnTerms | null {
  if (row.kind !== 'offline-return') return null;
  try {
    const value: unknown = JSON.parse(row.terms);
    return Value.Check(OfflineReturnTerms, value) ? value : null;
  } catch {
    return null;
  }
}

/**
 * Recompute the content hash from what is stored now — the text, the terms, the signer, the
 * merchant's name as signed and the signature image's bytes as they are on disk — and compare.
 */
async function isIntact(deps: Deps, row: PledgeRow, merchantName: string): Promise<boolean> {
  let terms: unknown = null;
  if (row.kind === 'offline-return') {
    try {
      terms = JSON.parse(row.terms);
    } catch {
      return false;
    }
  }
  let signatureSha256: string | null = null;
  if (row.signature_upload_id !== null) {
    const upload = await findUpload(deps.db.db, row.signature_upload_id);
    const bytes = upload && (await deps.storage.get(upload.sha256));
    if (!bytes) return false;
    signatureSha256 = sha256Hex(bytes);
    if (row.signature_sha256 !== signatureSha256) return false;
  } else if (row.signature_sha256 !== null) {
    return false;
  }
  const content: SignedContent = {
    kind: row.kind,
    merchantId: row.merchant_id,
    merchantName: row.merchant_name ?? merchantName,
    text: row.text ?? '',
    terms: terms as OfflineReturnTerms | null,
    signerName: row.signer_name,
    signerRole: row.signer_role,
    signatureSha256,
  };
  return contentHash(content) === row.content_hash;
}

export const merchantUrl = (deps: Deps, merchantId: string) =>
  `${deps.config.publicBaseUrl}/${MERCHANT_PAGE}?id=${encodeURIComponent(merchantId)}&src=poster`;

async function toCertificate(deps: Deps, row: PledgeRow): Promise<PledgeCertificate> {
  const merchant = await findMerchantById(deps.db.db, row.merchant_id);
  const name = merchant?.name ?? '';
  const cert: PledgeCertificate = {
    ...toPledgeSummary(row),
    merchantId: row.merchant_id,
    merchantName: row.merchant_name ?? name,
    merchantAddress: merchant?.address ?? '',
    text: row.text ?? '',
    signerName: row.signer_name,
    signerRole: row.signer_role,
    signatureUrl: `/api/v1/pledges/${row.id}/signature`,
    contentHash: row.content_hash,
    intact: await isIntact(deps, row, name),
    merchantUrl: merchantUrl(deps, row.merchant_id),
  };
  const terms = storedTerms(row);
  if (terms) cert.terms = terms;
  if (row.verified_at !== null) cert.verifiedAt = row.verified_at;
  return cert;
}

/** Members of the merchant (any role) and staff see pending pledges; the public does not. */
async function seesPending(deps: Deps, caller: TokenPayload | undefined, merchantId: string) {
  if (!caller) return false;
  if (isStaff(caller)) return true;
  return (await activeMembership(deps.db.db, merchantId, caller.sub)) !== undefined;
}

/** A pledge the caller may see (pending ones only by members and staff), else 404. */
async function visiblePledge(
  deps: Deps,
  caller: TokenPayload | undefined,
  id: string,
): Promise<PledgeRow> {
  const row = await findPledge(deps.db.db, id);
  if (!row || (row.status === 'pending' && !(await seesPending(deps, caller, row.merchant_id)))) {
    throw pledgeNotFound();
  }
  return row;
}

export async function getCertificate(
  deps: Deps,
  caller: TokenPayload | undefined,
  id: string,
): Promise<PledgeCertificate> {
  return toCertificate(deps, await visiblePledge(deps, caller, id));
}

export async function merchantPledges(
  deps: Deps,
  caller: TokenPayload | undefined,
  merchantId: string,
): Promise<PledgeList> {
  const merchant = await findMerchantById(deps.db.db, merchantId);
  if (!merchant) throw merchantNotFound();
  const rows = await listMerchantPledges(
    deps.db.db,
    merchantId,
    await seesPending(deps, caller, merchantId),
  );
  return { items: rows.map(toPledgeSummary) };
}

export async function pledgeQueue(
  deps: Deps,
  query: { status?: PledgeStatus; cursor?: string; limit?: number },
): Promise<{ items: PledgeCertificate[]; nextCursor: string | null }> {
  const limit = query.limit ?? 20;
  const after = query.cursor
    ? decodeCursor<[string, string]>(query.cursor, ['string', 'string'])
    : undefined;
  const rows = await listByStatus(deps.db.db, query.status ?? 'pending', after, limit);
  const page = pageOf(rows, limit, (r) => [r.signed_at, r.id]);
  return {
    items: await Promise.all(page.rows.map((r) => toCertificate(deps, r))),
    nextCursor: page.nextCursor,
  };
}

export async function signatoryWall(
  deps: Deps,
  query: { cursor?: string; limit?: number },
): Promise<SignatoryWall> {
  const limit = query.limit ?? 20;
  const after = query.cursor
    ? decodeCursor<[string, string]>(query.cursor, ['string', 'string'])
    : undefined;
  const rows = await listSignatories(deps.db.db, after, limit);
  const page = pageOf(rows, limit, (r) => [r.signed_at, r.id]);
  return {
    count: await countSignatories(deps.db.db),
    items: page.rows.map((r) => ({
      merchantId: r.merchant_id,
      merchantName: r.merchant_name ?? r.name,
      town: r.town,
      signedAt: r.signed_at,
    })),
    nextCursor: page.nextCursor,
  };
}

export async function pledgeStats(deps: Deps): Promise<PledgeStats> {
  const today = shanghaiDate(deps.now());
  const [byTown, byIndustry, pending] = await Promise.all([
    countActiveBy(deps.db.db, 'town', today),
    countActiveBy(deps.db.db, 'industry', today),
    countPending(deps.db.db),
  ]);
  return {
    total: byTown.reduce((sum, r) => sum + r.count, 0),
    byTown: byTown.map((r) => ({ town: r.key, count: r.count })),
    byIndustry: byIndustry.map((r) => ({ industry: r.key, count: r.count })),
    pending,
  };
}

/**
 * verify (staff: pending → verified; verifying a new offline-return pledge ends the one it
 * replaces on the new start date, but not before the notice period has run, so a change is
 * announced in advance as promised); revoke (staff: pending|verified → revoked today, with a
 * reason); withdraw (the merchant's active owner: see withdrawalDate; the pledge counts and
 * shows until that date). History is kept: rows are never deleted.
 */
export async function transitionPledge(
  deps: Deps,
  caller: TokenPayload,
  id: string,
  body: PledgeTransitionBody,
): Promise<PledgeCertificate> {
  const { db } = deps.db;
  const now = deps.now();
  const today = shanghaiDate(now);
  if (caller.role === 'consumer') throw forbidden();
  const row = await visiblePledge(deps, caller, id);
  const staff = isStaff(caller);
  if (body.action === 'withdraw') {
    const membership = staff ? undefined : await activeMembership(db, row.merchant_id, caller.sub);
    if (membership?.role !== 'owner') {
      throw forbidden('OWNER_ONLY', '只有该商家的负责人可以撤回承诺');
    }
  } else if (!staff) {
    throw forbidden();
  }
  const reason = body.reason?.trim() ?? '';
  if (body.action !== 'verify' && reason.length < 2) {
    throw validationFailed({ reason: '请填写原因' });
  }
  const noticeDays = await withdrawalNoticeDays(db);
  if (body.action === 'withdraw') withdrawalDate(row, body.effectiveOn, today, noticeDays);
  let endedOn = today;

  await db.transaction().execute(async (trx) => {
    const current = await findPledge(trx, id);
    if (!current) throw pledgeNotFound();
    const from: PledgeStatus[] = body.action === 'verify' ? ['pending'] : ['pending', 'verified'];
    if (!from.includes(current.status)) throw invalidTransition();
    if (body.action === 'withdraw') {
      endedOn = withdrawalDate(current, body.effectiveOn, today, noticeDays);
    }
    const at = now.toISOString();
    const update =
      body.action === 'verify'
        ? { status: 'verified' as const, verified_by: caller.sub, verified_at: at }
        : {
            status: body.action === 'revoke' ? ('revoked' as const) : ('withdrawn' as const),
            ended_on: endedOn,
            ended_reason: reason,
          };
    const result = await trx
      .updateTable('pledges')
      .set(update)
      .where('id', '=', id)
      .where('status', '=', current.status)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw invalidTransition();
    const replaced: string[] = [];
    if (body.action === 'verify') {
      const others = (await openPledges(trx, current.merchant_id, current.kind)).filter(
        (p) => p.id !== id && p.status === 'verified',
      );
      const notice = earliestWithdrawal(today, noticeDays);
      const until = current.starts_on > notice ? current.starts_on : notice;
      for (const old of others) {
        await trx
          .updateTable('pledges')
          .set({ status: 'withdrawn', ended_on: until, ended_reason: REPLACED_REASON })
          .where('id', '=', old.id)
          .execute();
        replaced.push(old.id);
        await recordAudit(trx, {
          actorId: caller.sub,
          action: 'pledge.replace',
          targetType: 'pledge',
          targetId: old.id,
          detail: { replacedBy: id, endedOn: until },
        });
      }
    }
    await refreshMerchantBadges(trx, current.merchant_id, today);
    await recordAudit(trx, {
      actorId: caller.sub,
      action: `pledge.${body.action}`,
      targetType: 'pledge',
      targetId: id,
      detail: {
        merchantId: current.merchant_id,
        certificateNo: current.certificate_no,
        from: current.status,
        ...(body.action === 'verify' ? { replaced } : { reason, endedOn }),
      },
    });
  });
  forgetMerchant(row.merchant_id);
  const fresh = await findPledge(db, id);
  if (!fresh) throw pledgeNotFound();
  return toCertificate(deps, fresh);
}

/** The poster's QR code: WeChat's own code when configured, a URL code of the H5 page otherwise. */
export async function pledgeQrCode(deps: Deps, caller: TokenPayload | undefined, id: string) {
  const row = await visiblePledge(deps, caller, id);
  // One code per merchant page, made once: the poster route is public and wxacode has a quota.
  if (deps.wechat.kind === 'wechat') {
    return cachedQrCode(`wxacode:${MERCHANT_PAGE}:m=${row.merchant_id}`, () =>
      deps.wechat.getUnlimitedQrCode({ scene: `m=${row.merchant_id}`, page: MERCHANT_PAGE }),
    );
  }
  const url = merchantUrl(deps, row.merchant_id);
  return cachedQrCode(url, () => renderQrPng(url));
}

/** The signature image of a certificate (public, as the certificate is). */
export async function pledgeSignature(deps: Deps, caller: TokenPayload | undefined, id: string) {
  const row = await visiblePledge(deps, caller, id);
  const upload = row.signature_upload_id && (await findUpload(deps.db.db, row.signature_upload_id));
  const bytes = upload ? await deps.storage.get(upload.sha256) : undefined;
  if (!upload || !bytes) throw new AppError(404, 'SIGNATURE_NOT_FOUND', '签名图片不存在');
  return { mime: upload.mime, bytes };
}
