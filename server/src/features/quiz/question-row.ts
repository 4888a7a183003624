import type { BankQuestion, PaperQuestion } from '@api/quiz';
import type { QuizQuestionsTable } from '../../db/schema';

type QuestionColumns = Omit<QuizQuestionsTable, 'created_at' | 'updated_at' | 'updated_by'>;

/** What a question is, stored and shown alike: everything but options, answer and status. */
const headOf = ({ id, type, topic, subtopic, difficulty, stem }: BankQuestion) => ({
  id,
  type,
  topic,
  subtopic,
  difficulty,
  stem,
});

/** A bank question as stored: options and answer as JSON text, retired as 0/1. */
export function toQuestionRow(q: BankQuestion): QuestionColumns {
  return {
    ...headOf(q),
    options: JSON.stringify(q.options),
    answer: JSON.stringify(q.answer),
    explanation: q.explanation,
    image: q.image ?? null,
    retired: q.retired ? 1 : 0,
  };
}

export function fromQuestionRow(row: QuestionColumns): BankQuestion {
  return {
    id: row.id,
    type: row.type,
    topic: row.topic,
    subtopic: row.subtopic,
    difficulty: Number(row.difficulty) as BankQuestion['difficulty'],
    stem: row.stem,
    options: JSON.parse(row.options),
    answer: JSON.parse(row.answer),
    explanation: row.explanation,
    ...(row.image ? { image: row.image } : {}),
    ...(Number(row.retired) ? { retired: true } : {}),
  };
}

/** Two versions of a question say the same thing (an import that changes nothing). */
export function sameQuestion(a: BankQuestion, b: BankQuestion): boolean {
  const rowA = toQuestionRow(a);
  const rowB = toQuestionRow(b);
  return (Object.keys(rowA) as (keyof QuestionColumns)[]).every((k) => rowA[k] === rowB[k]);
}

/** What a user sees of a question: everything but the answer, the explanation and the status. */
export function faceOf(q: BankQuestion): PaperQuestion {
  return {
    ...headOf(q),
    options: q.options,
    ...(q.image ? { image: q.image } : {}),
  };
}
