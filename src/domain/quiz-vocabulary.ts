/**
 * The quiz vocabulary as plain values, shared by the app and the server: the mini-program
 * imports them without pulling TypeBox into its bundle, and types/api/quiz.ts builds its
 * schemas from them.
 */

/** single: exactly one correct key; multiple: two or more; true-false: options A 对 / B 错. */
export const QUESTION_TYPES = ['single', 'multiple', 'true-false'] as const;
export type QuestionTypeName = (typeof QUESTION_TYPES)[number];

export const QUESTION_TYPE_LABELS: Record<QuestionTypeName, string> = {
  single: '单选',
  multiple: '多选',
  'true-false': '判断',
};

/** The three quiz topics shown to users. */
export const QUIZ_TOPICS = ['识假辨假', '消费者权益', '投诉维权'] as const;

export const DIFFICULTY_LABELS = { 1: '易', 2: '中', 3: '难' } as const;

/** Option keys in order; a question has 2 to 8 options. */
export const OPTION_KEYS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const;

/** The fixed options of every true-false (判断) question, as A and B. */
export const TRUE_FALSE_TEXTS = ['对', '错'] as const;

/** today: Asia/Shanghai calendar day; event: the county's campaign window; all: all time. */
export const LEADERBOARD_SCOPES = ['today', 'event', 'all'] as const;

/** Fewer seconds than this for a whole paper is not a plausible reading: not ranked. */
export const MIN_PLAUSIBLE_SECONDS = 10;

/**
 * The question-import CSV header. type may be written 单选/多选/判断, difficulty 易/中/难,
 * a 判断 answer 对/错; E–H and image may be left out.
 */
export const IMPORT_CSV_COLUMNS = [
  'id',
  'type',
  'topic',
  'subtopic',
  'difficulty',
  'stem',
  ...OPTION_KEYS,
  'answer',
  'explanation',
  'image',
] as const;

/** The columns an import CSV must have: all but the options (判断 may leave A/B out) and image. */
export const REQUIRED_CSV_COLUMNS: readonly string[] = IMPORT_CSV_COLUMNS.filter(
  (column) => column !== 'image' && !(OPTION_KEYS as readonly string[]).includes(column),
);

/** Text lengths (code points) of a bank question and the staff inputs: the contract reads them too. */
export const QUESTION_LIMITS = {
  subtopic: 20,
  stem: 200,
  option: 100,
  explanation: 300,
  image: 500,
  /** A staff note resolving an error report. */
  note: 200,
  /** Characters of one import (JSON or CSV). */
  importChars: 1_000_000,
} as const;
