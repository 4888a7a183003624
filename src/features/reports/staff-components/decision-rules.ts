import type { DeclineReason, ReportDecisionBody, StaffReportDetail } from '@api/reports';
import { REPORT_LIMITS, type ReportAction } from '@/domain/report-vocabulary';

/** What a decision dialog collects; each action reads the parts it needs. */
export interface DecisionInput {
  /** 延期理由, 恶意举报的认定理由. */
  reason: string;
  declineReason?: DeclineReason;
  authority: string;
  intoReportId?: string;
  outcome: string;
  /** An optional internal note (立案, 不予立案, 移送). */
  note: string;
}

export const EMPTY_INPUT: DecisionInput = { reason: '', authority: '', outcome: '', note: '' };

const length = (text: string) => Array.from(text.trim()).length;

/** Reports this one may be merged into: the same business, not merged themselves. */
export const mergeTargets = (report: StaffReportDetail) =>
  report.related.filter((other) => other.status !== 'merged' && other.id !== report.id);

/**
 * The steps open in the report's state (the vocabulary's rules): the decision and its extension
 * while 待核查, 办结 after 立案, 标记恶意 at any time (once).
 */
export function availableActions(report: StaffReportDetail): ReportAction[] {
  const actions: ReportAction[] = [];
  if (report.status === 'received') {
    actions.push('open-case', 'decline', 'transfer');
    if (mergeTargets(report).length > 0) actions.push('merge');
    if (!report.extended) actions.push('extend');
  }
  if (report.status === 'case-opened') actions.push('conclude');
  if (!report.malicious) actions.push('mark-malicious');
  return actions;
}

function written(text: string, limit: { min: number; max: number }, what: string) {
  const count = length(text);
  if (count < limit.min) return `请填写${what}（至少${limit.min}个字）`;
  if (count > limit.max) return `${what}最多${limit.max}字`;
  return undefined;
}

/** An optional note: empty, or within the limits. */
function optionalNote(note: string) {
  if (note.trim() === '') return { error: undefined, note: undefined };
  return { error: written(note, REPORT_LIMITS.note, '备注'), note: note.trim() };
}

/** The request body for the action, or the first problem in words. */
export function buildDecision(
  action: ReportAction,
  input: DecisionInput,
): { body: ReportDecisionBody } | { error: string } {
  const { error: noteError, note } = optionalNote(input.note);
  const check = (...problems: (string | undefined)[]) => problems.find(Boolean);
  let problem: string | undefined;
  let body: ReportDecisionBody;
  switch (action) {
    case 'extend':
      problem = written(input.reason, REPORT_LIMITS.note, '延期理由');
      body = { action, reason: input.reason.trim() };
      break;
    case 'open-case':
      problem = noteError;
      body = { action, ...(note && { note }) };
      break;
    case 'decline':
      problem = check(input.declineReason ? undefined : '请选择不予立案的情形', noteError);
      body = { action, reason: input.declineReason!, ...(note && { note }) };
      break;
    case 'transfer':
      problem = check(written(input.authority, REPORT_LIMITS.authority, '移送机关'), noteError);
      body = { action, authority: input.authority.trim(), ...(note && { note }) };
      break;
    case 'merge':
      problem = input.intoReportId ? undefined : '请选择要合并到的举报';
      body = { action, intoReportId: input.intoReportId! };
      break;
    case 'conclude':
      problem = written(input.outcome, REPORT_LIMITS.outcome, '办理结果');
      body = { action, outcome: input.outcome.trim() };
      break;
    case 'mark-malicious':
      problem = written(input.reason, REPORT_LIMITS.note, '认定理由');
      body = { action, reason: input.reason.trim() };
      break;
  }
  return problem ? { error: problem } : { body };
}
