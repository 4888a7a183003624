import type { Kysely } from 'kysely';
import { ulid } from 'ulid';
import type { Upload, UploadPurpose } from '@api/uploads';
import type { Database } from '../../db/schema';
import { AppError, notFound } from '../../plugins/app-error';
import type { TokenPayload } from '../../plugins/auth';
import type { Storage } from '../../storage';
import { getRegion } from '../region/region-service';
import { hasInk, reencode } from './image';
import { checkQuota, uploadQuota, type UploadQuota } from './quota';
import { findUpload, findUploads, insertUpload, type UploadRow } from './uploads-repository';
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
 * who uploaded them and why. `caller` null: uploaded without signing in (a 举报's photo), no
 * owner and no per-user quota (the route's per-IP limit holds such callers).
 */
export async function storeUpload(
  deps: UploadDeps,
  caller: TokenPayload | null,
  quota: UploadQuota | null,
  purpose: UploadPurpose,
  bytes: Buffer,
): Promise<Upload> {
  if (bytes.length > MAX_UPLOAD_BYTES) throw uploadTooLarge();
  const sniffed = sniffImageType(bytes);
  if (!sniffed) throw unsupportedImage();
  const clean = await reencode(bytes, sniffed, purpose);
  if (clean.bytes.length > MAX_UPLOAD_BYTES) throw uploadTooLarge();
  const now = deps.now();
  if (caller && quota) await checkQuota(deps.db, quota, caller.sub, now, clean.bytes.length);
  const sha256 = await deps.storage.put(clean.bytes);
  const row: UploadRow = {
    id: ulid(),
    sha256,
    mime: clean.mime,
    size: clean.bytes.length,
    purpose,
    owner_id: caller?.sub ?? null,
    created_at: now.toISOString(),
  };
  await insertUpload(deps.db, row);
  return toUpload(row);
}

const uploadNotFound = () => notFound('UPLOAD_NOT_FOUND', '文件不存在');

/** Whether the user may read an upload of this purpose that is neither theirs nor asked by staff. */
export type UploadReadRule = (
  db: Kysely<Database>,
  uploadId: string,
  userId: string,
) => Promise<boolean>;

const readRules = new Map<UploadPurpose, UploadReadRule>();

/**
 * A feature that attaches uploads grants reads of them here (complaints: evidence for the members
 * of the merchant complained about), so that uploads imports none of the features that use it.
 */
export function allowUploadReads(purpose: UploadPurpose, rule: UploadReadRule): void {
  readRules.set(purpose, rule);
}

/**
 * The bytes for the uploader and for staff, and complaint evidence for the members of the
 * merchant complained about; everybody else is told it does not exist (an upload without an
 * owner, e.g. an anonymous 举报's photo, is for staff only).
 */
export async function readUpload(
  deps: { db: Kysely<Database>; storage: Storage },
  caller: TokenPayload,
  id: string,
): Promise<{ mime: string; bytes: Buffer }> {
  const upload = await storedUpload(deps, id);
  const staff = caller.role === 'staff' || caller.role === 'admin';
  const rule = upload && readRules.get(upload.purpose);
  if (
    !upload ||
    (!staff && upload.ownerId !== caller.sub && !(rule && (await rule(deps.db, id, caller.sub))))
  ) {
    throw uploadNotFound();
  }
  const bytes = await upload.bytes();
  if (!bytes) throw uploadNotFound();
  return { mime: upload.mime, bytes };
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

/** An upload as another feature keeps it (a pledge's signature), read only when asked. */
export interface StoredUpload {
  /** Null: uploaded without signing in. */
  ownerId: string | null;
  purpose: UploadPurpose;
  mime: string;
  size: number;
  /** The stored bytes; undefined when the file is gone. */
  bytes(): Promise<Buffer | undefined>;
  /** Whether the (signature) image holds any stroke: false for a blank pad or a missing file. */
  hasInk(): Promise<boolean>;
}

/** The one way other features read an upload: its record and, on demand, its bytes. */
export async function storedUpload(
  deps: { db: Kysely<Database>; storage: Storage },
  id: string,
): Promise<StoredUpload | undefined> {
  const row = await findUpload(deps.db, id);
  if (!row) return undefined;
  let read: Promise<Buffer | undefined> | undefined;
  const bytes = () => (read ??= deps.storage.get(row.sha256));
  return {
    ownerId: row.owner_id,
    purpose: row.purpose,
    mime: row.mime,
    size: row.size,
    bytes,
    hasInk: async () => {
      const image = await bytes();
      return image !== undefined && hasInk(image);
    },
  };
}
