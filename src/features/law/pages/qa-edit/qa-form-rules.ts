import type { QaContent, QaTopic } from '@api/law';
import { LAW_LIMITS, QA_TOPICS } from '@/domain/law-vocabulary';
import { lengthError } from '@/domain/text-length';
import { articleNumber, type CitationDraft } from '../../qa-components/citation-draft';

export { articleNumber, type CitationDraft };

const LIMITS = LAW_LIMITS.qa;

/** The card as typed; `id` once the server has it (a retry after a failed submit updates it). */
export interface QaDraft {
  id?: string;
  topic: QaTopic | '';
  question: string;
  answer: string;
  citations: CitationDraft[];
}

/** Problems by form field; a citation row's is `citations.<index>`. */
export type QaErrors = Record<string, string>;

export const EMPTY_QA: QaDraft = {
  topic: '',
  question: '',
  answer: '',
  citations: [{ law: '', no: '' }],
};

export const draftOf = (id: string, content: QaContent): QaDraft => ({
  id,
  topic: content.topic,
  question: content.question,
  answer: content.answer,
  citations: content.citations.map((ref) => ({ law: ref.law, no: String(ref.no) })),
});

/** A row's own problem (the library's answer about the article comes on top of it). */
export function citationProblem(row: CitationDraft): string | undefined {
  if (!row.law) return '请选择法律法规';
  if (!row.no.trim()) return '请填写条号，如 25 或 第二十五条';
  if (articleNumber(row.no) === undefined) return '条号写法不对，请填数字，如 25';
  return undefined;
}

/** The server's rules (the QaContent schema) in Chinese, by field. */
export function validateQa(draft: QaDraft): QaErrors {
  const errors: QaErrors = {};
  const add = (field: string, problem: string | undefined) => {
    if (problem) errors[field] = problem;
  };
  if (!(QA_TOPICS as readonly string[]).includes(draft.topic)) errors.topic = '请选择主题';
  add(
    'question',
    lengthError(draft.question, LIMITS.question, { empty: '请填写问题', label: '问题' }),
  );
  add('answer', lengthError(draft.answer, LIMITS.answer, { empty: '请填写解答', label: '解答' }));
  if (draft.citations.length < LIMITS.citations.min) errors.citations = '请至少引用一条法律条文';
  if (draft.citations.length > LIMITS.citations.max) {
    errors.citations = `最多引用${LIMITS.citations.max}条`;
  }
  const seen = new Set<string>();
  draft.citations.forEach((row, index) => {
    const problem = citationProblem(row);
    const key = `${row.law}#${articleNumber(row.no) ?? row.no}`;
    add(`citations.${index}`, problem ?? (seen.has(key) ? '这一条已经引用过了' : undefined));
    seen.add(key);
  });
  return errors;
}

/** The body to send; call only when validateQa found nothing. */
export const toContent = (draft: QaDraft): QaContent => ({
  topic: draft.topic as QaTopic,
  question: draft.question.trim(),
  answer: draft.answer
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n'),
  citations: draft.citations.map((row) => ({ law: row.law, no: articleNumber(row.no)! })),
});

/** The server's field paths (citations.1.no, /body/question) by form field. */
export function formFieldOf(path: string): string {
  const [head, second] = path
    .replace(/^[./]*(body)?[./]*/, '')
    .split(/[./[\]]+/)
    .filter(Boolean);
  if (head === 'citations' && second !== undefined && /^\d+$/.test(second)) {
    return `citations.${second}`;
  }
  return head ?? '';
}
