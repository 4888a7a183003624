import type { Kysely } from 'kysely';
import type { Role } from '@api/common';
import type { Region } from '@api/region';
import type { Database } from '../../db/schema';
import { AppError } from '../../plugins/app-error';
import { usageOfDay } from './uploads-repository';

export const DEFAULT_UPLOADS_PER_DAY = 40;
export const DEFAULT_UPLOAD_BYTES_PER_DAY = 100 * 1024 * 1024;
/**
 * Staff and admins upload for their work (inspection photos, documents) and are few and known:
 * a higher ceiling rather than none, so a stolen staff session still cannot fill the disk.
 */
export const STAFF_QUOTA_FACTOR = 10;

export interface UploadQuota {
  perDay: number;
  bytesPerDay: number;
}

/** The county's daily quota for a role, defaults filled in. */
export function uploadQuota(region: Region, role: Role): UploadQuota {
  const factor = role === 'staff' || role === 'admin' ? STAFF_QUOTA_FACTOR : 1;
  return {
    perDay: (region.uploads?.perUserPerDay ?? DEFAULT_UPLOADS_PER_DAY) * factor,
    bytesPerDay: (region.uploads?.perUserBytesPerDay ?? DEFAULT_UPLOAD_BYTES_PER_DAY) * factor,
  };
}

/** 100MB, 1.5MB, 512KB: the figure shown in the quota message. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))}MB`;
  return `${Math.floor(bytes / 1024)}KB`;
}

const quotaExceeded = (message: string) => new AppError(429, 'UPLOAD_QUOTA_EXCEEDED', message);

/**
 * Refuse when the owner's uploads of this Asia/Shanghai day, plus one more of `nextBytes`
 * (0 before the file is read), would pass the quota. Counts the uploads table: every upload
 * counts with its stored size, even when identical bytes are stored only once.
 */
export async function checkQuota(
  db: Kysely<Database>,
  quota: UploadQuota,
  ownerId: string,
  now: Date,
  nextBytes = 0,
): Promise<void> {
  const used = await usageOfDay(db, ownerId, now);
  if (used.count >= quota.perDay) {
    throw quotaExceeded(`每人每天最多上传 ${quota.perDay} 张图片，今天已达上限，请明天再试`);
  }
  const limit = formatBytes(quota.bytesPerDay);
  if (used.bytes >= quota.bytesPerDay) {
    throw quotaExceeded(`每人每天最多上传 ${limit} 图片，今天已达上限，请明天再试`);
  }
  if (used.bytes + nextBytes > quota.bytesPerDay) {
    throw quotaExceeded(
      `每人每天最多上传 ${limit} 图片，今天还可上传 ${formatBytes(quota.bytesPerDay - used.bytes)}，这张图片超出了限额`,
    );
  }
}
