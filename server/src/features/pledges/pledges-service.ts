import type { PledgeCertificate, PledgeList } from '@api/pledges';
import type { AppDeps } from '../../deps';
import { AppError, notFound } from '../../plugins/app-error';
import type { TokenPayload } from '../../plugins/auth';
import { cachedQrCode } from '../../wechat/qr-cache';
import { renderQrPng } from '../../wechat/local-double';
import { merchantNotFound } from '../merchants/errors';
import { findMerchantById } from '../merchants/merchants-repository';
import { findActiveMembership } from '../merchants/memberships-repository';
import { toPledgeSummary } from '../merchants/view';
import { MERCHANT_PAGE, merchantUrl, signatureOf, toCertificate } from './certificate-service';
import { findPledge, listMerchantPledges, type PledgeRow } from './pledges-repository';

export type PledgeDeps = Pick<AppDeps, 'db' | 'storage' | 'config' | 'now' | 'wechat'>;

export const isStaff = (caller: TokenPayload | undefined) =>
  caller !== undefined && (caller.role === 'staff' || caller.role === 'admin');

export const pledgeNotFound = () => notFound('PLEDGE_NOT_FOUND', '承诺不存在');

/** The caller's active membership of the merchant (the owner's first), if any. */
export const membershipOf = (deps: PledgeDeps, merchantId: string, userId: string) =>
  findActiveMembership(deps.db.db, merchantId, userId);

/** Members of the merchant (any role) and staff see pending pledges; the public does not. */
async function seesPending(deps: PledgeDeps, caller: TokenPayload | undefined, merchantId: string) {
  if (!caller) return false;
  if (isStaff(caller)) return true;
  return (await membershipOf(deps, merchantId, caller.sub)) !== undefined;
}

/** A pledge the caller may see (pending ones only by members and staff), else 404. */
export async function visiblePledge(
  deps: PledgeDeps,
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
  deps: PledgeDeps,
  caller: TokenPayload | undefined,
  id: string,
): Promise<PledgeCertificate> {
  return toCertificate(deps, await visiblePledge(deps, caller, id));
}

export async function merchantPledges(
  deps: PledgeDeps,
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

/** An image of a certificate; `shared` when anyone may see it (not pending), so caches may keep it. */
export interface CertificateImageFile {
  mime: string;
  bytes: Buffer;
  shared: boolean;
}

const shared = (row: PledgeRow) => row.status !== 'pending';

/** The poster's QR code: WeChat's own code when configured, a URL code of the H5 page otherwise. */
export async function pledgeQrCode(
  deps: PledgeDeps,
  caller: TokenPayload | undefined,
  id: string,
): Promise<CertificateImageFile> {
  const row = await visiblePledge(deps, caller, id);
  const scene = `m=${row.merchant_id}`;
  const url = merchantUrl(deps, row.merchant_id);
  // One code per merchant page, made once: the poster route is public and wxacode has a quota.
  const bytes =
    deps.wechat.kind === 'wechat'
      ? await cachedQrCode(`wxacode:${MERCHANT_PAGE}:${scene}`, () =>
          deps.wechat.getUnlimitedQrCode({ scene, page: MERCHANT_PAGE }),
        )
      : await cachedQrCode(url, () => renderQrPng(url));
  return { mime: 'image/png', bytes, shared: shared(row) };
}

/** The signature image of a certificate (public, as the certificate is). */
export async function pledgeSignature(
  deps: PledgeDeps,
  caller: TokenPayload | undefined,
  id: string,
): Promise<CertificateImageFile> {
  const row = await visiblePledge(deps, caller, id);
  const upload = await signatureOf(deps, row);
  const bytes = await upload?.bytes();
  if (!upload || !bytes) throw new AppError(404, 'SIGNATURE_NOT_FOUND', '签名图片不存在');
  return { mime: upload.mime, bytes, shared: shared(row) };
}
