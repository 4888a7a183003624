import type { QuestionReport, StaffQuestion } from '@api/quiz';
import { sessionFor } from './complaints-fixtures';
import { bankQuestion } from '../../support/question-factory';

export const staffSession = sessionFor('staff');

export const staffQuestion = (
  serial: number,
  patch: Partial<StaffQuestion> = {},
): StaffQuestion => ({
  ...bankQuestion({
    id: `q${String(serial).padStart(3, '0')}`,
    stem: `第${serial}题：${bankQuestion().stem}`,
  }),
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
