import type {
  ImportBody,
  ImportResult,
  QuestionBody,
  QuestionListQuery,
  QuestionPage,
  QuestionReport,
  ReportPage,
  ReportQueueQuery,
  ReportResolutionBody,
  StaffQuestion,
} from '@api/quiz';
import { request } from '@/services/request';

const questionPath = (id: string) => `/quiz/questions/${encodeURIComponent(id)}`;

/**
 * The staff side of the quiz API (题库 and 题目纠错), one function per route. Callers show
 * the errors themselves (field errors, bad import rows), so no toasts here except on resolve.
 */
export const quizStaffApi = {
  list: (query: QuestionListQuery) =>
    request<QuestionPage>('/quiz/questions', { query, toast: false }),
  get: (id: string) => request<StaffQuestion>(questionPath(id), { toast: false }),
  create: (body: QuestionBody, idempotencyKey: string) =>
    request<StaffQuestion>('/quiz/questions', {
      method: 'POST',
      data: body,
      idempotencyKey,
      toast: false,
    }),
  update: (id: string, body: QuestionBody) =>
    request<StaffQuestion>(questionPath(id), { method: 'PUT', data: body, toast: false }),
  importQuestions: (body: ImportBody) =>
    request<ImportResult>('/quiz/questions/import', { method: 'POST', data: body, toast: false }),
  reports: (query: ReportQueueQuery) =>
    request<ReportPage>('/quiz/question-reports', { query, toast: false }),
  resolve: (id: string, body: ReportResolutionBody) =>
    request<QuestionReport>(`/quiz/question-reports/${encodeURIComponent(id)}/resolution`, {
      method: 'POST',
      data: body,
    }),
};
