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
import { itemPath, load, post } from '@/services/api-calls';
import { request } from '@/services/request';

const QUESTIONS = '/quiz/questions';

/**
 * The staff side of the quiz API (题库 and 题目纠错), one function per route. Callers show
 * the errors themselves (field errors, bad import rows), so no toasts here except on resolve.
 */
export const quizStaffApi = {
  list: (query: QuestionListQuery) => load<QuestionPage>(QUESTIONS, query),
  get: (id: string) => load<StaffQuestion>(itemPath(QUESTIONS, id)),
  create: (body: QuestionBody, idempotencyKey: string) =>
    post<StaffQuestion>(QUESTIONS, body, { idempotencyKey, toast: false }),
  update: (id: string, body: QuestionBody) =>
    request<StaffQuestion>(itemPath(QUESTIONS, id), { method: 'PUT', data: body, toast: false }),
  importQuestions: (body: ImportBody) =>
    post<ImportResult>(`${QUESTIONS}/import`, body, { toast: false }),
  reports: (query: ReportQueueQuery) => load<ReportPage>('/quiz/question-reports', query),
  resolve: (id: string, body: ReportResolutionBody) =>
    post<QuestionReport>(itemPath('/quiz/question-reports', id, '/resolution'), body),
};
