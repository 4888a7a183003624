import type { OptionKey, PaperQuestion } from '@api/quiz';

export interface ScoredItem {
  chosen: OptionKey[];
  isCorrect: boolean;
}

/** Chosen keys in key order without repeats, so "CA" and "AC" are the same answer. */
const normalise = (keys: readonly OptionKey[]) => [...new Set(keys)].sort();

/**
 * Problems with the submitted answers, as field path → Chinese reason: a question not on the
 * paper, a key not among its options, or more than one key for a single or true-false question.
 */
export function answerProblems(
  faces: readonly PaperQuestion[],
  answers: Record<string, readonly OptionKey[]>,
): Record<string, string> {
  const byId = new Map(faces.map((f) => [f.id, f]));
  const problems: Record<string, string> = {};
  for (const [id, keys] of Object.entries(answers)) {
    const face = byId.get(id);
    const path = `answers.${id}`;
    if (!face) problems[path] = '该题不在这份试卷上';
    else if (keys.some((k) => !face.options.some((o) => o.key === k)))
      problems[path] = '所选选项不在该题中';
    else if (face.type !== 'multiple' && new Set(keys).size > 1)
      problems[path] = '单选题和判断题只能选一个答案';
  }
  return problems;
}

/**
 * Score each question: right only when the chosen set equals the correct set (a multiple-choice
 * question with one key missing or one extra earns nothing). Unanswered counts as wrong.
 */
export function scoreAnswers(
  questions: readonly { face: PaperQuestion; correct: readonly OptionKey[] }[],
  answers: Record<string, readonly OptionKey[]>,
): { items: ScoredItem[]; correctCount: number; score: number } {
  const items = questions.map(({ face, correct }) => {
    const chosen = normalise(answers[face.id] ?? []);
    const right = normalise(correct);
    const isCorrect = chosen.length === right.length && chosen.every((k, i) => k === right[i]);
    return { chosen, isCorrect };
  });
  const correctCount = items.filter((i) => i.isCorrect).length;
  return { items, correctCount, score: Math.round((100 * correctCount) / questions.length) };
}
