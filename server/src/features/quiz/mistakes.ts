import type { MistakePage, MistakesQuery } from '@api/quiz';
import type { AppDeps } from '../../deps';
import { decodeCursor, pageOf } from '../../pagination';
import { notFound } from '../../plugins/app-error';
import { faceOf, fromQuestionRow } from './question-row';

type Deps = Pick<AppDeps, 'db'>;

/** The caller's 错题本, most recently missed first, with answers and explanations. */
export async function mistakes(
  deps: Deps,
  userId: string,
  query: MistakesQuery,
): Promise<MistakePage> {
  const limit = query.limit ?? 20;
  let q = deps.db.db
    .selectFrom('quiz_mistakes')
    .innerJoin('quiz_questions', 'quiz_questions.id', 'quiz_mistakes.question_id')
    .selectAll('quiz_questions')
    .select(['last_chosen', 'times_wrong', 'last_wrong_at'])
    .where('quiz_mistakes.user_id', '=', userId)
    .where('quiz_questions.retired', '=', 0);
  if (query.topic) q = q.where('quiz_mistakes.topic', '=', query.topic);
  if (query.cursor) {
    const [at, id] = decodeCursor<[string, string]>(query.cursor, ['string', 'string']);
    q = q.where((eb) =>
      eb.or([
        eb('last_wrong_at', '<', at),
        eb.and([eb('last_wrong_at', '=', at), eb('quiz_mistakes.question_id', '<', id)]),
      ]),
    );
  }
  const rows = await q
    .orderBy('last_wrong_at', 'desc')
    .orderBy('quiz_mistakes.question_id', 'desc')
    .limit(limit + 1)
    .execute();
  const page = pageOf(rows, limit, (r) => [r.last_wrong_at, r.id]);
  return {
    items: page.rows.map((row) => {
      const question = fromQuestionRow(row);
      return {
        question: faceOf(question),
        lastChosen: JSON.parse(row.last_chosen),
        correct: question.answer,
        explanation: question.explanation,
        timesWrong: Number(row.times_wrong),
        lastWrongAt: row.last_wrong_at,
      };
    }),
    ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
  };
}

/** Mastered: out of the 错题本 (a later wrong answer brings it back). */
export async function removeMistake(deps: Deps, userId: string, questionId: string) {
  const removed = await deps.db.db
    .deleteFrom('quiz_mistakes')
    .where('user_id', '=', userId)
    .where('question_id', '=', questionId)
    .executeTakeFirst();
  if (Number(removed.numDeletedRows) === 0) {
    throw notFound('QUIZ_MISTAKE_NOT_FOUND', '错题本中没有这道题');
  }
}
