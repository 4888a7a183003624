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
import { itemPath, load, post } from '@/services/api-calls';
import { request } from '@/services/request';

const submissionPath = (id: string) => itemPath('/quiz/papers', id, '/submission');

/** The consumer side of the 识假辨假 quiz API, one function per route. */
export const quizApi = {
  status: () => load<QuizStatus>('/quiz/me'),
  /** Draws a paper; the caller shows QUIZ_DAILY_LIMIT itself. */
  draw: (body: CreatePaperBody) => post<Paper>('/quiz/papers', body, { toast: false }),
  /** One key per paper draft, so a resubmission after a lost answer replays the first. */
  submit: (id: string, body: SubmissionBody, idempotencyKey: string) =>
    post<SubmissionResult>(submissionPath(id), body, { idempotencyKey, toast: false }),
  result: (id: string) => load<SubmissionResult>(submissionPath(id)),
  leaderboard: (scope: LeaderboardScope, limit = 50) =>
    load<Leaderboard>('/quiz/leaderboard', { scope, limit }),
  mistakes: (topic: Topic | undefined, cursor?: string, limit = 10) =>
    load<MistakePage>('/quiz/mistakes', { topic, cursor, limit }),
  removeMistake: (questionId: string) =>
    request<void>(itemPath('/quiz/mistakes', questionId), { method: 'DELETE' }),
  report: (body: QuestionReportBody) => post<QuestionReportCreated>('/quiz/question-reports', body),
  /** The poster's QR code (PNG), relative to the API prefix. */
  qrcodePath: () => '/quiz/qrcode',
};
