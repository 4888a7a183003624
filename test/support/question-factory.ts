import type { BankQuestion, QuestionBody } from '@api/quiz';

/**
 * The one quiz bank question every layer's tests start from: a valid single-choice 3C question.
 * Tests override only the fields they are about; client tests assert on these texts.
 */
export const bankQuestion = (patch: Partial<BankQuestion> = {}): BankQuestion => ({
  id: 'q001',
  type: 'single',
  topic: '识假辨假',
  subtopic: '3C认证',
  difficulty: 1,
  stem: '下列哪类商品必须有3C认证标志？',
  options: [
    { key: 'A', text: '电热水壶' },
    { key: 'B', text: '纸巾' },
    { key: 'C', text: '苹果' },
  ],
  answer: ['A'],
  explanation: '电热水壶属于强制性产品认证目录内的家用电器。',
  ...patch,
});

/** The same question as a create body without an id, so the server assigns one. */
export function newQuestionBody(patch: Partial<QuestionBody> = {}): QuestionBody {
  const question: QuestionBody = bankQuestion();
  delete question.id;
  return { ...question, ...patch };
}
