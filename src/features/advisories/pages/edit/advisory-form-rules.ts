import type { AdvisoryContent, AdvisoryKind, LegalReference } from '@api/advisories';
import { ADVISORY_LIMITS as LIMITS, legalReferenceProblem } from '@/domain/advisory-vocabulary';
import { textLength } from '@/domain/text-length';
import type { StoredPhoto } from '@/components/photo-grid';
import { uploadUrl } from '../../staff-components/advisory-preview';
import type { ActionChoice, AdvisoryTool } from '../../staff-components/staff-vocabulary';

/** The advisory as typed; `id` once the server has it (a retry after a failed submit updates it). */
export interface AdvisoryDraft {
  id?: string;
  kind: AdvisoryKind;
  title: string;
  body: string;
  images: StoredPhoto[];
  category: string;
  issuer: string;
  legalBasis: LegalReference[];
  season: string;
  validFrom: string;
  validUntil: string;
  action: ActionChoice;
  quizTopic: string;
  tool: AdvisoryTool | '';
  merchantId: string;
  merchantName: string;
  penaltyNo: string;
  penaltyDate: string;
}

/** Form fields; a legal basis row's problem is `legalBasis.<index>`. */
export type AdvisoryErrors = Record<string, string>;

export const EMPTY_ADVISORY: AdvisoryDraft = {
  kind: '提示',
  title: '',
  body: '',
  images: [],
  category: '',
  issuer: '',
  legalBasis: [],
  season: '',
  validFrom: '',
  validUntil: '',
  action: 'none',
  quizTopic: '',
  tool: '',
  merchantId: '',
  merchantName: '',
  penaltyNo: '',
  penaltyDate: '',
};

/** The draft of stored content (a published one's pending version, if any, is what is edited). */
export function draftOf(id: string, content: AdvisoryContent): AdvisoryDraft {
  const action = content.action;
  return {
    id,
    kind: content.kind,
    title: content.title,
    body: content.body,
    images: content.images.map((image) => ({ id: image, url: uploadUrl(image) })),
    category: content.category,
    issuer: content.issuer,
    legalBasis: content.legalBasis,
    season: content.season ?? '',
    validFrom: content.validFrom ?? '',
    validUntil: content.validUntil ?? '',
    action: action?.kind ?? 'none',
    quizTopic: action?.kind === 'quiz' ? action.topic : '',
    tool: action?.kind === 'tool' ? action.tool : '',
    merchantId: content.merchant?.merchantId ?? '',
    merchantName: '',
    penaltyNo: content.merchant?.penaltyNo ?? '',
    penaltyDate: content.merchant?.penaltyDate ?? '',
  };
}

function lengthProblem(text: string, what: string, limit: { min: number; max: number }) {
  const length = textLength(text);
  if (length === 0) return `请填写${what}`;
  if (length < limit.min) return `${what}至少${limit.min}个字`;
  if (length > limit.max) return `${what}最多${limit.max}字，当前${length}字`;
  return undefined;
}

/**
 * The server's rules (the AdvisoryContent schema and contentProblems), in Chinese, by field:
 * the profile's categories and issuers, legal references, the window, the call to action, and a
 * named merchant only with its penalty decision (消费者权益保护法第五十六条).
 */
export function validateAdvisory(
  draft: AdvisoryDraft,
  choices: { categories: readonly string[]; issuers: readonly string[] },
  today: string,
): AdvisoryErrors {
  const errors: AdvisoryErrors = {};
  const add = (field: string, problem: string | undefined) => {
    if (problem) errors[field] = problem;
  };
  add('title', lengthProblem(draft.title, '标题', LIMITS.title));
  add('body', lengthProblem(draft.body, '正文', LIMITS.body));
  if (draft.images.length > LIMITS.images) errors.images = `最多${LIMITS.images}张配图`;
  if (!choices.categories.includes(draft.category)) errors.category = '请选择分类';
  if (!choices.issuers.includes(draft.issuer)) errors.issuer = '请选择发布单位';
  if (draft.legalBasis.length > LIMITS.legalBasis) {
    errors.legalBasis = `法律依据最多${LIMITS.legalBasis}条`;
  }
  draft.legalBasis.forEach((ref, index) => {
    const problem = !ref.law.trim()
      ? '请选择或填写法律法规'
      : !ref.article.trim()
        ? '请填写条款，如 第五十六条'
        : legalReferenceProblem(ref);
    add(`legalBasis.${index}`, problem);
  });
  if (textLength(draft.season) > LIMITS.season.max) {
    errors.season = `时令最多${LIMITS.season.max}个字`;
  }
  if (draft.validFrom && draft.validUntil && draft.validFrom > draft.validUntil) {
    errors.validUntil = '有效期结束日期不能早于开始日期';
  }
  if (draft.action === 'quiz' && !draft.quizTopic) errors.action = '请选择答题主题';
  if (draft.action === 'tool' && !draft.tool) errors.action = '请选择要打开的工具';
  if (draft.kind === '警示' && draft.merchantId) {
    const penaltyNo = textLength(draft.penaltyNo);
    if (penaltyNo === 0) {
      errors.penaltyNo = '点名商家须依据已公布的行政处罚，请填写处罚决定书文号';
    } else if (penaltyNo < LIMITS.penaltyNo.min || penaltyNo > LIMITS.penaltyNo.max) {
      errors.penaltyNo = `文号应为${LIMITS.penaltyNo.min}–${LIMITS.penaltyNo.max}个字`;
    }
    if (!draft.penaltyDate) errors.penaltyDate = '请填写行政处罚决定日期';
    else if (draft.penaltyDate > today) errors.penaltyDate = '处罚决定日期不能晚于今天';
  }
  return errors;
}

/** The body to send; call only when validateAdvisory found nothing. */
export function toContent(draft: AdvisoryDraft): AdvisoryContent {
  const content: AdvisoryContent = {
    kind: draft.kind,
    title: draft.title.trim(),
    body: draft.body.trim(),
    images: draft.images.map((image) => image.id),
    category: draft.category,
    issuer: draft.issuer,
    legalBasis: draft.legalBasis.map((ref) => ({
      law: ref.law.trim(),
      article: ref.article.trim(),
    })),
  };
  if (draft.season.trim()) content.season = draft.season.trim();
  if (draft.validFrom) content.validFrom = draft.validFrom;
  if (draft.validUntil) content.validUntil = draft.validUntil;
  if (draft.action === 'complaint' || draft.action === 'call-12315') {
    content.action = { kind: draft.action };
  } else if (draft.action === 'quiz') {
    content.action = { kind: 'quiz', topic: draft.quizTopic };
  } else if (draft.action === 'tool' && draft.tool) {
    content.action = { kind: 'tool', tool: draft.tool };
  }
  if (draft.kind === '警示' && draft.merchantId) {
    content.merchant = {
      merchantId: draft.merchantId,
      penaltyNo: draft.penaltyNo.trim(),
      penaltyDate: draft.penaltyDate,
    };
  }
  return content;
}

/** The server's field paths (merchant.penaltyNo, legalBasis.0.law, action.topic) by form field. */
export function formFieldOf(path: string): string {
  const parts = path
    .replace(/^(body)?[./]*/, '')
    .split(/[./[\]]+/)
    .filter(Boolean);
  const [head, second] = parts;
  if (head === 'merchant') {
    return second === 'penaltyNo' || second === 'penaltyDate' ? second : 'merchant';
  }
  if (head === 'legalBasis' && second !== undefined && /^\d+$/.test(second)) {
    return `legalBasis.${second}`;
  }
  return head ?? '';
}
