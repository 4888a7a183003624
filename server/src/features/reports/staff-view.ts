import type { ReportHistoryEntry, StaffReportDetail, StaffReportSummary } from '@api/reports';
import { REPORT_ACTION_LABELS, type ReportAction } from '@/domain/report-vocabulary';
import { workingDaysBetween, type HolidayCalendar } from '@/domain/working-days';
import type { StaffNameOf } from '../advisories/staff-names-service';
import { uploadUrl } from '../uploads/uploads-service';
import type { HandledReportRow } from './handling-repository';

/** How staff see a report: never the reporter's name or phone (GET /reports/:id/reporter has them). */

const SUMMARY_CHARS = 60;

export const summaryOf = (text: string) => {
  const chars = Array.from(text.trim());
  return chars.length <= SUMMARY_CHARS
    ? chars.join('')
    : `${chars.slice(0, SUMMARY_CHARS).join('')}…`;
};

/** The audit action of a staff step, e.g. 'report.open-case'; a read is 'reporter-read'. */
export const auditAction = (action: ReportAction) => `report.${action}`;
export const REPORTER_READ = 'reporter-read';

export function toStaffSummary(
  row: HandledReportRow,
  photoCount: number,
  today: string,
  calendar: HolidayCalendar,
): StaffReportSummary {
  return {
    id: row.id,
    reportNo: row.report_no,
    status: row.status,
    reporterKind: row.reporter_kind,
    businessName: row.business_name,
    ...(row.merchant_id && { merchantId: row.merchant_id }),
    ...(row.town && { town: row.town }),
    ...(row.campaign_id && { campaignId: row.campaign_id }),
    ...(row.campaign_name && { campaignName: row.campaign_name }),
    summary: summaryOf(row.description),
    receivedOn: row.received_on,
    decideBy: row.decide_by,
    ...(row.status === 'received' && {
      workingDaysLeft: workingDaysBetween(today, row.decide_by, calendar),
    }),
    extended: row.extended === 1,
    malicious: row.malicious === 1,
    photoCount,
  };
}

export interface AuditRow {
  actor_id: string | null;
  action: string;
  created_at: string;
  detail: string | null;
}

const STAFF_ACTIONS = new Map<string, string>([
  ...Object.entries(REPORT_ACTION_LABELS).map(
    ([action, label]) => [auditAction(action as ReportAction), label] as [string, string],
  ),
  [REPORTER_READ, '查看举报人身份信息'],
]);

const noteOf = (detail: string | null): string | undefined => {
  if (!detail) return undefined;
  try {
    const parsed = JSON.parse(detail) as { note?: unknown };
    return typeof parsed.note === 'string' && parsed.note ? parsed.note : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Staff's steps by name; anything else (the submission) is the reporter's, shown as 举报人 and
 * never by account (第三十三条: the history must not name the reporter).
 */
export function toHistory(rows: AuditRow[], nameOf: StaffNameOf): ReportHistoryEntry[] {
  return rows.map((row) => {
    const staffLabel = STAFF_ACTIONS.get(row.action);
    const note = staffLabel ? noteOf(row.detail) : undefined;
    return {
      at: row.created_at,
      action: staffLabel ?? '提交举报',
      by: staffLabel && row.actor_id ? nameOf(row.actor_id) : '举报人',
      ...(note && { note }),
    };
  });
}

export interface DetailParts {
  photoIds: string[];
  mergedInto?: { id: string; report_no: string };
  merged: { id: string; report_no: string }[];
  related: {
    id: string;
    report_no: string;
    status: HandledReportRow['status'];
    received_on: string;
    description: string;
  }[];
  history: ReportHistoryEntry[];
}

export function toStaffDetail(
  summary: StaffReportSummary,
  row: HandledReportRow,
  parts: DetailParts,
): StaffReportDetail {
  return {
    ...summary,
    description: row.description,
    businessAddress: row.business_address,
    seenOn: row.seen_on,
    ...(row.seen_time && { seenTime: row.seen_time }),
    place: row.place,
    ...(row.latitude !== null &&
      row.longitude !== null && {
        location: {
          latitude: row.latitude,
          longitude: row.longitude,
          ...(row.location_name && { name: row.location_name }),
        },
      }),
    photos: parts.photoIds.map((id) => ({ id, url: uploadUrl(id) })),
    wantsReply: row.wants_reply === 1,
    contentFlagged: row.sec_check === 'review',
    ...(row.extension_reason && { extensionReason: row.extension_reason }),
    ...(row.decided_on && { decidedOn: row.decided_on }),
    ...(row.decline_reason && { declineReason: row.decline_reason }),
    ...(row.decision_note && { decisionNote: row.decision_note }),
    ...(row.transferred_to && { transferredTo: row.transferred_to }),
    ...(parts.mergedInto && {
      mergedInto: { id: parts.mergedInto.id, reportNo: parts.mergedInto.report_no },
    }),
    merged: parts.merged.map((m) => ({ id: m.id, reportNo: m.report_no })),
    ...(row.outcome && { outcome: row.outcome }),
    ...(row.malicious_reason && { maliciousReason: row.malicious_reason }),
    ...(row.reporter_told_at && { reporterToldAt: row.reporter_told_at }),
    ...(row.tell_reporter_by && { tellReporterBy: row.tell_reporter_by }),
    related: parts.related.map((r) => ({
      id: r.id,
      reportNo: r.report_no,
      status: r.status,
      receivedOn: r.received_on,
      summary: summaryOf(r.description),
    })),
    history: parts.history,
  };
}
