import type { MistakePage, MistakesQuery } from '@api/quiz';
import type { AppDeps } from '../../deps';
import { stringKeysetPage } from '../../pagination';
import { notFound } from '../../plugins/app-error';
import { deleteMistake, listMistakes } from './mistakes-repository';
import { faceOf, fromQuestionRow } from './question-row';

type Deps = Pick<AppDeps, 'db'>;

/** The caller's 错题本, most recently missed first, with answers and explanations. */
export async function mistakes(
  deps: Deps,
  userId: string,
  query: MistakesQuery,
): Promise<MistakePage> {
  const page = await stringKeysetPage(
    query,
    (window) => listMistakes(deps.db.db, userId, query.topic, window),
    (r) => [r.last_wrong_at, r.id],
  );
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
  if (!(await deleteMistake(deps.db.db, userId, questionId))) {
    throw notFound('QUIZ_MISTAKE_NOT_FOUND', '错题本中没有这道题');
  }
}
