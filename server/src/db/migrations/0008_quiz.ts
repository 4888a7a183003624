import { sql, type Kysely, type SqlBool } from 'kysely';
import {
  createTable,
  dropTables,
  id,
  integer,
  integerNotNull,
  integerZero,
  requiredRef,
  text,
  textNotNull,
  timestamps,
} from './columns';

/**
 * 识假辨假 quiz: the question bank, drawn papers with their questions as shown (options shuffled
 * and relabelled, the correct keys in the shown labels), the 错题本 and "题目有误" reports.
 * A paper question keeps what the user saw, so a later bank edit never changes a paper's score.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createTable(db, 'quiz_questions', {
    columns: {
      id,
      type: textNotNull,
      topic: textNotNull,
      subtopic: textNotNull,
      difficulty: integerNotNull,
      stem: textNotNull,
      options: textNotNull,
      answer: textNotNull,
      explanation: textNotNull,
      image: text,
      retired: integerZero,
      ...timestamps,
      updated_by: text,
    },
    checks: {
      type: sql`type in ('single', 'multiple', 'true-false')`,
      difficulty: sql`difficulty between 1 and 3`,
    },
    indexes: { updated: ['updated_at', 'id'] },
  });

  await createTable(db, 'quiz_papers', {
    columns: {
      id,
      user_id: requiredRef('users.id'),
      topic: text,
      day: textNotNull,
      created_at: textNotNull,
      expires_at: textNotNull,
      total: integerNotNull,
      submitted_at: text,
      correct_count: integer,
      score: integer,
      seconds: integer,
      ranked: integer,
      /** JSON array, in paper order, of the shown keys chosen (one array per question). */
      chosen: text,
    },
    indexes: {
      user_day: ['user_id', 'day'],
      // The leaderboard reads ranked results in a date window.
      ranked: ['ranked', 'day', 'user_id'],
    },
  });

  await createTable(db, 'quiz_paper_questions', {
    columns: {
      paper_id: requiredRef('quiz_papers.id', 'cascade'),
      position: integerNotNull,
      question_id: requiredRef('quiz_questions.id'),
      /** JSON PaperQuestion as shown; `correct` is a JSON array of shown keys. */
      face: textNotNull,
      correct: textNotNull,
      /** Shown key → bank key, e.g. {"A":"C","B":"A"} (the 错题本 speaks bank keys). */
      key_map: textNotNull,
      /** 1 right, 0 wrong, null until submitted: the bank's answer statistics count these. */
      is_correct: integer,
    },
    primaryKey: ['paper_id', 'position'],
    indexes: {
      // Statistics per question without a hot counter row that every submission would lock.
      // Partial: a drawn paper's rows enter it only when submitted, so drawing stays cheap.
      stats: {
        columns: ['question_id', 'is_correct'],
        where: sql<SqlBool>`${sql.ref('is_correct')} is not null`,
      },
    },
  });

  await createTable(db, 'quiz_mistakes', {
    columns: {
      user_id: requiredRef('users.id'),
      question_id: requiredRef('quiz_questions.id'),
      topic: textNotNull,
      /** JSON array of bank keys chosen the last time. */
      last_chosen: textNotNull,
      times_wrong: integerNotNull,
      last_wrong_at: textNotNull,
    },
    primaryKey: ['user_id', 'question_id'],
    indexes: { list: ['user_id', 'last_wrong_at', 'question_id'] },
  });

  await createTable(db, 'quiz_question_reports', {
    columns: {
      id,
      question_id: requiredRef('quiz_questions.id'),
      user_id: requiredRef('users.id'),
      message: textNotNull,
      status: textNotNull,
      created_at: textNotNull,
      resolved_at: text,
      resolved_by: text,
      note: text,
    },
    checks: { status: sql`status in ('open', 'fixed', 'dismissed')` },
    indexes: {
      queue: ['status', 'created_at', 'id'],
      question: ['question_id', 'status'],
    },
  });
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropTables(db, [
    'quiz_question_reports',
    'quiz_mistakes',
    'quiz_paper_questions',
    'quiz_papers',
    'quiz_questions',
  ]);
}
