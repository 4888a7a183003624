import type {
  BusinessFigures,
  DisclosureFigures,
  IndustryFigures,
  PublicBatch,
  PublicBatchCard,
  PublicRow,
  TrendPoint,
} from '@api/disclosure';
import type { BatchCardRow, IncludedRow } from './disclosure-repository';

/** One business's included rows, summed (the repository groups them). */
export interface BusinessGroup {
  merchantId: string;
  name: string;
  creditCode: string;
  industry: string;
  accepted: number;
  settled: number;
  statements: number;
  /** Days to close of its rows, ascending. */
  days: number[];
}

/** What a batch's public view freezes at publication (trend and versions are read later). */
export type FrozenView = Pick<
  PublicBatch,
  'issuer' | 'industries' | 'businesses' | 'minComplaintsPerBusiness'
> & { totals: DisclosureFigures };

export function median(sorted: readonly number[]): number | undefined {
  if (sorted.length === 0) return undefined;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function figuresOf(accepted: number, settled: number, days: number[]): DisclosureFigures {
  const medianDays = median(days);
  return {
    accepted,
    settled,
    ...(accepted > 0 && { settlementRate: Math.round((settled * 1000) / accepted) / 10 }),
    ...(medianDays !== undefined && { medianDaysToClose: medianDays }),
  };
}

const ascending = (a: number, b: number) => a - b;

/** Sums groups: one figure over all their rows. */
function summed(groups: readonly BusinessGroup[]): DisclosureFigures {
  const days = groups.flatMap((g) => g.days).sort(ascending);
  return figuresOf(
    groups.reduce((n, g) => n + g.accepted, 0),
    groups.reduce((n, g) => n + g.settled, 0),
    days,
  );
}

/**
 * The public view of a batch from its included rows grouped by business: every business counts
 * in the industry table; only those with at least `min` complaints are ranked and listed.
 */
export function buildFrozenView(
  groups: readonly BusinessGroup[],
  min: number,
  issuer: string,
): FrozenView {
  const byIndustry = new Map<string, BusinessGroup[]>();
  for (const g of groups) byIndustry.set(g.industry, [...(byIndustry.get(g.industry) ?? []), g]);
  const industries: IndustryFigures[] = [...byIndustry.entries()]
    .map(([industry, members]) => ({ industry, ...summed(members) }))
    .sort((a, b) => b.accepted - a.accepted || a.industry.localeCompare(b.industry, 'zh'));
  const listed = groups
    .filter((g) => g.accepted >= min)
    .sort((a, b) => b.accepted - a.accepted || a.merchantId.localeCompare(b.merchantId));
  const businesses: BusinessFigures[] = [];
  listed.forEach((g, i) => {
    const tied = i > 0 && listed[i - 1].accepted === g.accepted;
    businesses.push({
      merchantId: g.merchantId,
      name: g.name,
      creditCode: g.creditCode,
      industry: g.industry,
      rank: tied ? businesses[i - 1].rank : i + 1,
      hasStatement: g.statements > 0,
      ...figuresOf(g.accepted, g.settled, g.days),
    });
  });
  return { issuer, industries, businesses, minComplaintsPerBusiness: min, totals: summed(groups) };
}

type PublicStatus = PublicBatchCard['status'];
const isPublic = (s: string): s is PublicStatus =>
  s === 'published' || s === 'superseded' || s === 'withdrawn';

/** The card of a batch; `totals` is left out once withdrawn. */
export function toCard(
  batch: BatchCardRow,
  totals: DisclosureFigures | undefined,
): PublicBatchCard {
  return {
    id: batch.id,
    title: batch.title,
    kind: batch.kind,
    periodFrom: batch.period_from,
    periodTo: batch.period_to,
    version: batch.version,
    // A preview shows the batch as it would be once published.
    status: isPublic(batch.status) ? batch.status : 'published',
    publishedAt: batch.published_at ?? batch.updated_at,
    ...(totals && batch.status !== 'withdrawn' && { totals }),
  };
}

/** The batch page lists this many ranked businesses (a phone reads no more); exports list all. */
export const PAGE_BUSINESSES = 100;

export function toPublicBatch(
  batch: BatchCardRow,
  view: FrozenView,
  extra: { trend: TrendPoint[]; versions: PublicBatch['versions'] },
  businessLimit = PAGE_BUSINESSES,
): PublicBatch {
  const withdrawn = batch.status === 'withdrawn';
  return {
    ...toCard(batch, view.totals),
    issuer: view.issuer,
    ...(batch.change_note && { changeNote: batch.change_note }),
    ...(batch.superseded_by && { supersededBy: batch.superseded_by }),
    ...(batch.withdrawn_at && { withdrawnAt: batch.withdrawn_at }),
    ...(batch.withdrawn_reason && { withdrawnReason: batch.withdrawn_reason }),
    versions: extra.versions,
    // A withdrawn batch keeps only its notice and reason.
    industries: withdrawn ? [] : view.industries,
    businesses: withdrawn ? [] : view.businesses.slice(0, businessLimit),
    businessesRanked: withdrawn ? 0 : view.businesses.length,
    minComplaintsPerBusiness: view.minComplaintsPerBusiness,
    trend: extra.trend,
  };
}

export const toPublicRow = (row: IncludedRow): PublicRow => ({
  id: row.id,
  industry: row.industry,
  category: row.category,
  acceptedOn: row.accepted_on ?? '',
  outcome: row.outcome ?? 'settled',
  ...(row.statement && { statement: row.statement }),
  corrected: row.corrected === 1,
});
