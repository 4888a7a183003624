import type { QuestionReport, StaffQuestion } from '@api/quiz';
import { sessionFor } from './complaint-fixtures';

export const staffSession = sessionFor('staff');

export const staffQuestion = (
  serial: number,
  patch: Partial<StaffQuestion> = {},
): StaffQuestion => ({
  id: `q${String(serial).padStart(3, '0')}`,
  type: 'single',
  topic: '识假辨假',
  subtopic: '3C认证',
  difficulty: 1,
  stem: `第${serial}题：下列哪类商品必须有3C认证标志？`,
  options: [
    { key: 'A', text: '电热水壶' },
    { key: 'B', text: '纸巾' },
    { key: 'C', text: '苹果' },
  ],
  answer: ['A'],
  explanation: '电热水壶属于强制性产品认证目录内的家用电器。',
  updatedAt: '2026-03-10T02:00:00.000Z',
  answered: 0,
  openReports: 0,
  ...patch,
});

export const report = (serial: number, patch: Partial<QuestionReport> = {}): QuestionReport => {
  const question = staffQuestion(serial);
  return {
    id: `01JREPORT${String(serial).padStart(17, '0')}`,
    questionId: question.id,
    question: {
      id: question.id,
      type: question.type,
      topic: question.topic,
      subtopic: question.subtopic,
      difficulty: question.difficulty,
      stem: question.stem,
      options: question.options,
      answer: question.answer,
      explanation: question.explanation,
    },
    message: `第${serial}题的答案好像不对`,
    reporterNickname: `答题人${serial}`,
    status: 'open',
    createdAt: '2026-03-15T02:05:00.000Z',
    ...patch,
  };
};
