import type {
  Complainant,
  ComplaintDetail,
  ComplaintRequest,
  ComplaintSummary,
  TimelineEntry,
} from '@api/complaints';
import { maskOrderNo, maskPersonalText } from '@/domain/free-text-masking';
import { maskAddress, maskName, maskPhone } from '@/domain/masking';
import { pastThreeYears } from '@/domain/refusal-reasons';
import { addDays, shanghaiDate } from '../../time';
import { uploadUrl } from '../uploads/uploads-service';
import { calendarWarning } from './deadline-calendar';
import type { ComplaintAction } from './transition-rules';
import type { ComplaintRow, EventRow } from './complaints-repository';

/** Money: integer fen in the database, yuan with two decimals in the API. */
export const toFen = (yuan: number) => Math.round(yuan * 100);
export const toYuan = (fen: number) => Number(fen) / 100;

/** Days before the deadline that applies now from which a complaint counts as due soon. */
export const DUE_SOON_DAYS = 2;

/**
 * The deadline that applies now: acceptance while submitted, mediation while accepted or being
 * mediated (none while paused for testing: the clock stands still, 第二十条), none after.
 */
export function applicableDeadline(row: ComplaintRow): string | null {
  if (row.status === 'submitted') return row.accept_deadline;
  if ((row.status === 'accepted' || row.status === 'mediating') && row.paused_since === null) {
    return row.mediation_deadline;
  }
  return null;
}

/** `years`: the holiday calendar's loaded years, for staff's warning; omitted, no warning. */
export function toSummary(
  row: ComplaintRow,
  today: string,
  years?: readonly number[],
): ComplaintSummary {
  const deadline = applicableDeadline(row);
  const overdue = deadline !== null && deadline < today;
  const summary: ComplaintSummary = {
    id: row.id,
    trackingNo: row.tracking_no,
    merchantName: row.merchant_name,
    category: row.category,
    status: row.status,
    submittedAt: row.submitted_at,
    acceptDeadline: row.accept_deadline,
    overdue,
    dueSoon: deadline !== null && !overdue && deadline <= addDays(today, DUE_SOON_DAYS),
  };
  if (row.mediation_deadline !== null) summary.mediationDeadline = row.mediation_deadline;
  if (row.industry !== null) summary.industry = row.industry;
  if (row.town !== null) summary.town = row.town;
  // 第十五条(四), counted to the day the bureau received the complaint: a warning for staff.
  const received = shanghaiDate(new Date(row.submitted_at));
  const dates = { purchaseDate: row.purchase_date, discoveredOn: row.discovered_on };
  if (pastThreeYears(dates, received)) summary.pastThreeYears = true;
  const warning = years && calendarWarning(row, years);
  if (warning) summary.calendarWarning = warning;
  return summary;
}

const evidenceItems = (ids: readonly string[]) => ids.map((id) => ({ id, url: uploadUrl(id) }));

/**
 * One timeline entry. For a viewer who may not see personal data (the merchant), what anyone but
 * the merchant wrote is masked: consumers and staff type phones, addresses and plates into notes.
 */
export function toTimelineEntry(row: EventRow, unmasked: boolean): TimelineEntry {
  const entry: TimelineEntry = {
    id: row.id,
    at: row.at,
    actor: row.actor_role,
    kind: row.kind,
    message:
      unmasked || row.actor_role === 'merchant' ? row.message : maskPersonalText(row.message),
  };
  if (row.status !== null) entry.status = row.status;
  if (row.evidence !== null) entry.evidence = evidenceItems(JSON.parse(row.evidence) as string[]);
  if (row.amount_fen !== null) entry.amount = toYuan(row.amount_fen);
  return entry;
}

export function maskComplainant(c: Complainant): Complainant {
  return { name: maskName(c.name), phone: maskPhone(c.phone), address: maskAddress(c.address) };
}

export interface DetailParts {
  row: ComplaintRow;
  today: string;
  /** The holiday calendar's loaded years (staff only: the warning is theirs). */
  calendarYears?: readonly number[];
  complainant: Complainant;
  /** The viewer is the complainant or staff: free text as typed; otherwise personal data masked. */
  unmasked: boolean;
  events: EventRow[];
  evidence: string[];
  allowedActions: ComplaintAction[];
}

/** The complaint's free text as this viewer may read it (个人信息保护法 第二十五条). */
function freeText(p: DetailParts) {
  const { row } = p;
  const text = p.unmasked ? (s: string) => s : maskPersonalText;
  const request = JSON.parse(row.request) as ComplaintRequest;
  if (request.other !== undefined) request.other = text(request.other);
  const outcome =
    row.outcome === null ? undefined : (JSON.parse(row.outcome) as ComplaintDetail['outcome']);
  if (outcome?.reason !== undefined) outcome.reason = text(outcome.reason);
  if (outcome?.agreement !== undefined) outcome.agreement = text(outcome.agreement);
  const rating =
    row.rating === null ? undefined : (JSON.parse(row.rating) as ComplaintDetail['rating']);
  if (rating?.comment !== undefined) rating.comment = text(rating.comment);
  return {
    facts: text(row.facts),
    request,
    orderNo: row.order_no === null || p.unmasked ? row.order_no : maskOrderNo(row.order_no),
    outcome,
    rating,
  };
}

export function toDetail(p: DetailParts): ComplaintDetail {
  const { row } = p;
  const { facts, request, orderNo, outcome, rating } = freeText(p);
  const merchant: ComplaintDetail['merchant'] = {
    name: row.merchant_name,
    address: row.merchant_address,
  };
  if (row.merchant_id !== null) merchant.merchantId = row.merchant_id;
  const detail: ComplaintDetail = {
    ...toSummary(row, p.today, p.calendarYears),
    merchant,
    purchaseDate: row.purchase_date,
    ...(row.discovered_on !== null && { discoveredOn: row.discovered_on }),
    amount: toYuan(row.amount_fen),
    facts,
    request,
    evidence: evidenceItems(p.evidence),
    complainant: p.complainant,
    timeline: p.events.map((e) => toTimelineEntry(e, p.unmasked)),
    merchantSettleBy: row.merchant_settle_by,
    pausedForTesting: row.paused_since !== null,
    allowedActions: p.allowedActions,
  };
  if (orderNo !== null) detail.orderNo = orderNo;
  if (outcome !== undefined) detail.outcome = outcome;
  if (rating !== undefined) detail.rating = rating;
  return detail;
}
