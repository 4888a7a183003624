import type { BatchEvent, StaffBatch, StaffBatchCard, StaffRow } from '@api/disclosure';
import type { ExclusionReason } from '@/domain/disclosure-vocabulary';
import type { StaffNameOf } from '../advisories/staff-names-service';
import type { BatchCardRow, DisclosureRow } from './disclosure-repository';

const ACTION_LABELS: Record<string, string> = {
  'disclosure.compute': '生成公示批次',
  'disclosure.correct': '更正，生成新版本',
  'disclosure.exclude': '排除一条投诉',
  'disclosure.include': '恢复公示一条投诉',
  'disclosure.notify': '告知经营者，进入异议期',
  'disclosure.respond': '经营者提出异议或说明',
  'disclosure.decide': '处理经营者异议或说明',
  'disclosure.submit': '提交审批',
  'disclosure.return': '退回',
  'disclosure.publish': '审批发布',
  'disclosure.withdraw': '撤回公示',
};

export interface AuditRow {
  actor_id: string | null;
  action: string;
  created_at: string;
  detail: string | null;
}

/** The audit entry's detail in words (a reason, a note, a count). */
function detailText(detail: string | null): string | undefined {
  if (!detail) return undefined;
  const d = JSON.parse(detail) as Record<string, unknown>;
  const text = [d.note, d.reason, d.changeNote, d.summary].find((v) => typeof v === 'string');
  return typeof text === 'string' ? text : undefined;
}

export function toEvent(row: AuditRow, nameOf: StaffNameOf): BatchEvent {
  const detail = detailText(row.detail);
  return {
    at: row.created_at,
    actorName: row.actor_id ? nameOf(row.actor_id) : '系统',
    action: ACTION_LABELS[row.action] ?? row.action,
    ...(detail && { detail }),
  };
}

export function toStaffCard(
  row: BatchCardRow,
  nameOf: StaffNameOf,
  pendingResponses: number,
): StaffBatchCard {
  return {
    id: row.id,
    seriesId: row.series_id,
    title: row.title,
    kind: row.kind,
    periodFrom: row.period_from,
    periodTo: row.period_to,
    version: row.version,
    status: row.status,
    createdBy: row.created_by,
    createdByName: nameOf(row.created_by),
    createdAt: row.created_at,
    candidates: row.candidates,
    included: row.included,
    excluded: row.excluded,
    pendingResponses,
    ...(row.objection_deadline && { objectionDeadline: row.objection_deadline }),
  };
}

type Action = StaffBatch['allowedActions'][number];

/** What a staff member may do with a batch now; publishing needs a third person. */
export function allowedActions(row: BatchCardRow, callerId: string): Action[] {
  switch (row.status) {
    case 'draft':
      return ['notify', 'exclude'];
    case 'notice':
      return ['submit', 'exclude', 'decide'];
    case 'submitted':
      return row.created_by === callerId || row.submitted_by === callerId
        ? ['return']
        : ['return', 'publish'];
    case 'published':
      return ['withdraw', 'correct'];
    default:
      return [];
  }
}

export function toStaffRow(row: DisclosureRow, responses: number): StaffRow {
  return {
    id: row.id,
    complaintId: row.complaint_id,
    trackingNo: row.tracking_no,
    ...(row.merchant_id && { merchantId: row.merchant_id }),
    businessName: row.business_name,
    ...(row.credit_code && { creditCode: row.credit_code }),
    industry: row.industry,
    category: row.category,
    submittedOn: row.submitted_on,
    ...(row.accepted_on && { acceptedOn: row.accepted_on }),
    ...(row.ended_on && { endedOn: row.ended_on }),
    ...(row.outcome && { outcome: row.outcome }),
    ...(row.excluded_reason && { excludedReason: row.excluded_reason as ExclusionReason }),
    ...(row.excluded_note && { excludedNote: row.excluded_note }),
    ...(row.statement && { statement: row.statement }),
    corrected: row.corrected === 1,
    responses,
  };
}

/** "3月22日" for a date. */
export const monthDay = (date: string) =>
  `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
