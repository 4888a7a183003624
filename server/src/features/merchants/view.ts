import type { Selectable } from 'kysely';
import type { MerchantDetail } from '@api/merchants';
import type { PledgeSummary } from '@api/pledges';
import type { PledgesTable } from '../../db/schema';
import { toModelUnitBadge } from '../model-units/view';
import { currentBadges } from './badges';
import type { DetailParts } from './detail-cache';

/** The public merchant page: never contact data (it is not even read here). */
export function toMerchantDetail(
  { row, units, pledges, warnings, disclosure }: DetailParts,
  today: string,
): MerchantDetail {
  const detail: MerchantDetail = {
    id: row.id,
    name: row.name,
    creditCode: row.credit_code,
    industry: row.industry,
    town: row.town,
    address: row.address,
    badges: currentBadges(row, today),
    type: row.type,
    status: row.status,
    modelUnits: units.map((u) => toModelUnitBadge(u, today)),
    pledges: pledges.map(toPledgeSummary),
    warnings,
  };
  if (row.lat !== null && row.lng !== null) {
    detail.location = { lat: Number(row.lat), lng: Number(row.lng) };
  }
  if (row.hours !== null) detail.hours = row.hours;
  if (row.public_phone !== null) detail.publicPhone = row.public_phone;
  if (disclosure) detail.disclosure = disclosure;
  return detail;
}

interface OfflineReturnTerms {
  windowDays?: unknown;
  excluded?: unknown;
}

export function toPledgeSummary(row: Selectable<PledgesTable>): PledgeSummary {
  const summary: PledgeSummary = {
    id: row.id,
    kind: row.kind,
    status: row.status,
    certificateNo: row.certificate_no,
    signedAt: row.signed_at,
    startsOn: row.starts_on,
  };
  if (row.kind === 'offline-return') {
    const terms = parseTerms(row.terms);
    if (Number.isInteger(terms.windowDays)) summary.windowDays = terms.windowDays as number;
    if (Array.isArray(terms.excluded)) summary.excluded = terms.excluded.map(String);
  }
  if (row.ended_on !== null) summary.endedOn = row.ended_on;
  if (row.ended_reason !== null) summary.endedReason = row.ended_reason;
  return summary;
}

function parseTerms(text: string): OfflineReturnTerms {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' ? (value as OfflineReturnTerms) : {};
  } catch {
    return {};
  }
}
