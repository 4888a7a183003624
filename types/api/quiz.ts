import { Type, type Static } from '@sinclair/typebox';
import {
  LEADERBOARD_SCOPES,
  MIN_PLAUSIBLE_SECONDS,
  QUESTION_TYPES,
  QUESTION_LIMITS as LIMITS,
  QUIZ_TOPICS,
} from '../../src/domain/quiz-vocabulary';
import { PagedQuery, literals, PageWithOptionalCursor, Ulid, UlidParams } from './common';

export { LEADERBOARD_SCOPES, MIN_PLAUSIBLE_SECONDS, QUESTION_TYPES, QUIZ_TOPICS };

/**
 * 识假辨假 quiz. Routes under /api/v1/quiz:
 *   GET  /me                          rules and the caller's day (signed in)
 *   POST /papers                      draw a paper (signed in, Idempotency-Key)
 *   POST /papers/:id/submission       submit answers → score and review (Idempotency-Key)
 *   GET  /papers/:id/submission       the stored result of one's own paper
 *   GET  /leaderboard?scope=          public; `me` when signed in
 *   GET  /mistakes, DELETE /mistakes/:questionId   the caller's 错题本
 *   POST /question-reports            "题目有误" (signed in)
 *   GET  /qrcode                      PNG QR code back to the quiz (share poster)
 *   staff: GET/POST /questions, GET/PUT /questions/:id, POST /questions/import,
 *          GET /question-reports, POST /question-reports/:id/resolution
 */

export const QuestionType = literals(QUESTION_TYPES);
export type QuestionType = Static<typeof QuestionType>;

export const Topic = literals(QUIZ_TOPICS);
export type Topic = Static<typeof Topic>;

/** 1 easy, 2 medium, 3 hard. */
export const Difficulty = Type.Union([Type.Literal(1), Type.Literal(2), Type.Literal(3)]);
export type Difficulty = Static<typeof Difficulty>;

/** Option keys are capital letters in order: A, B, C … (at most H). */
export const OptionKey = Type.String({ pattern: '^[A-H]$' });
export type OptionKey = Static<typeof OptionKey>;

/** Question ids are stable across bank versions: 'q001' for the built-in bank, any slug for imports. */
export const QuestionId = Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,39}$' });

export const QuestionOption = Type.Object({
  key: OptionKey,
  text: Type.String({ minLength: 1, maxLength: LIMITS.option }),
});
export type QuestionOption = Static<typeof QuestionOption>;

/** Fields a user sees while answering: the stem and the options, never the answer. */
const questionFace = {
  id: QuestionId,
  type: QuestionType,
  topic: Topic,
  /** Finer grouping inside a topic, e.g. '3C认证', '食品标签', '九项权利', '12315'. */
  subtopic: Type.String({ minLength: 1, maxLength: LIMITS.subtopic }),
  difficulty: Difficulty,
  stem: Type.String({ minLength: 1, maxLength: LIMITS.stem }),
  /** In the bank's natural order; papers shuffle them (true-false options are never shuffled). */
  options: Type.Array(QuestionOption, { minItems: 2, maxItems: 8 }),
  /** Optional illustration (a label, a mark) as an absolute or site-relative URL. */
  image: Type.Optional(Type.String({ maxLength: LIMITS.image })),
};

/** A question as stored in the bank (staff and import only; never sent to consumers whole). */
export const BankQuestion = Type.Object({
  ...questionFace,
  /** The correct option keys, in key order. */
  answer: Type.Array(OptionKey, { minItems: 1, maxItems: 8 }),
  /** 1–3 sentences that teach the point, citing the article where there is one. */
  explanation: Type.String({ minLength: 1, maxLength: LIMITS.explanation }),
  /** Retired questions stay in the bank (old papers and mistakes refer to them) but are not drawn. */
  retired: Type.Optional(Type.Boolean()),
});
export type BankQuestion = Static<typeof BankQuestion>;

/** A question as it appears on a paper: structurally without answer or explanation. */
export const PaperQuestion = Type.Object(questionFace, { additionalProperties: false });
export type PaperQuestion = Static<typeof PaperQuestion>;

/** POST /api/v1/quiz/papers — draw a paper; optionally restricted to one topic. */
export const CreatePaperBody = Type.Object({
  topic: Type.Optional(Topic),
});
export type CreatePaperBody = Static<typeof CreatePaperBody>;

/**
 * The drawn paper. Options are shuffled and relabelled A, B, C … in the order shown.
 * Submitting after expiresAt is refused (409 QUIZ_PAPER_EXPIRED); the client counts down
 * durationSeconds from receipt, so a wrong phone clock does not matter.
 * More papers than the daily limit: 409 QUIZ_DAILY_LIMIT.
 */
export const Paper = Type.Object({
  paperId: Ulid,
  expiresAt: Type.String({ format: 'date-time' }),
  durationSeconds: Type.Integer({ minimum: 1 }),
  /** Papers the caller may still draw today after this one. */
  remainingToday: Type.Integer({ minimum: 0 }),
  questions: Type.Array(PaperQuestion, { minItems: 1 }),
});
export type Paper = Static<typeof Paper>;

/** POST /api/v1/quiz/papers/:id/submission params. */
export const PaperParams = UlidParams;
export type PaperParams = Static<typeof PaperParams>;

/**
 * POST /api/v1/quiz/papers/:id/submission body: question id → chosen keys.
 * An unanswered question may be left out or given []; it counts as wrong.
 */
export const SubmissionBody = Type.Object({
  answers: Type.Record(QuestionId, Type.Array(OptionKey, { maxItems: 8 }), { maxProperties: 50 }),
});
export type SubmissionBody = Static<typeof SubmissionBody>;

/** One question after submission: what was chosen, what is right, and why. */
export const ReviewItem = Type.Object({
  question: PaperQuestion,
  chosen: Type.Array(OptionKey),
  correct: Type.Array(OptionKey),
  /** Exactly the same set of keys as correct (multiple: no partial credit). */
  isCorrect: Type.Boolean(),
  explanation: Type.String(),
});
export type ReviewItem = Static<typeof ReviewItem>;

/**
 * The submission answer: score and a review in paper order. A paper can be submitted once
 * (again: 409 QUIZ_ALREADY_SUBMITTED; the same Idempotency-Key replays the first answer);
 * GET /api/v1/quiz/papers/:id/submission reads it back (404 QUIZ_NOT_SUBMITTED before).
 * Someone else's paper: 404 QUIZ_PAPER_NOT_FOUND.
 */
export const SubmissionResult = Type.Object({
  paperId: Ulid,
  /** Number of correct questions out of total. */
  correctCount: Type.Integer({ minimum: 0 }),
  total: Type.Integer({ minimum: 1 }),
  /** 0–100, rounded. */
  score: Type.Integer({ minimum: 0, maximum: 100 }),
  submittedAt: Type.String({ format: 'date-time' }),
  /** Seconds from drawing the paper to submitting it. */
  secondsUsed: Type.Integer({ minimum: 0 }),
  /**
   * false when the result is implausible (finished faster than anyone can read the paper:
   * under MIN_PLAUSIBLE_SECONDS); the score stands but the leaderboard ignores it.
   */
  ranked: Type.Boolean(),
  review: Type.Array(ReviewItem),
});
export type SubmissionResult = Static<typeof SubmissionResult>;

export const LeaderboardScope = literals(LEADERBOARD_SCOPES);
export type LeaderboardScope = Static<typeof LeaderboardScope>;

/** GET /api/v1/quiz/leaderboard?scope=today|event|all */
export const LeaderboardQuery = Type.Object({
  scope: Type.Optional(LeaderboardScope),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })),
});
export type LeaderboardQuery = Static<typeof LeaderboardQuery>;

/** A leaderboard row shows a nickname only (no phone, no real name; 个人信息保护法). */
export const LeaderboardEntry = Type.Object({
  rank: Type.Integer({ minimum: 1 }),
  nickname: Type.String(),
  avatarUrl: Type.Optional(Type.String()),
  /** Best score in the scope, then fewer seconds used, then earlier submission. */
  bestScore: Type.Integer({ minimum: 0, maximum: 100 }),
  /** Seconds used on the best paper. */
  seconds: Type.Integer({ minimum: 0 }),
  /** Ranked papers in the scope. */
  papers: Type.Integer({ minimum: 1 }),
});
export type LeaderboardEntry = Static<typeof LeaderboardEntry>;

export const Leaderboard = Type.Object({
  scope: LeaderboardScope,
  /** The window of the scope as Asia/Shanghai dates (absent for all). */
  from: Type.Optional(Type.String({ format: 'date' })),
  to: Type.Optional(Type.String({ format: 'date' })),
  entries: Type.Array(LeaderboardEntry),
  /** The caller's own row when signed in, even if outside the list. */
  me: Type.Optional(LeaderboardEntry),
});
export type Leaderboard = Static<typeof Leaderboard>;

/** GET /api/v1/quiz/mistakes — the caller's wrongly answered questions (cursor pagination). */
export const MistakesQuery = PagedQuery({
  topic: Type.Optional(Topic),
});
export type MistakesQuery = Static<typeof MistakesQuery>;

/** A mistake: the question with its answer and explanation (already seen in the review). */
export const Mistake = Type.Object({
  question: PaperQuestion,
  lastChosen: Type.Array(OptionKey),
  correct: Type.Array(OptionKey),
  explanation: Type.String(),
  timesWrong: Type.Integer({ minimum: 1 }),
  lastWrongAt: Type.String({ format: 'date-time' }),
});
export type Mistake = Static<typeof Mistake>;

export const MistakePage = PageWithOptionalCursor(Mistake);
export type MistakePage = Static<typeof MistakePage>;

/** POST /api/v1/quiz/question-reports — "题目有误": a user reports a wrong or unclear question. */
export const QuestionReportBody = Type.Object({
  questionId: QuestionId,
  message: Type.String({ minLength: 2, maxLength: 500 }),
});
export type QuestionReportBody = Static<typeof QuestionReportBody>;

export const QuestionReportCreated = Type.Object({
  id: Ulid,
  createdAt: Type.String({ format: 'date-time' }),
});
export type QuestionReportCreated = Static<typeof QuestionReportCreated>;

/** GET /api/v1/quiz/me — the rules and the caller's day, for the quiz landing page. */
export const QuizStatus = Type.Object({
  questionsPerPaper: Type.Integer({ minimum: 1 }),
  paperSeconds: Type.Integer({ minimum: 1 }),
  dailyPapers: Type.Integer({ minimum: 1 }),
  usedToday: Type.Integer({ minimum: 0 }),
  /** Questions drawable per topic (retired ones excluded). */
  topics: Type.Array(Type.Object({ topic: Topic, questions: Type.Integer({ minimum: 0 }) })),
  mistakes: Type.Integer({ minimum: 0 }),
  best: Type.Optional(
    Type.Object({ score: Type.Integer(), seconds: Type.Integer(), submittedAt: Type.String() }),
  ),
});
export type QuizStatus = Static<typeof QuizStatus>;

/** DELETE /api/v1/quiz/mistakes/:questionId — mastered: remove it from the 错题本. */
export const MistakeParams = Type.Object({ questionId: QuestionId });
export type MistakeParams = Static<typeof MistakeParams>;

// ─── Staff: the bank and the error-report queue ────────────────────────────────

export const QUESTION_STATUSES = ['active', 'retired'] as const;
export const QuestionStatus = literals(QUESTION_STATUSES);
export type QuestionStatus = Static<typeof QuestionStatus>;

/** GET /api/v1/quiz/questions (staff): filter and search the bank, newest edits first. */
export const QuestionListQuery = PagedQuery({
  topic: Type.Optional(Topic),
  status: Type.Optional(QuestionStatus),
  /** Substring of the stem or id. */
  q: Type.Optional(Type.String({ maxLength: 40 })),
});
export type QuestionListQuery = Static<typeof QuestionListQuery>;

/** A bank question with its bookkeeping, as staff see it. */
export const StaffQuestion = Type.Intersect([
  BankQuestion,
  Type.Object({
    updatedAt: Type.String({ format: 'date-time' }),
    /** Times drawn on a submitted paper, and how often answered correctly (0–100). */
    answered: Type.Integer({ minimum: 0 }),
    correctRate: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
    openReports: Type.Integer({ minimum: 0 }),
  }),
]);
export type StaffQuestion = Static<typeof StaffQuestion>;

export const QuestionPage = PageWithOptionalCursor(StaffQuestion);
export type QuestionPage = Static<typeof QuestionPage>;

/**
 * POST /api/v1/quiz/questions (create; id optional, generated when absent) and
 * PUT /api/v1/quiz/questions/:id (replace; retired: true retires, false restores).
 * The same rules as an import; a broken question is 400 QUIZ_QUESTION_INVALID with fields.
 */
export const QuestionBody = Type.Composite([
  Type.Omit(BankQuestion, ['id']),
  Type.Object({ id: Type.Optional(QuestionId) }),
]);
export type QuestionBody = Static<typeof QuestionBody>;

export const QuestionParams = Type.Object({ id: QuestionId });
export type QuestionParams = Static<typeof QuestionParams>;

export const IMPORT_FORMATS = ['json', 'csv'] as const;

/**
 * POST /api/v1/quiz/questions/import (staff): a JSON array of BankQuestion, or CSV with the
 * header id,type,topic,subtopic,difficulty,stem,A,B,C,D,E,F,G,H,answer,explanation,image
 * (type 单选/多选/判断 or single/multiple/true-false; answer like "AC"; 判断: answer 对/错).
 * All or nothing: any bad row → 400 QUIZ_IMPORT_INVALID with every problem of every row in
 * fields, keyed row.column: { "第3行.type": reason, "第3行.answer": reason } (JSON: "第2题.stem").
 * dryRun checks and counts without writing.
 */
export const ImportBody = Type.Object({
  format: literals(IMPORT_FORMATS),
  content: Type.String({ minLength: 1, maxLength: LIMITS.importChars }),
  dryRun: Type.Optional(Type.Boolean()),
});
export type ImportBody = Static<typeof ImportBody>;

export const ImportResult = Type.Object({
  dryRun: Type.Boolean(),
  /** New ids, changed questions, and rows identical to the bank. */
  created: Type.Integer({ minimum: 0 }),
  updated: Type.Integer({ minimum: 0 }),
  unchanged: Type.Integer({ minimum: 0 }),
});
export type ImportResult = Static<typeof ImportResult>;

export const REPORT_STATUSES = ['open', 'fixed', 'dismissed'] as const;
export const ReportStatus = literals(REPORT_STATUSES);
export type ReportStatus = Static<typeof ReportStatus>;

/** GET /api/v1/quiz/question-reports (staff): default status=open, oldest first. */
export const ReportQueueQuery = PagedQuery({
  status: Type.Optional(ReportStatus),
});
export type ReportQueueQuery = Static<typeof ReportQueueQuery>;

export const QuestionReport = Type.Object({
  id: Ulid,
  questionId: QuestionId,
  /** The question as it is now (staff fix it with PUT /quiz/questions/:id). */
  question: BankQuestion,
  message: Type.String(),
  reporterNickname: Type.String(),
  status: ReportStatus,
  createdAt: Type.String({ format: 'date-time' }),
  resolvedAt: Type.Optional(Type.String({ format: 'date-time' })),
  note: Type.Optional(Type.String()),
});
export type QuestionReport = Static<typeof QuestionReport>;

export const ReportPage = PageWithOptionalCursor(QuestionReport);
export type ReportPage = Static<typeof ReportPage>;

/** POST /api/v1/quiz/question-reports/:id/resolution (staff): fixed or dismissed, with a note. */
export const ReportResolutionBody = Type.Object({
  status: literals(['fixed', 'dismissed'] as const),
  note: Type.Optional(Type.String({ maxLength: LIMITS.note })),
});
export type ReportResolutionBody = Static<typeof ReportResolutionBody>;

export const ReportParams = UlidParams;
