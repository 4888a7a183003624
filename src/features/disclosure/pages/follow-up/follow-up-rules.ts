import type { FollowUp, FollowUpBody, FollowUpStatus, FollowUpType } from '@api/disclosure';
import type { StoredPhoto } from '@/components/photo-grid';
import { DISCLOSURE_LIMITS as LIMITS } from '@/domain/disclosure-vocabulary';
import { isIsoDate } from '@/domain/iso-date';
import { lengthError, textLength } from '@/domain/text-length';

/** The follow-up as typed (its target comes from the page's query or the stored record). */
export interface FollowUpDraft {
  type: FollowUpType;
  date: string;
  handledBy: string;
  notes: string;
  outcome: string;
  attachments: StoredPhoto[];
  status: FollowUpStatus;
}

export type FollowUpField = keyof FollowUpDraft;
export type FollowUpErrors = Partial<Record<FollowUpField, string>>;

export const emptyFollowUp = (today: string): FollowUpDraft => ({
  type: '重点监管',
  date: today,
  handledBy: '',
  notes: '',
  outcome: '',
  attachments: [],
  status: 'open',
});

export const draftOfFollowUp = (followUp: FollowUp): FollowUpDraft => ({
  type: followUp.type,
  date: followUp.date,
  handledBy: followUp.handledBy,
  notes: followUp.notes,
  outcome: followUp.outcome ?? '',
  attachments: followUp.attachments,
  status: followUp.status,
});

/** The contract's rules in the form's words; a finished follow-up also says how it ended. */
export function validateFollowUp(draft: FollowUpDraft): FollowUpErrors {
  const errors: FollowUpErrors = {};
  if (!isIsoDate(draft.date)) errors.date = '请选择跟进日期';
  const handledBy = lengthError(draft.handledBy, LIMITS.handledBy, {
    empty: '请填写承办人员',
    label: '承办人员',
  });
  if (handledBy) errors.handledBy = handledBy;
  const notes = lengthError(draft.notes, LIMITS.note, {
    empty: '请填写跟进情况',
    label: '跟进情况',
  });
  if (notes) errors.notes = notes;
  const outcome = textLength(draft.outcome);
  if (outcome > LIMITS.followUpOutcome.max) {
    errors.outcome = `处理结果最多${LIMITS.followUpOutcome.max}个字`;
  } else if (draft.status === 'done' && outcome === 0) {
    errors.outcome = '已完成的跟进请填写处理结果';
  }
  if (draft.attachments.length > LIMITS.attachments) {
    errors.attachments = `附件最多${LIMITS.attachments}张`;
  }
  return errors;
}

export function toFollowUpBody(
  draft: FollowUpDraft,
  target: FollowUpBody['target'],
  batchId: string | undefined,
): FollowUpBody {
  const body: FollowUpBody = {
    target,
    type: draft.type,
    date: draft.date,
    handledBy: draft.handledBy.trim(),
    notes: draft.notes.trim(),
    attachments: draft.attachments.map((photo) => photo.id),
    status: draft.status,
  };
  if (draft.outcome.trim()) body.outcome = draft.outcome.trim();
  if (batchId) body.batchId = batchId;
  return body;
}
