import dayjs, { type Dayjs } from 'dayjs';
import type { OfflineReturnTerms, PledgeSignature, PledgeTransitionBody } from '@api/pledges';
import { PLEDGE_LIMITS as LIMITS } from '@/domain/pledge-limits';
import { textLength as length, type LengthLimit } from '@/domain/text-length';

export const WINDOW_CHOICES = [7, 15, 30] as const;
export const DEFAULT_EXCLUDED = [
  '定制商品',
  '鲜活易腐',
  '已拆封的音像制品/软件',
  '贴身衣物',
  '食品',
] as const;
export const SIGNER_ROLES = ['负责人', '店长', '法定代表人', '经营者'] as const;

/** What the terms form keeps in its draft: the contract's terms as typed. */
export interface TermsDraft {
  /** A chip (7/15/30) or 'custom' with `customDays` as typed. */
  windowChoice: number | 'custom';
  customDays: string;
  scope: 'all' | 'categories';
  categories: string[];
  excluded: string[];
  proof: OfflineReturnTerms['conditions']['proof'];
  refundMethod: OfflineReturnTerms['refund']['method'];
  refundDays: string;
  otherBranches: boolean;
  startsOn: string;
}

export const emptyTerms = (today: Dayjs = dayjs()): TermsDraft => ({
  windowChoice: 7,
  customDays: '',
  scope: 'all',
  categories: [],
  excluded: [...DEFAULT_EXCLUDED],
  proof: 'receipt-or-other',
  refundMethod: 'original',
  refundDays: '7',
  otherBranches: false,
  startsOn: today.format('YYYY-MM-DD'),
});

export type TermsField = 'windowDays' | 'categories' | 'excluded' | 'refundDays' | 'startsOn';
export type TermsErrors = Partial<Record<TermsField, string>>;

const within = (n: number, { min, max }: LengthLimit) => n >= min && n <= max;
const range = ({ min, max }: LengthLimit) => `${min}–${max}`;

const wholeNumber = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN);

export function windowDays(draft: TermsDraft): number {
  return draft.windowChoice === 'custom' ? wholeNumber(draft.customDays) : draft.windowChoice;
}

/** A tag (category or excluded goods): 1–20 characters. */
export function tagError(tag: string, existing: readonly string[]): string | undefined {
  const size = length(tag);
  if (size === 0) return '请输入内容';
  if (size > LIMITS.tag.max) return `每项最多${LIMITS.tag.max}个字`;
  if (existing.includes(tag.trim())) return '已添加过';
  if (existing.length >= LIMITS.tags) return `最多${LIMITS.tags}项`;
  return undefined;
}

/** The start date: a real date, today or later (a promise is never retroactive). */
export function startsOnError(value: string, today: Dayjs = dayjs()): string | undefined {
  const date = dayjs(value, 'YYYY-MM-DD');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !date.isValid()) return '请选择开始日期';
  if (date.isBefore(today, 'day')) return '开始日期不能早于今天';
  return undefined;
}

/** Every rule of OfflineReturnTerms. */
export function validateTerms(draft: TermsDraft, today: Dayjs = dayjs()): TermsErrors {
  const errors: TermsErrors = {};
  const days = windowDays(draft);
  if (draft.windowChoice === 'custom' && draft.customDays.trim() === '')
    errors.windowDays = '请输入退货天数';
  else if (!Number.isInteger(days) || !within(days, LIMITS.windowDays))
    errors.windowDays = `退货天数为${range(LIMITS.windowDays)}天的整数`;

  if (draft.scope === 'categories') {
    if (draft.categories.length === 0) errors.categories = '请至少添加一个适用品类';
    else if (draft.categories.length > LIMITS.tags)
      errors.categories = `适用品类最多${LIMITS.tags}项`;
    else if (draft.categories.some((c) => !within(length(c), LIMITS.tag)))
      errors.categories = `每个品类${range(LIMITS.tag)}个字`;
  }
  if (draft.excluded.length > LIMITS.tags) errors.excluded = `不适用商品最多${LIMITS.tags}项`;
  else if (draft.excluded.some((c) => !within(length(c), LIMITS.tag)))
    errors.excluded = `每项${range(LIMITS.tag)}个字`;

  const refund = wholeNumber(draft.refundDays);
  if (draft.refundDays.trim() === '') errors.refundDays = '请输入退款到账天数';
  else if (!Number.isInteger(refund) || !within(refund, LIMITS.refundDays))
    errors.refundDays = `退款到账天数为${range(LIMITS.refundDays)}天的整数`;

  const start = startsOnError(draft.startsOn, today);
  if (start) errors.startsOn = start;
  return errors;
}

export function toTerms(draft: TermsDraft): OfflineReturnTerms {
  return {
    windowDays: windowDays(draft),
    scope:
      draft.scope === 'all'
        ? { kind: 'all' }
        : { kind: 'categories', categories: draft.categories.map((c) => c.trim()) },
    excluded: draft.excluded.map((c) => c.trim()),
    conditions: { proof: draft.proof },
    refund: { method: draft.refundMethod, withinDays: wholeNumber(draft.refundDays) },
    otherBranches: draft.otherBranches,
    startsOn: draft.startsOn,
  };
}

export type SignerErrors = Partial<Record<'signerName' | 'signerRole', string>>;

/** PledgeSignature's name and role: 2–20 characters each. */
export function validateSigner(
  signer: Pick<PledgeSignature, 'signerName' | 'signerRole'>,
): SignerErrors {
  const errors: SignerErrors = {};
  const name = length(signer.signerName);
  if (name === 0) errors.signerName = '请输入签署人姓名';
  else if (!within(name, LIMITS.signer))
    errors.signerName = `签署人姓名为${range(LIMITS.signer)}个字`;
  const role = length(signer.signerRole);
  if (role === 0) errors.signerRole = '请输入签署人职务';
  else if (!within(role, LIMITS.signer)) errors.signerRole = `职务为${range(LIMITS.signer)}个字`;
  return errors;
}

/** withdraw: a reason and a date from which the promise stops holding (today or later). */
export function withdrawBody(reason: string, effectiveOn: string): PledgeTransitionBody {
  return { action: 'withdraw', reason: reason.trim(), effectiveOn };
}
