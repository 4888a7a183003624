import type { DisclosureFlag, FlagList, FlagQuery } from '@api/disclosure';
import { DISCLOSURE_DEFAULTS } from '@/domain/disclosure-vocabulary';
import type { AppDeps } from '../../deps';
import { notFound } from '../../plugins/app-error';
import { getRegion } from '../region/region-service';
import {
  countIncludedRows,
  daysToCloseOf,
  findBatchForFlags,
  latestPublishedBatch,
  type GroupCounts,
} from './flags-repository';
import { countFollowUps } from './follow-ups-repository';
import { figuresOf } from './public-view';

type FlagDeps = Pick<AppDeps, 'db'>;

export type FlagThresholds = Record<
  | 'minComplaintsPerBusiness'
  | 'businessComplaints'
  | 'businessSettlementRateBelow'
  | 'industryComplaints',
  number
>;

const rateOf = (g: GroupCounts) => (g.accepted > 0 ? (g.settled * 100) / g.accepted : 100);

/** Why a business is flagged, in words; empty when it is not. */
export function businessReasons(g: GroupCounts, t: FlagThresholds): string[] {
  const why: string[] = [];
  if (g.accepted >= t.businessComplaints) why.push(`投诉≥${t.businessComplaints}件`);
  if (g.accepted >= t.minComplaintsPerBusiness && rateOf(g) < t.businessSettlementRateBelow) {
    why.push(`调解成功率<${t.businessSettlementRateBelow}%`);
  }
  return why;
}

export function industryReasons(g: GroupCounts, t: FlagThresholds): string[] {
  return g.accepted >= t.industryComplaints ? [`行业投诉≥${t.industryComplaints}件`] : [];
}

const batchNotFound = () => notFound('DISCLOSURE_BATCH_NOT_FOUND', '公示批次不存在或尚未公示');

/**
 * 重点监管 candidates: the businesses and industries of a published batch (the latest one unless
 * named) over the profile's thresholds, most complaints first, with their follow-ups so far.
 */
export async function disclosureFlags(deps: FlagDeps, query: FlagQuery): Promise<FlagList> {
  const db = deps.db.db;
  const batch = query.batchId
    ? await findBatchForFlags(db, query.batchId)
    : await latestPublishedBatch(db);
  if (!batch) {
    if (query.batchId) throw batchNotFound();
    return { items: [] };
  }
  if (batch.published_at === null) throw batchNotFound();
  const t: FlagThresholds = { ...DISCLOSURE_DEFAULTS, ...(await getRegion(db)).disclosure };

  const mostFirst = (a: GroupCounts, b: GroupCounts) =>
    b.accepted - a.accepted || a.key.localeCompare(b.key);
  const businesses = (await countIncludedRows(db, batch.id, 'merchant_id'))
    .map((g) => ({ g, why: businessReasons(g, t) }))
    .filter((f) => f.why.length > 0)
    .sort((a, b) => mostFirst(a.g, b.g));
  const industries = (await countIncludedRows(db, batch.id, 'industry'))
    .map((g) => ({ g, why: industryReasons(g, t) }))
    .filter((f) => f.why.length > 0)
    .sort((a, b) => mostFirst(a.g, b.g));

  const bizKeys = businesses.map((f) => f.g.key);
  const indKeys = industries.map((f) => f.g.key);
  const [bizDays, indDays, bizFollowUps, indFollowUps] = await Promise.all([
    daysToCloseOf(db, batch.id, 'merchant_id', bizKeys),
    daysToCloseOf(db, batch.id, 'industry', indKeys),
    countFollowUps(db, 'merchant_id', bizKeys),
    countFollowUps(db, 'industry', indKeys),
  ]);
  const daysOf = (list: { key: string; days: number }[]) => {
    const byKey = new Map<string, number[]>();
    for (const d of list) byKey.set(d.key, [...(byKey.get(d.key) ?? []), d.days]);
    return (key: string) => (byKey.get(key) ?? []).sort((a, b) => a - b);
  };
  const bizDaysOf = daysOf(bizDays);
  const indDaysOf = daysOf(indDays);
  const common = { batchId: batch.id, batchTitle: batch.title };

  const items: DisclosureFlag[] = [
    ...businesses.map(({ g, why }) => ({
      target: { kind: 'business' as const, merchantId: g.key, name: g.name, industry: g.industry },
      ...common,
      figures: figuresOf(g.accepted, g.settled, bizDaysOf(g.key)),
      why,
      openFollowUps: bizFollowUps.get(g.key)?.open ?? 0,
      followUps: bizFollowUps.get(g.key)?.total ?? 0,
    })),
    ...industries.map(({ g, why }) => ({
      target: { kind: 'industry' as const, industry: g.key },
      ...common,
      figures: figuresOf(g.accepted, g.settled, indDaysOf(g.key)),
      why,
      openFollowUps: indFollowUps.get(g.key)?.open ?? 0,
      followUps: indFollowUps.get(g.key)?.total ?? 0,
    })),
  ];
  return { items };
}
