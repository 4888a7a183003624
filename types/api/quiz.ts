import { Type, type Static } from '@sinclair/typebox';
import { Ulid } from './common';

const literals = <T extends string>(values: readonly T[]) =>
  Type.Union(values.map((value) => Type.Literal(value)));

/** single: exactly one correct key; multiple: two or more; true-false: options A 对 / B 错. */
export const QUESTION_TYPES = ['single', 'multiple', 'true-false'] as const;
export const QuestionType = literals(QUESTION_TYPES);
export type QuestionType = Static<typeof QuestionType>;

/** The three quiz topics shown to users. */
export const QUIZ_TOPICS = ['识假辨假', '消费者权益', '投诉维权'] as const;
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
  text: Type.String({ minLength: 1, maxLength: 100 }),
});
export type QuestionOption = Static<typeof QuestionOption>;

/** Fields a user sees while answering: the stem and the options, never the answer. */
const questionFace = {
  id: QuestionId,
  type: QuestionType,
  topic: Topic,
  /** Finer grouping inside a topic, e.g. '3C认证', '食品标签', '九项权利', '12315'. */
  subtopic: Type.String({ minLength: 1, maxLength: 20 }),
  difficulty: Difficulty,
  stem: Type.String({ minLength: 1, maxLength: 200 }),
  /** In the bank's natural order; papers shuffle them (true-false options are never shuffled). */
  options: Type.Array(QuestionOption, { minItems: 2, maxItems: 8 }),
  /** Optional illustration (a label, a mark) as an absolute or site-relative URL. */
  image: Type.Optional(Type.String({ maxLength: 500 })),
};

/** A question as stored in the bank (staff and import only; never sent to consumers whole). */
export const BankQuestion = Type.Object({
  ...questionFace,
  /** The correct option keys, in key order. */
  answer: Type.Array(OptionKey, { minItems: 1, maxItems: 8 }),
  /** 1–3 sentences that teach the point, citing the article where there is one. */
  explanation: Type.String({ minLength: 1, maxLength: 300 }),
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

/** The drawn paper. Submitting after expiresAt is refused (409 QUIZ_PAPER_EXPIRED). */
export const Paper = Type.Object({
  paperId: Ulid,
  expiresAt: Type.String({ format: 'date-time' }),
  questions: Type.Array(PaperQuestion, { minItems: 1 }),
});
export type Paper = Static<typeof Paper>;

/** POST /api/v1/quiz/papers/:id/submission params. */
export const PaperParams = Type.Object({ id: Ulid });
export type PaperParams = Static<typeof PaperParams>;

/**
 * POST /api/v1/quiz/papers/:id/submission body: question id → chosen keys.
 * An unanswered question may be left out or given []; it counts as wrong.
 */
export const SubmissionBody = Type.Object({
  answers: Type.Record(QuestionId, Type.Array(OptionKey, { maxItems: 8 })),
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

/** The submission answer: score and a review in paper order. A paper can be submitted once. */
export const SubmissionResult = Type.Object({
  paperId: Ulid,
  /** Number of correct questions out of total. */
  correctCount: Type.Integer({ minimum: 0 }),
  total: Type.Integer({ minimum: 1 }),
  /** 0–100, rounded. */
  score: Type.Integer({ minimum: 0, maximum: 100 }),
  submittedAt: Type.String({ format: 'date-time' }),
  review: Type.Array(ReviewItem),
});
export type SubmissionResult = Static<typeof SubmissionResult>;

/** today: Asia/Shanghai calendar day; event: the configured 3·15 event window; all: all time. */
export const LEADERBOARD_SCOPES = ['today', 'event', 'all'] as const;
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
  papers: Type.Integer({ minimum: 1 }),
});
export type LeaderboardEntry = Static<typeof LeaderboardEntry>;

export const Leaderboard = Type.Object({
  scope: LeaderboardScope,
  entries: Type.Array(LeaderboardEntry),
  /** The caller's own row when signed in, even if outside the list. */
  me: Type.Optional(LeaderboardEntry),
});
export type Leaderboard = Static<typeof Leaderboard>;

/** GET /api/v1/quiz/mistakes — the caller's wrongly answered questions (cursor pagination). */
export const MistakesQuery = Type.Object({
  topic: Type.Optional(Topic),
  cursor: Type.Optional(Type.String({ maxLength: 200 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })),
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

export const MistakePage = Type.Object({
  items: Type.Array(Mistake),
  nextCursor: Type.Optional(Type.String()),
});
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
