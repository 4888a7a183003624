import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Upload } from '@api/uploads';
import type { AppDeps } from '../../deps';
import type { Database } from '../../db/schema';
import type { TokenPayload } from '../../plugins/auth';
import { findUploads } from '../uploads/uploads-repository';
import { readOneFile } from '../uploads/multipart-file';
import { quotaBeforeUpload, storeUpload } from '../uploads/uploads-service';
import { attachedPhotos } from './reports-repository';

/** 举报 photos: uploaded signed in or not (no owner then), read by staff and their owner. */

export const REPORT_PHOTO_PURPOSE = 'report' as const;

/**
 * One photo: a signed-in caller within their daily upload quota, owned by them; anyone else
 * without an owner (the route's per-IP hourly limit holds them).
 */
export async function storeReportPhoto(
  deps: AppDeps,
  caller: TokenPayload | undefined,
  request: FastifyRequest,
): Promise<Upload> {
  const uploadDeps = { db: deps.db.db, storage: deps.storage, now: deps.now };
  const quota = caller ? await quotaBeforeUpload(uploadDeps, caller) : null;
  const bytes = await readOneFile(request);
  return storeUpload(uploadDeps, caller ?? null, quota, REPORT_PHOTO_PURPOSE, bytes);
}

/**
 * The photos a report names: report photos of the caller's own or without an owner, not yet a
 * photo of another report. The problem in the form's words, or undefined.
 */
export async function checkPhotos(
  db: Kysely<Database>,
  ids: readonly string[],
  callerId: string | null,
): Promise<string | undefined> {
  if (ids.length === 0) return undefined;
  const rows = await findUploads(db, ids);
  const usable = rows.filter(
    (r) => r.purpose === REPORT_PHOTO_PURPOSE && (r.owner_id === null || r.owner_id === callerId),
  );
  if (usable.length !== ids.length) return '照片不存在或不是你上传的，请重新上传';
  if ((await attachedPhotos(db, ids)).length > 0) return '照片已用于其他举报，请重新上传';
  return undefined;
}
