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

/** One problem with one question; index is its position in the bank. */
export interface BankProblem {
  index: number;
  questionId: string;
  code: BankProblemCode;
  message: string;
}

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
      problems.push({ index, questionId: q.id, code, message });

    const first = seen.get(q.id);
    if (first !== undefined) add('duplicate-id', `id ${q.id} already used by question #${first}`);
    else seen.set(q.id, index);

    const stem = (q.stem ?? '').trim();
    if (stem.length === 0) add('empty-stem', 'stem is empty');
    if (stem.length > MAX_STEM_LENGTH)
      add('stem-too-long', `stem has ${stem.length} characters (max ${MAX_STEM_LENGTH})`);

    const options = q.options ?? [];
    if (options.length < 2) add('too-few-options', 'a question needs at least 2 options');
    const keys = options.map((opt) => opt.key);
    const outOfOrder = keys.findIndex((key, i) => key !== expectedKey(i));
    if (outOfOrder >= 0)
      add(
        'option-keys-out-of-order',
        `option keys must be A, B, C … in order; got ${keys.join(', ')}`,
      );
    options.forEach((opt) => {
      if ((opt.text ?? '').trim().length === 0) add('empty-option', `option ${opt.key} is empty`);
    });

    const answer = q.answer ?? [];
    if (answer.length === 0) add('empty-answer', 'answer lists no keys');
    if (new Set(answer).size !== answer.length)
      add('duplicate-answer-key', `answer repeats a key: ${answer.join(', ')}`);
    const unknown = answer.filter((key) => !keys.includes(key));
    if (unknown.length > 0)
      add('unknown-answer-key', `answer keys not among the options: ${unknown.join(', ')}`);

    const distinct = new Set(answer).size;
    switch (q.type) {
      case 'single':
        if (distinct !== 1) add('single-answer-count', `single needs 1 answer, has ${distinct}`);
        break;
      case 'true-false': {
        const ok =
          options.length === 2 &&
          options[0]?.key === 'A' &&
          options[0]?.text === '对' &&
          options[1]?.key === 'B' &&
          options[1]?.text === '错';
        if (!ok) add('true-false-options', 'true-false options must be exactly A 对, B 错');
        if (distinct !== 1)
          add('true-false-answer-count', `true-false needs 1 answer, has ${distinct}`);
        break;
      }
      case 'multiple':
        if (distinct < 2)
          add('multiple-answer-count', `multiple needs at least 2 answers, has ${distinct}`);
        break;
    }

    if ((q.explanation ?? '').trim().length === 0) add('empty-explanation', 'explanation is empty');
  });

  return problems;
}
