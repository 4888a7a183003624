import { createHash } from 'node:crypto';
import type { Storage } from './index';
import type { LocalDiskStorage } from './local-disk';

export interface MigrationReport {
  copied: number;
  /** Already in the bucket: a second run copies nothing. */
  present: number;
  /** Local files whose bytes no longer match their name: left where they are, listed. */
  corrupt: string[];
}

/** Copies every local upload to the target; idempotent, because keys are content hashes. */
export async function migrateUploads(
  from: LocalDiskStorage,
  to: Storage,
  progress: (done: number) => void = () => {},
): Promise<MigrationReport> {
  const report: MigrationReport = { copied: 0, present: 0, corrupt: [] };
  for await (const key of from.list()) {
    if (await to.has(key)) {
      report.present++;
    } else {
      const bytes = await from.get(key);
      if (!bytes || createHash('sha256').update(bytes).digest('hex') !== key) {
        report.corrupt.push(key);
      } else if ((await to.put(bytes)) === key) {
        report.copied++;
      }
    }
    progress(report.copied + report.present + report.corrupt.length);
  }
  return report;
}
