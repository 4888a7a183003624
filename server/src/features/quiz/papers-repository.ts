import type { Insertable, Kysely, Selectable } from 'kysely';
import { nextCounter } from '../../db/counters';
import type { Database, QuizPaperQuestionsTable, QuizPapersTable } from '../../db/schema';
import { countRows, updatedOne } from './quiz-repository';

/** Papers (quiz_papers) and the questions each one showed (quiz_paper_questions). */

export type PaperRow = Selectable<QuizPapersTable>;

export async function insertPaper(
  db: Kysely<Database>,
  paper: Insertable<QuizPapersTable>,
  questions: Insertable<QuizPaperQuestionsTable>[],
): Promise<void> {
  await db.insertInto('quiz_papers').values(paper).execute();
  await db.insertInto('quiz_paper_questions').values(questions).execute();
}

export function findPaper(db: Kysely<Database>, id: string): Promise<PaperRow | undefined> {
  return db.selectFrom('quiz_papers').selectAll().where('id', '=', id).executeTakeFirst();
}

/** What the paper showed, in paper order. */
export function paperQuestions(db: Kysely<Database>, paperId: string) {
  return db
    .selectFrom('quiz_paper_questions')
    .select(['question_id', 'face', 'correct', 'key_map'])
    .where('paper_id', '=', paperId)
    .orderBy('position')
    .execute();
}

export interface PaperOutcome {
  submitted_at: string;
  correct_count: number;
  score: number;
  seconds: number;
  ranked: number;
  chosen: string;
}

/**
 * Record the result only if the paper is not submitted yet: false when another submission got
 * there first.
 */
export async function markSubmitted(
  db: Kysely<Database>,
  paperId: string,
  outcome: PaperOutcome,
): Promise<boolean> {
  return updatedOne(
    db
      .updateTable('quiz_papers')
      .set(outcome)
      .where('id', '=', paperId)
      .where('submitted_at', 'is', null),
  );
}

/** Mark the paper's questions at these positions right or wrong. */
export async function markAnswers(
  db: Kysely<Database>,
  paperId: string,
  positions: number[],
  right: boolean,
): Promise<void> {
  await db
    .updateTable('quiz_paper_questions')
    .set({ is_correct: right ? 1 : 0 })
    .where('paper_id', '=', paperId)
    .where('position', 'in', positions)
    .execute();
}

/** How many papers the user drew on that (Asia/Shanghai) day. */
export function countPapersOn(db: Kysely<Database>, userId: string, day: string): Promise<number> {
  return countRows(
    db.selectFrom('quiz_papers').where('user_id', '=', userId).where('day', '=', day),
  );
}

/** The user's best submitted paper: highest score, then fewest seconds. */
export function bestResult(db: Kysely<Database>, userId: string) {
  return db
    .selectFrom('quiz_papers')
    .select(['score', 'seconds', 'submitted_at'])
    .where('user_id', '=', userId)
    .where('submitted_at', 'is not', null)
    .orderBy('score', 'desc')
    .orderBy('seconds', 'asc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * The user's next paper number on that day (1, 2, …). Take it inside the drawing's transaction:
 * two draws at once get different numbers, and a rollback gives the number back.
 */
export function nextPaperOfDay(db: Kysely<Database>, userId: string, day: string) {
  return nextCounter(db, `quiz-papers:${userId}:${day}`);
}
