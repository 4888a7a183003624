import type { Kysely } from 'kysely';
import { ulid } from 'ulid';
import type { Upload, UploadPurpose } from '@api/uploads';
import type { Database } from '../../db/schema';
import { nowIso } from '../../db/time';
import { AppError, notFound } from '../../plugins/app-error';
import type { TokenPayload } from '../../plugins/auth';
import type { Storage } from '../../storage';
import { isEvidenceOfMemberMerchant } from '../complaints/repository';
import { findUpload, findUploads, insertUpload, type UploadRow } from './repository';
import { sniffImageType } from './sniff';
import { InvalidImageError, stripMetadata } from './strip-metadata';

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export const uploadUrl = (id: string) => `/api/v1/uploads/${id}`;

export function toUpload(row: UploadRow): Upload {
  return { id: row.id, url: uploadUrl(row.id), mime: row.mime, size: row.size, sha256: row.sha256 };
}

export const unsupportedImage = () =>
  new AppError(415, 'UNSUPPORTED_IMAGE_TYPE', '只能上传 JPG、PNG 或 WebP 图片');

export const uploadTooLarge = () => new AppError(413, 'UPLOAD_TOO_LARGE', '图片不能超过 5MB');

/** Sniff, strip metadata, store content-addressed, record who uploaded it and why. */
export async function storeUpload(
  deps: { db: Kysely<Database>; storage: Storage },
  ownerId: string,
  purpose: UploadPurpose,
  bytes: Buffer,
): Promise<Upload> {
  if (bytes.length > MAX_UPLOAD_BYTES) throw uploadTooLarge();
  const mime = sniffImageType(bytes);
  if (!mime) throw unsupportedImage();
  let clean: Buffer;
  try {
    clean = stripMetadata(bytes, mime);
  } catch (err) {
    if (err instanceof InvalidImageError) {
      throw new AppError(400, 'INVALID_IMAGE', '图片文件已损坏，请重新选择');
    }
    throw err;
  }
  const sha256 = await deps.storage.put(clean);
  const row: UploadRow = {
    id: ulid(),
    sha256,
    mime,
    size: clean.length,
    purpose,
    owner_id: ownerId,
    created_at: nowIso(),
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
