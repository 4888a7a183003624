import type { Kysely } from 'kysely';
import { ulid } from 'ulid';
import type { Upload, UploadPurpose } from '@api/uploads';
import type { Database } from '../../db/schema';
import { AppError, notFound } from '../../plugins/app-error';
import type { TokenPayload } from '../../plugins/auth';
import type { Storage } from '../../storage';
import { isEvidenceOfMemberMerchant } from '../complaints/repository';
import { getRegion } from '../region/service';
import { reencode } from './image';
import { checkQuota, uploadQuota, type UploadQuota } from './quota';
import { findUpload, findUploads, insertUpload, type UploadRow } from './repository';
import { sniffImageType } from './sniff';

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export const uploadUrl = (id: string) => `/api/v1/uploads/${id}`;

export function toUpload(row: UploadRow): Upload {
  return { id: row.id, url: uploadUrl(row.id), mime: row.mime, size: row.size, sha256: row.sha256 };
}

export const unsupportedImage = () =>
  new AppError(415, 'UNSUPPORTED_IMAGE_TYPE', '只能上传 JPG、PNG 或 WebP 图片');

export const uploadTooLarge = () => new AppError(413, 'UPLOAD_TOO_LARGE', '图片不能超过 5MB');

interface UploadDeps {
  db: Kysely<Database>;
  storage: Storage;
  now: () => Date;
}

/** The caller's daily quota, refused already when it is used up (before the body is read). */
export async function quotaBeforeUpload(
  deps: UploadDeps,
  caller: TokenPayload,
): Promise<UploadQuota> {
  const quota = uploadQuota(await getRegion(deps.db), caller.role);
  await checkQuota(deps.db, quota, caller.sub, deps.now());
  return quota;
}

/**
 * Sniff (a cheap refusal of what is not JPEG/PNG/WebP), decode and re-encode (see image.ts),
 * check the quota against the clean size, store the clean bytes content-addressed and record
 * who uploaded them and why.
 */
export async function storeUpload(
  deps: UploadDeps,
  caller: TokenPayload,
  quota: UploadQuota,
  purpose: UploadPurpose,
  bytes: Buffer,
): Promise<Upload> {
  if (bytes.length > MAX_UPLOAD_BYTES) throw uploadTooLarge();
  const sniffed = sniffImageType(bytes);
  if (!sniffed) throw unsupportedImage();
  const clean = await reencode(bytes, sniffed, purpose);
  if (clean.bytes.length > MAX_UPLOAD_BYTES) throw uploadTooLarge();
  const now = deps.now();
  await checkQuota(deps.db, quota, caller.sub, now, clean.bytes.length);
  const sha256 = await deps.storage.put(clean.bytes);
  const row: UploadRow = {
    id: ulid(),
    sha256,
    mime: clean.mime,
    size: clean.bytes.length,
    purpose,
    owner_id: caller.sub,
    created_at: now.toISOString(),
  };
  await insertUpload(deps.db, row);
  return toUpload(row);
}

const uploadNotFound = () => notFound('UPLOAD_NOT_FOUND', '文件不存在');

/**
 * The bytes for the uploader and for staff, and complaint evidence for the members of the
 * merchant complained about; everybody else is told it does not exist.
 */
export async function readUpload(
  deps: { db: Kysely<Database>; storage: Storage },
  caller: TokenPayload,
  id: string,
): Promise<{ mime: string; bytes: Buffer }> {
  const row = await findUpload(deps.db, id);
  const staff = caller.role === 'staff' || caller.role === 'admin';
  if (
    !row ||
    (!staff &&
      row.owner_id !== caller.sub &&
      !(row.purpose === 'evidence' && (await isEvidenceOfMemberMerchant(deps.db, id, caller.sub))))
  ) {
    throw uploadNotFound();
  }
  const bytes = await deps.storage.get(row.sha256);
  if (!bytes) throw uploadNotFound();
  return { mime: row.mime, bytes };
}

/**
 * The uploads named by a form, checked: each must exist, belong to the caller and have been
 * uploaded for this purpose. Returns the ids that fail (empty when all is well).
 */
export async function foreignUploads(
  db: Kysely<Database>,
  ids: readonly string[],
  ownerId: string,
  purpose: UploadPurpose,
): Promise<string[]> {
  const rows = await findUploads(db, ids);
  const ok = new Set(
    rows.filter((r) => r.owner_id === ownerId && r.purpose === purpose).map((r) => r.id),
  );
  return ids.filter((id) => !ok.has(id));
}
