import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { recordAudit } from '../../db/audit';
import { getRegion } from '../region/region-service';
import { decodeCsv, parseMerchantCsv } from './imports-csv';
import { importEntries, type ImportTally } from './imports-service';

/** The CLI's import: the same checks and upserts as the staff upload, in the foreground. */
export async function importMerchantFile(
  db: Kysely<Database>,
  bytes: Buffer,
  now: () => Date,
  onProgress?: (tally: ImportTally) => void,
): Promise<ImportTally> {
  const entries = parseMerchantCsv(decodeCsv(bytes), await getRegion(db));
  const tally = await importEntries(db, entries, now, async (t) => {
    onProgress?.(t);
  });
  await recordAudit(db, {
    actorId: null,
    action: 'merchant.import',
    targetType: 'merchant_import',
    targetId: null,
    detail: { ...tally, rejected: tally.rejected.length, via: 'cli' },
    at: now(),
  });
  return tally;
}

/** The report as a person reads it in a terminal. */
export function formatImportReport(t: ImportTally): string {
  const lines = [
    `导入完成：共 ${t.total} 行，新增 ${t.inserted}，更新 ${t.updated}，未变 ${t.unchanged}，不合格 ${t.rejected.length}`,
  ];
  if (t.rejected.length > 0) {
    lines.push('不合格的行：');
    for (const r of t.rejected) lines.push(`  第 ${r.row} 行：${r.reason}`);
  }
  return lines.join('\n');
}
