import {
  DISCLOSURE_DEFAULTS,
  publicBusinessName,
  type ExclusionReason,
} from '@/domain/disclosure-vocabulary';
import type { DisclosureOutcome } from '@api/disclosure';

/** A complaint submitted in the batch's period, as the repository reads it (nothing personal). */
export interface Candidate {
  complaintId: string;
  trackingNo: string;
  status: string;
  /** The complaint's own name of the business (staff only, for rows without a registered one). */
  complaintMerchantName: string;
  merchantId: string | null;
  /** From the registry when the business is registered. */
  registeredName: string | null;
  merchantType: string | null;
  creditCode: string | null;
  merchantIndustry: string | null;
  category: string;
  submittedAt: string;
  acceptedAt: string | null;
  /** When it first reached settled / terminated / withdrawn. */
  endedAt: string | null;
  /** The outcome's status (for closed complaints: how they ended). */
  outcomeStatus: string | null;
}

/** The profile's rules a batch is computed with, frozen in disclosure_batches.settings. */
export interface BatchRules {
  objectionWorkingDays: number;
  publishDelayDays: number;
  minComplaintsPerBusiness: number;
}

export const rulesOf = (settings: Partial<BatchRules> | undefined): BatchRules => ({
  objectionWorkingDays: settings?.objectionWorkingDays ?? DISCLOSURE_DEFAULTS.objectionWorkingDays,
  publishDelayDays: settings?.publishDelayDays ?? DISCLOSURE_DEFAULTS.publishDelayDays,
  minComplaintsPerBusiness:
    settings?.minComplaintsPerBusiness ?? DISCLOSURE_DEFAULTS.minComplaintsPerBusiness,
});

export interface ComputedRow {
  complaintId: string;
  trackingNo: string;
  merchantId: string | null;
  businessName: string;
  creditCode: string | null;
  industry: string;
  category: string;
  submittedOn: string;
  acceptedOn: string | null;
  endedOn: string | null;
  outcome: DisclosureOutcome | null;
  daysToClose: number | null;
  excludedReason: ExclusionReason | null;
}

export const UNCLASSIFIED_INDUSTRY = '未分类';
const OPEN = new Set(['submitted', 'accepted', 'mediating']);
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;
const DAY_MS = 86_400_000;

export const shanghaiDateOf = (iso: string): string =>
  new Date(Date.parse(iso) + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);

/** Whole calendar days from one date to a later one. */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** How a complaint ended, if it ended after acceptance. */
export function outcomeOf(c: Pick<Candidate, 'status' | 'outcomeStatus' | 'acceptedAt'>) {
  if (!c.acceptedAt) return null;
  const ended = c.status === 'closed' ? c.outcomeStatus : c.status;
  return ended === 'settled' || ended === 'terminated' || ended === 'withdrawn' ? ended : null;
}

/** Why a candidate is left out automatically (the order decides which reason is recorded). */
export function automaticExclusion(
  c: Candidate,
  today: string,
  rules: BatchRules,
): ExclusionReason | null {
  if (c.status === 'rejected') return 'not-accepted';
  if (c.status === 'withdrawn' && !c.acceptedAt) return 'withdrawn-before-acceptance';
  if (OPEN.has(c.status) || !outcomeOf(c) || !c.endedAt) return 'open';
  if (!c.merchantId || !c.registeredName) return 'no-registered-business';
  if (daysBetween(shanghaiDateOf(c.endedAt), today) < rules.publishDelayDays) return 'too-recent';
  return null;
}

/** One candidate as a row: only the fields a disclosure may carry, and its exclusion. */
export function toComputedRow(c: Candidate, today: string, rules: BatchRules): ComputedRow {
  const acceptedOn = c.acceptedAt ? shanghaiDateOf(c.acceptedAt) : null;
  const endedOn = c.endedAt ? shanghaiDateOf(c.endedAt) : null;
  const registered = c.merchantId !== null && c.registeredName !== null;
  return {
    complaintId: c.complaintId,
    trackingNo: c.trackingNo,
    merchantId: registered ? c.merchantId : null,
    businessName: registered
      ? publicBusinessName(c.merchantType ?? '', c.registeredName ?? '')
      : c.complaintMerchantName,
    creditCode: registered ? c.creditCode : null,
    industry: (registered && c.merchantIndustry) || UNCLASSIFIED_INDUSTRY,
    category: c.category,
    submittedOn: shanghaiDateOf(c.submittedAt),
    acceptedOn,
    endedOn,
    outcome: outcomeOf(c),
    daysToClose: acceptedOn && endedOn ? Math.max(0, daysBetween(acceptedOn, endedOn)) : null,
    excludedReason: automaticExclusion(c, today, rules),
  };
}

/** A period is valid when from ≤ to and it spans at most `maxDays` days. */
export function periodProblem(from: string, to: string, maxDays: number): string | undefined {
  if (to < from) return '结束日期不能早于开始日期';
  if (daysBetween(from, to) + 1 > maxDays) return `公示期间最长${maxDays}天`;
  return undefined;
}
