import type { BankQuestion, Difficulty, QuestionBody, QuestionType, Topic } from '@api/quiz';
import { textLength as length } from '@/domain/text-length';
import {
  LIMITS,
  MAX_OPTIONS,
  MIN_OPTIONS,
  OPTION_KEYS,
  STAFF_TOPICS,
  TRUE_FALSE_TEXTS,
} from '../../staff-vocabulary';

/** The question as typed: option texts in order (keys follow from the order) and the correct ones. */
export interface QuestionDraft {
  type: QuestionType;
  topic: Topic | '';
  subtopic: string;
  difficulty: Difficulty;
  stem: string;
  options: string[];
  /** Indexes into options, ascending. */
  correct: number[];
  explanation: string;
  image: string;
  /** Choice options set aside while the type is 判断, restored when switching back. */
  stash?: string[];
}

export type QuestionField =
  | 'type'
  | 'topic'
  | 'subtopic'
  | 'difficulty'
  | 'stem'
  | 'options'
  | 'answer'
  | 'explanation'
  | 'image';

export type QuestionErrors = Partial<Record<QuestionField, string>>;

export const EMPTY_QUESTION: QuestionDraft = {
  type: 'single',
  topic: '',
  subtopic: '',
  difficulty: 1,
  stem: '',
  options: ['', '', '', ''],
  correct: [],
  explanation: '',
  image: '',
};

export const keyOf = (index: number) => OPTION_KEYS[index];

const sorted = (indexes: number[]) => [...new Set(indexes)].sort((a, b) => a - b);

/** The draft of a stored question. */
export function draftOf(question: BankQuestion): QuestionDraft {
  const keys = question.options.map((option) => option.key);
  return {
    type: question.type,
    topic: question.topic,
    subtopic: question.subtopic,
    difficulty: question.difficulty,
    stem: question.stem,
    options: question.options.map((option) => option.text),
    correct: sorted(question.answer.map((key) => keys.indexOf(key)).filter((i) => i >= 0)),
    explanation: question.explanation,
    image: question.image ?? '',
  };
}

/** Switching type: 判断 fixes the options to 对/错; a single answer keeps the first choice. */
export function withType(draft: QuestionDraft, type: QuestionType): Partial<QuestionDraft> {
  if (type === draft.type) return {};
  if (type === 'true-false') {
    return {
      type,
      options: [...TRUE_FALSE_TEXTS],
      correct: [],
      stash: draft.options,
    };
  }
  if (draft.type === 'true-false') {
    return { type, options: draft.stash ?? EMPTY_QUESTION.options, correct: [], stash: undefined };
  }
  return { type, correct: type === 'single' ? draft.correct.slice(0, 1) : draft.correct };
}

/** Tapping an option: single and 判断 have one answer; multiple toggles. */
export function withToggled(draft: QuestionDraft, index: number): Partial<QuestionDraft> {
  if (draft.type !== 'multiple') return { correct: [index] };
  const on = draft.correct.includes(index);
  return {
    correct: on ? draft.correct.filter((i) => i !== index) : sorted([...draft.correct, index]),
  };
}

export function withOptionAdded(draft: QuestionDraft): Partial<QuestionDraft> {
  if (draft.type === 'true-false' || draft.options.length >= MAX_OPTIONS) return {};
  return { options: [...draft.options, ''] };
}

/** Removing an option relabels the later ones (D becomes C) and keeps their answers with them. */
export function withOptionRemoved(draft: QuestionDraft, index: number): Partial<QuestionDraft> {
  if (draft.type === 'true-false' || draft.options.length <= MIN_OPTIONS) return {};
  return {
    options: draft.options.filter((_, i) => i !== index),
    correct: draft.correct.filter((i) => i !== index).map((i) => (i > index ? i - 1 : i)),
  };
}

export function withOptionText(
  draft: QuestionDraft,
  index: number,
  text: string,
): Partial<QuestionDraft> {
  return { options: draft.options.map((old, i) => (i === index ? text : old)) };
}

const IMAGE_URL = /^(https?:\/\/|\/)\S+$/;

/** The server's rules (validate-bank and the QuestionBody schema), in Chinese, by field. */
export function validateQuestion(draft: QuestionDraft): QuestionErrors {
  const errors: QuestionErrors = {};
  if (!draft.topic || !STAFF_TOPICS.includes(draft.topic)) errors.topic = '请选择专题';
  const subtopic = length(draft.subtopic);
  if (subtopic === 0) errors.subtopic = '请填写细分类别，如 3C认证、九项权利';
  else if (subtopic > LIMITS.subtopic) errors.subtopic = `细分类别最多${LIMITS.subtopic}字`;
  const stem = length(draft.stem);
  if (stem === 0) errors.stem = '请填写题干';
  else if (stem > LIMITS.stem) errors.stem = `题干最多${LIMITS.stem}字，当前${stem}字`;

  if (draft.type === 'true-false') {
    const fixed =
      draft.options.length === 2 &&
      draft.options[0] === TRUE_FALSE_TEXTS[0] &&
      draft.options[1] === TRUE_FALSE_TEXTS[1];
    if (!fixed) errors.options = '判断题的选项固定为 A 对 / B 错';
  } else if (draft.options.length < MIN_OPTIONS) {
    errors.options = `至少需要${MIN_OPTIONS}个选项`;
  } else if (draft.options.length > MAX_OPTIONS) {
    errors.options = `最多${MAX_OPTIONS}个选项`;
  } else {
    const empty = draft.options.findIndex((text) => length(text) === 0);
    const long = draft.options.findIndex((text) => length(text) > LIMITS.option);
    if (empty >= 0) errors.options = `请填写选项${keyOf(empty)}`;
    else if (long >= 0) errors.options = `选项${keyOf(long)}最多${LIMITS.option}字`;
  }

  const count = new Set(draft.correct.filter((i) => i >= 0 && i < draft.options.length)).size;
  if (draft.type === 'multiple') {
    if (count < 2) errors.answer = '多选题请至少选择两个正确答案';
  } else if (count !== 1) {
    errors.answer = draft.type === 'true-false' ? '请选择“对”或“错”' : '请选择一个正确答案';
  }

  const explanation = length(draft.explanation);
  if (explanation === 0) errors.explanation = '请填写解析，告诉答题者为什么';
  else if (explanation > LIMITS.explanation) {
    errors.explanation = `解析最多${LIMITS.explanation}字，当前${explanation}字`;
  }

  const image = draft.image.trim();
  if (image && (image.length > LIMITS.image || !IMAGE_URL.test(image))) {
    errors.image = '图片地址应以 https:// 或 / 开头，最多500个字符';
  }
  return errors;
}

/** The body to send; call only when validateQuestion found nothing. */
export function toBody(draft: QuestionDraft, retired?: boolean): QuestionBody {
  const body: QuestionBody = {
    type: draft.type,
    topic: draft.topic as Topic,
    subtopic: draft.subtopic.trim(),
    difficulty: draft.difficulty,
    stem: draft.stem.trim(),
    options: draft.options.map((text, i) => ({ key: keyOf(i), text: text.trim() })),
    answer: sorted(draft.correct).map(keyOf),
    explanation: draft.explanation.trim(),
  };
  const image = draft.image.trim();
  if (image) body.image = image;
  if (retired !== undefined) body.retired = retired;
  return body;
}

/** A stored question as a body for PUT (its bookkeeping left out). */
export function bodyOf(question: BankQuestion, retired: boolean): QuestionBody {
  const body: QuestionBody = {
    id: question.id,
    type: question.type,
    topic: question.topic,
    subtopic: question.subtopic,
    difficulty: question.difficulty,
    stem: question.stem,
    options: question.options,
    answer: question.answer,
    explanation: question.explanation,
    retired,
  };
  if (question.image) body.image = question.image;
  return body;
}

/**
 * The server's field problems (paths like "stem", "/options/2/text", "body.answer") by form field;
 * an option's problem names the option. The first problem of a field wins.
 */
export function serverQuestionErrors(fields: Record<string, string> | undefined): QuestionErrors {
  const errors: QuestionErrors = {};
  for (const [path, message] of Object.entries(fields ?? {})) {
    const parts = path
      .replace(/^(body)?[./]*/, '')
      .split(/[./[\]]+/)
      .filter(Boolean);
    const field = parts[0] as QuestionField | undefined;
    if (!field || field in errors) continue;
    const index = Number(parts[1]);
    errors[field] =
      field === 'options' && Number.isInteger(index) && keyOf(index)
        ? `选项${keyOf(index)}：${message}`
        : message;
  }
  return errors;
}
