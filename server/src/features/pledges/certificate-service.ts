import { Value } from '@sinclair/typebox/value';
import { OfflineReturnTerms, type PledgeCertificate } from '@api/pledges';
import { findMerchantById } from '../merchants/merchants-repository';
import { toPledgeSummary } from '../merchants/view';
import { storedUpload } from '../uploads/uploads-service';
import { contentHash, sha256Hex, type SignedContent } from './content-hash';
import type { PledgeRow } from './pledges-repository';
import type { PledgeDeps } from './pledges-service';

/** The merchant page the poster's QR code opens. */
export const MERCHANT_PAGE = 'features/merchants/pages/detail/index';

export const merchantUrl = (deps: Pick<PledgeDeps, 'config'>, merchantId: string) =>
  `${deps.config.publicBaseUrl}/${MERCHANT_PAGE}?id=${encodeURIComponent(merchantId)}&src=poster`;

/** The signature upload of a pledge, if it has one (seeded demo rows have none). */
export const signatureOf = (deps: PledgeDeps, row: PledgeRow) =>
  row.signature_upload_id === null
    ? Promise.resolve(undefined)
    : storedUpload({ db: deps.db.db, storage: deps.storage }, row.signature_upload_id);

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
async function isIntact(deps: PledgeDeps, row: PledgeRow, merchantName: string): Promise<boolean> {
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
    const bytes = await (await signatureOf(deps, row))?.bytes();
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

/** The public certificate of a pledge, its content hash checked against what is stored now. */
export async function toCertificate(deps: PledgeDeps, row: PledgeRow): Promise<PledgeCertificate> {
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
    contentHash: row.content_hash,
    intact: await isIntact(deps, row, name),
    merchantUrl: merchantUrl(deps, row.merchant_id),
  };
  const terms = storedTerms(row);
  if (terms) cert.terms = terms;
  if (row.signature_upload_id !== null) cert.signatureUrl = `/api/v1/pledges/${row.id}/signature`;
  if (row.verified_at !== null) cert.verifiedAt = row.verified_at;
  return cert;
}
