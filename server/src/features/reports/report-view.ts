import type { MyReport, ReportProgress } from '@api/reports';
import { DECLINE_REASONS } from '@/domain/report-vocabulary';
import type { ReportEventRow, ReportRow } from './reports-repository';

/** What the reporter's view names besides the row: the campaign, the report merged into. */
export interface ReportNames {
  campaignName?: string;
  mergedIntoNo?: string;
}

/**
 * The reporter's view (by number and code, or as its signed-in real-name reporter): never the
 * reporter's identity, staff's notes, the text check or the malicious mark.
 */
export function toProgress(
  row: ReportRow,
  events: readonly ReportEventRow[],
  names: ReportNames,
): ReportProgress {
  return {
    reportNo: row.report_no,
    status: row.status,
    reporterKind: row.reporter_kind,
    businessName: row.business_name,
    ...(names.campaignName !== undefined && { campaignName: names.campaignName }),
    receivedOn: row.received_on,
    decideBy: row.decide_by,
    extended: row.extended === 1,
    ...(row.decided_on !== null && { decidedOn: row.decided_on }),
    ...(row.decline_reason !== null && { declineReason: DECLINE_REASONS[row.decline_reason] }),
    ...(row.transferred_to !== null && { transferredTo: row.transferred_to }),
    ...(names.mergedIntoNo !== undefined && { mergedInto: names.mergedIntoNo }),
    ...(row.status === 'concluded' && row.outcome !== null && { outcome: row.outcome }),
    steps: events.map((e) => ({ at: e.at, label: e.label })),
  };
}

export function toMyReport(row: ReportRow, campaignName: string | undefined): MyReport {
  return {
    id: row.id,
    reportNo: row.report_no,
    status: row.status,
    businessName: row.business_name,
    ...(campaignName !== undefined && { campaignName }),
    receivedOn: row.received_on,
    decideBy: row.decide_by,
    updatedAt: row.updated_at,
  };
}
