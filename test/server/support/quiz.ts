import type { OptionKey, Paper, SubmissionResult } from '@api/quiz';
import { bearer, type TestApp } from './app';

/** Draw a paper as this user (201 expected). */
export async function drawPaper(t: TestApp, token: string, body: object = {}): Promise<Paper> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/quiz/papers',
    headers: bearer(token),
    payload: body,
  });
  if (res.statusCode !== 201) throw new Error(`draw failed: ${res.statusCode} ${res.body}`);
  return res.json<Paper>();
}

/** The correct shown keys of each question on a paper, read from the database (never the API). */
export async function answerKey(t: TestApp, paperId: string): Promise<Record<string, OptionKey[]>> {
  const rows = await t.db.db
    .selectFrom('quiz_paper_questions')
    .select(['question_id', 'correct'])
    .where('paper_id', '=', paperId)
    .execute();
  return Object.fromEntries(rows.map((r) => [r.question_id, JSON.parse(r.correct)]));
}

export function submit(t: TestApp, token: string, paperId: string, answers: object, headers = {}) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/quiz/papers/${paperId}/submission`,
    headers: { ...bearer(token), ...headers },
    payload: { answers },
  });
}

/** Answers with exactly `right` questions correct (the first ones) and the rest wrong. */
export async function answersScoring(
  t: TestApp,
  paper: Paper,
  right: number,
): Promise<Record<string, OptionKey[]>> {
  const key = await answerKey(t, paper.paperId);
  return Object.fromEntries(
    paper.questions.map((q, i) => {
      if (i < right) return [q.id, key[q.id]];
      const wrong = q.options.map((o) => o.key).find((k) => !key[q.id].includes(k)) as OptionKey;
      return [q.id, [wrong]];
    }),
  );
}

export type { SubmissionResult };
