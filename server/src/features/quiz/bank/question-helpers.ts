import type { QuestionOption } from '@api/quiz';

/** Options keyed A, B, C … in the order given. */
export const o = (...texts: string[]): QuestionOption[] =>
  texts.map((text, i) => ({ key: String.fromCharCode(65 + i), text }));

/** The fixed options of every true-false question. */
export const TF: QuestionOption[] = o('对', '错');
export const TRUE = ['A'];
export const FALSE = ['B'];
