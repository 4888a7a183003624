import type { BankQuestion } from '@api/quiz';

/** Longest stem a phone screen shows comfortably. */
export const MAX_STEM_LENGTH = 200;

export type BankProblemCode =
  | 'duplicate-id'
  | 'empty-stem'
  | 'stem-too-long'
  | 'too-few-options'
  | 'option-keys-out-of-order'
  | 'empty-option'
  | 'empty-answer'
  | 'duplicate-answer-key'
  | 'unknown-answer-key'
  | 'true-false-options'
  | 'single-answer-count'
  | 'true-false-answer-count'
  | 'multiple-answer-count'
  | 'empty-explanation';

/** One problem with one question; index is its position in the bank; field is the form field. */
export interface BankProblem {
  index: number;
  questionId: string;
  code: BankProblemCode;
  field: 'id' | 'stem' | 'options' | 'answer' | 'explanation';
  /** Chinese, shown to staff. */
  message: string;
}

const FIELD_OF: Record<BankProblemCode, BankProblem['field']> = {
  'duplicate-id': 'id',
  'empty-stem': 'stem',
  'stem-too-long': 'stem',
  'too-few-options': 'options',
  'option-keys-out-of-order': 'options',
  'empty-option': 'options',
  'true-false-options': 'options',
  'empty-answer': 'answer',
  'duplicate-answer-key': 'answer',
  'unknown-answer-key': 'answer',
  'single-answer-count': 'answer',
  'true-false-answer-count': 'answer',
  'multiple-answer-count': 'answer',
  'empty-explanation': 'explanation',
};

const expectedKey = (i: number) => String.fromCharCode(65 + i);

/**
 * Checks a question bank (the built-in one or an imported one) and lists every problem found.
 * Pure: no I/O, never throws for a malformed question; an empty list means the bank is valid.
 */
export function validateBank(questions: readonly BankQuestion[]): BankProblem[] {
  const problems: BankProblem[] = [];
  const seen = new Map<string, number>();

  questions.forEach((q, index) => {
    const add = (code: BankProblemCode, message: string) =>
      problems.push({ index, questionId: q.id, code, field: FIELD_OF[code], message });

    const first = seen.get(q.id);
    if (first !== undefined) add('duplicate-id', `编号 ${q.id} 与第${first + 1}题重复`);
    else seen.set(q.id, index);

    const stem = (q.stem ?? '').trim();
    if (stem.length === 0) add('empty-stem', '题干不能为空');
    if (stem.length > MAX_STEM_LENGTH)
      add('stem-too-long', `题干 ${stem.length} 字，最多 ${MAX_STEM_LENGTH} 字`);

    const options = q.options ?? [];
    if (options.length < 2) add('too-few-options', '至少需要 2 个选项');
    const keys = options.map((opt) => opt.key);
    const outOfOrder = keys.findIndex((key, i) => key !== expectedKey(i));
    if (outOfOrder >= 0)
      add('option-keys-out-of-order', `选项须依次为 A、B、C…，现为 ${keys.join('、')}`);
    options.forEach((opt) => {
      if ((opt.text ?? '').trim().length === 0) add('empty-option', `选项 ${opt.key} 为空`);
    });

    const answer = q.answer ?? [];
    if (answer.length === 0) add('empty-answer', '未设置正确答案');
    if (new Set(answer).size !== answer.length)
      add('duplicate-answer-key', `答案中有重复选项：${answer.join('、')}`);
    const unknown = answer.filter((key) => !keys.includes(key));
    if (unknown.length > 0) add('unknown-answer-key', `答案 ${unknown.join('、')} 不在选项中`);

    const distinct = new Set(answer).size;
    switch (q.type) {
      case 'single':
        if (distinct !== 1)
          add('single-answer-count', `单选题只能有 1 个正确答案，现有 ${distinct} 个`);
        break;
      case 'true-false': {
        const ok =
          options.length === 2 &&
          options[0]?.key === 'A' &&
          options[0]?.text === '对' &&
          options[1]?.key === 'B' &&
          options[1]?.text === '错';
        if (!ok) add('true-false-options', '判断题的选项必须是 A 对、B 错');
        if (distinct !== 1)
          add('true-false-answer-count', `判断题只能有 1 个正确答案，现有 ${distinct} 个`);
        break;
      }
      case 'multiple':
        if (distinct < 2)
          add('multiple-answer-count', `多选题至少需要 2 个正确答案，现有 ${distinct} 个`);
        break;
    }

    if ((q.explanation ?? '').trim().length === 0) add('empty-explanation', '解析不能为空');
  });

  return problems;
}
