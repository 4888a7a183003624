import type {
  CreatePaperBody,
  Leaderboard,
  LeaderboardScope,
  MistakePage,
  Paper,
  QuestionReportBody,
  QuestionReportCreated,
  QuizStatus,
  SubmissionBody,
  SubmissionResult,
  Topic,
} from '@api/quiz';
import { request } from '@/services/request';

const paperPath = (id: string) => `/quiz/papers/${encodeURIComponent(id)}`;

/** The consumer side of the 识假辨假 quiz API, one function per route. */
export const quizApi = {
  status: () => request<QuizStatus>('/quiz/me', { toast: false }),
  /** Draws a paper; the caller shows QUIZ_DAILY_LIMIT itself. */
  draw: (body: CreatePaperBody) =>
    request<Paper>('/quiz/papers', { method: 'POST', data: body, toast: false }),
  /** One key per paper draft, so a resubmission after a lost answer replays the first. */
  submit: (id: string, body: SubmissionBody, idempotencyKey: string) =>
    request<SubmissionResult>(`${paperPath(id)}/submission`, {
      method: 'POST',
      data: body,
      idempotencyKey,
      toast: false,
    }),
  result: (id: string) =>
    request<SubmissionResult>(`${paperPath(id)}/submission`, { toast: false }),
  leaderboard: (scope: LeaderboardScope, limit = 50) =>
    request<Leaderboard>('/quiz/leaderboard', { query: { scope, limit }, toast: false }),
  mistakes: (topic: Topic | undefined, cursor?: string, limit = 10) =>
    request<MistakePage>('/quiz/mistakes', { query: { topic, cursor, limit }, toast: false }),
  removeMistake: (questionId: string) =>
    request<void>(`/quiz/mistakes/${encodeURIComponent(questionId)}`, { method: 'DELETE' }),
  report: (body: QuestionReportBody) =>
    request<QuestionReportCreated>('/quiz/question-reports', { method: 'POST', data: body }),
  /** The poster's QR code (PNG), relative to the API prefix. */
  qrcodePath: () => '/quiz/qrcode',
};
