import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import {
  deleteFiguresOfBatches,
  publishedBatchesExcept,
  replaceFigures,
} from './disclosure-repository';
import { businessGroups, includedMerchantIds, statementsOf } from './rows-repository';
import { figuresOf, type BusinessGroup } from './public-view';
import type { BatchRules } from './row-rules';

/**
 * Keeps disclosure_business_figures (the merchant page, search sort) on each business's latest
 * published batch, after `batchId` was published or withdrawn (and `supersededId` replaced).
 * Returns the businesses whose figures changed.
 */
export async function refreshFigures(
  db: Kysely<Database>,
  batchId: string,
  supersededId?: string,
  /** The just-published batch's groups, already read for its snapshot. */
  published?: readonly BusinessGroup[],
): Promise<string[]> {
  const removed = await deleteFiguresOfBatches(
    db,
    supersededId ? [batchId, supersededId] : [batchId],
  );
  const need = new Set([...removed, ...(await includedMerchantIds(db, batchId))]);
  const touched = [...need];
  for (const batch of await publishedBatchesExcept(db, [])) {
    if (need.size === 0) break;
    const rules = JSON.parse(batch.settings) as BatchRules;
    const groups =
      published && batch.id === batchId
        ? published.filter((g) => need.has(g.merchantId))
        : await businessGroups(db, batch.id, [...need]);
    const ranked = groups.filter((g) => g.accepted >= rules.minComplaintsPerBusiness);
    const statements = await statementsOf(
      db,
      batch.id,
      ranked.map((g) => g.merchantId),
    );
    await replaceFigures(
      db,
      groups.map((g) => {
        const f = figuresOf(g.accepted, g.settled, g.days);
        const isRanked = g.accepted >= rules.minComplaintsPerBusiness;
        return {
          merchant_id: g.merchantId,
          batch_id: batch.id,
          batch_title: batch.title,
          published_at: batch.published_at ?? '',
          accepted: g.accepted,
          settled: g.settled,
          rate_permille: g.accepted > 0 ? Math.round((g.settled * 1000) / g.accepted) : null,
          median_days: f.medianDaysToClose === undefined ? null : Math.round(f.medianDaysToClose),
          ranked: isRanked ? 1 : 0,
          // Statements are published with rows, and rows only of ranked businesses.
          statements: JSON.stringify(isRanked ? (statements.get(g.merchantId) ?? []) : []),
        };
      }),
    );
    for (const g of groups) need.delete(g.merchantId);
  }
  return touched;
}
