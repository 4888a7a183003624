import type { CampaignContent, StaffCampaign } from '@api/campaigns';
import type { LegalReference } from '@api/advisories';
import { legalReferenceProblem } from '@/domain/advisory-vocabulary';
import { CAMPAIGN_LIMITS as LIMITS } from '@/domain/campaign-vocabulary';
import { textLength } from '@/domain/text-length';
import type { StoredPhoto } from '@/components/photo-grid';

/** A linked advisory as the form shows it (the content keeps only its id). */
export interface LinkedAdvisory {
  id: string;
  title: string;
}

/** The campaign as typed; `id` once the server has it (a retry after a failed 发布 updates it). */
export interface CampaignDraft {
  id?: string;
  name: string;
  periodFrom: string;
  periodTo: string;
  leadUnit: string;
  targets: string;
  reportable: string[];
  legalBasis: LegalReference[];
  cover: StoredPhoto[];
  advisories: LinkedAdvisory[];
}

/** Problems by form field; a legal basis row's is `legalBasis.<index>`. */
export type CampaignErrors = Record<string, string>;

export const EMPTY_CAMPAIGN: CampaignDraft = {
  name: '',
  periodFrom: '',
  periodTo: '',
  leadUnit: '',
  targets: '',
  reportable: [],
  legalBasis: [],
  cover: [],
  advisories: [],
};

/** The draft of a stored campaign; linked advisories show their id until their title is known. */
export function draftOf(campaign: StaffCampaign): CampaignDraft {
  const { content } = campaign;
  return {
    id: campaign.id,
    name: content.name,
    periodFrom: content.periodFrom,
    periodTo: content.periodTo,
    leadUnit: content.leadUnit,
    targets: content.targets,
    reportable: content.reportable,
    legalBasis: content.legalBasis,
    cover: campaign.cover ? [campaign.cover] : [],
    advisories: content.advisoryIds.map((id) => ({ id, title: '' })),
  };
}

function lengthProblem(text: string, what: string, limit: { min: number; max: number }) {
  const length = textLength(text);
  if (length === 0) return `请填写${what}`;
  if (length < limit.min) return `${what}至少${limit.min}个字`;
  if (length > limit.max) return `${what}最多${limit.max}字，当前${length}字`;
  return undefined;
}

const DAY_MS = 24 * 3600 * 1000;
const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY_MS;

/** A new 可举报事项 against the ones already there; undefined when it may be added. */
export function reportableProblem(item: string, items: readonly string[]): string | undefined {
  if (items.length >= LIMITS.reportable.items) return `可举报事项最多${LIMITS.reportable.items}项`;
  if (items.includes(item.trim())) return '这一项已经有了';
  return lengthProblem(item, '事项', LIMITS.reportable);
}

/** The server's rules (the CampaignContent schema), in Chinese, by field. */
export function validateCampaign(draft: CampaignDraft): CampaignErrors {
  const errors: CampaignErrors = {};
  const add = (field: string, problem: string | undefined) => {
    if (problem) errors[field] = problem;
  };
  add('name', lengthProblem(draft.name, '名称', LIMITS.name));
  add('leadUnit', lengthProblem(draft.leadUnit, '牵头单位', LIMITS.leadUnit));
  add('targets', lengthProblem(draft.targets, '整治重点', LIMITS.targets));
  if (!draft.periodFrom) errors.periodFrom = '请选择开始日期';
  if (!draft.periodTo) errors.periodTo = '请选择结束日期';
  else if (draft.periodFrom && draft.periodTo < draft.periodFrom) {
    errors.periodTo = '结束日期不能早于开始日期';
  } else if (draft.periodFrom && daysBetween(draft.periodFrom, draft.periodTo) >= LIMITS.maxDays) {
    errors.periodTo = `整治期最长${LIMITS.maxDays}天`;
  }
  if (draft.reportable.length === 0) errors.reportable = '请至少添加一项可举报事项';
  else if (draft.reportable.length > LIMITS.reportable.items) {
    errors.reportable = `可举报事项最多${LIMITS.reportable.items}项`;
  }
  if (draft.legalBasis.length > LIMITS.legalBasis) {
    errors.legalBasis = `法律依据最多${LIMITS.legalBasis}条`;
  }
  draft.legalBasis.forEach((ref, index) => {
    const problem = !ref.law.trim()
      ? '请选择或填写法律法规'
      : !ref.article.trim()
        ? '请填写条款，如 第三十四条'
        : legalReferenceProblem(ref);
    add(`legalBasis.${index}`, problem);
  });
  if (draft.advisories.length > LIMITS.advisories) {
    errors.advisories = `最多关联${LIMITS.advisories}条提示`;
  }
  return errors;
}

/** The body to send; call only when validateCampaign found nothing. */
export function toContent(draft: CampaignDraft): CampaignContent {
  const content: CampaignContent = {
    name: draft.name.trim(),
    periodFrom: draft.periodFrom,
    periodTo: draft.periodTo,
    leadUnit: draft.leadUnit.trim(),
    targets: draft.targets.trim(),
    reportable: draft.reportable,
    legalBasis: draft.legalBasis.map((ref) => ({
      law: ref.law.trim(),
      article: ref.article.trim(),
    })),
    advisoryIds: draft.advisories.map((advisory) => advisory.id),
  };
  if (draft.cover[0]) content.cover = draft.cover[0].id;
  return content;
}

/** The server's field paths (reportable.2, legalBasis.0.law, advisoryIds.1) by form field. */
export function formFieldOf(path: string): string {
  const [head, second] = path
    .replace(/^(body)?[./]*/, '')
    .split(/[./[\]]+/)
    .filter(Boolean);
  if (head === 'legalBasis' && second !== undefined && /^\d+$/.test(second)) {
    return `legalBasis.${second}`;
  }
  if (head === 'advisoryIds') return 'advisories';
  return head ?? '';
}
