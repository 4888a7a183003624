import { sql, type Insertable, type Kysely } from 'kysely';
import type { Topic } from '@api/quiz';
import type { Database, QuizMistakesTable } from '../../db/schema';
import type { KeysetWindow } from '../../pagination';
import { countRows } from './quiz-repository';
import { keysetPage } from '../../db/pagination';

/** The 错题本 (quiz_mistakes): one row per user and question they got wrong. */

/** Record wrong answers: a question missed again counts once more and keeps the latest answer. */
export async function upsertMistakes(
  db: Kysely<Database>,
  rows: Insertable<QuizMistakesTable>[],
): Promise<void> {
  await db
    .insertInto('quiz_mistakes')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['user_id', 'question_id']).doUpdateSet((eb) => ({
        times_wrong: sql<number>`quiz_mistakes.times_wrong + 1`,
        last_chosen: eb.ref('excluded.last_chosen'),
        last_wrong_at: eb.ref('excluded.last_wrong_at'),
      })),
    )
    .execute();
}

/** The user's mistakes on questions still in the bank (not retired). */
function liveMistakes(db: Kysely<Database>, userId: string) {
  return db
    .selectFrom('quiz_mistakes')
    .innerJoin('quiz_questions', 'quiz_questions.id', 'quiz_mistakes.question_id')
    .where('quiz_mistakes.user_id', '=', userId)
    .where('quiz_questions.retired', '=', 0);
}

export const countMistakes = (db: Kysely<Database>, userId: string) =>
  countRows(liveMistakes(db, userId));

/** Keyset pages with the question, most recently missed first: (last_wrong_at, id) descending. */
export function listMistakes(
  db: Kysely<Database>,
  userId: string,
  topic: Topic | undefined,
  window: KeysetWindow,
) {
  let q = liveMistakes(db, userId)
    .selectAll('quiz_questions')
    .select(['last_chosen', 'times_wrong', 'last_wrong_at']);
  if (topic) q = q.where('quiz_mistakes.topic', '=', topic);
  return keysetPage(
    q,
    ['last_wrong_at', 'quiz_mistakes.question_id'],
    'desc',
    window.after,
    window.limit,
  ).execute();
}

/** False when the question was not in the user's 错题本. */
export async function deleteMistake(
  db: Kysely<Database>,
  userId: string,
  questionId: string,
): Promise<boolean> {
  const removed = await db
    .deleteFrom('quiz_mistakes')
    .where('user_id', '=', userId)
    .where('question_id', '=', questionId)
    .executeTakeFirst();
  return Number(removed.numDeletedRows) !== 0;
}
