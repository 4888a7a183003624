import { sql, type Insertable, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { Topic } from '@api/quiz';
import type { Database, QuizQuestionsTable } from '../../db/schema';
import type { KeysetWindow } from '../../pagination';
import { idExists } from './quiz-repository';
import { keysetPage } from '../../db/pagination';
import { bumpVersion } from '../../cache/read-cache';

/** The question bank (quiz_questions) and the staff's view of it. */

export type QuestionRow = Selectable<QuizQuestionsTable>;

/** The bank columns plus its bookkeeping for staff: answer statistics and open reports. */
function staffQuestions(db: Kysely<Database>) {
  return db
    .selectFrom('quiz_questions')
    .selectAll()
    .select((eb) => [
      eb
        .selectFrom('quiz_question_reports')
        .select((r) => r.fn.countAll<number>().as('n'))
        .whereRef('quiz_question_reports.question_id', '=', 'quiz_questions.id')
        .where('quiz_question_reports.status', '=', 'open')
        .as('open_reports'),
      // Both from the covering index (question_id, is_correct) of submitted paper rows.
      eb
        .selectFrom('quiz_paper_questions')
        .select((r) => r.fn.countAll<number>().as('n'))
        .whereRef('quiz_paper_questions.question_id', '=', 'quiz_questions.id')
        .where('quiz_paper_questions.is_correct', 'is not', null)
        .as('answered'),
      eb
        .selectFrom('quiz_paper_questions')
        .select((r) => r.fn.countAll<number>().as('n'))
        .whereRef('quiz_paper_questions.question_id', '=', 'quiz_questions.id')
        .where('quiz_paper_questions.is_correct', '=', 1)
        .as('answered_correctly'),
    ]);
}

export type StaffQuestionRow = Awaited<
  ReturnType<ReturnType<typeof staffQuestions>['executeTakeFirstOrThrow']>
>;

export interface QuestionFilter {
  topic?: Topic;
  retired?: boolean;
  /** An exact id (case-insensitive) or a piece of the stem. */
  text?: string;
}

/** Keyset pages of the bank for staff, last edited first: (updated_at, id) descending. */
export function questionPage(
  db: Kysely<Database>,
  filter: QuestionFilter,
  window: KeysetWindow,
): Promise<StaffQuestionRow[]> {
  let q = staffQuestions(db);
  if (filter.topic) q = q.where('topic', '=', filter.topic);
  if (filter.retired !== undefined) q = q.where('retired', '=', filter.retired ? 1 : 0);
  const text = filter.text;
  if (text) {
    const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) =>
      eb.or([eb('id', '=', text.toLowerCase()), sql<boolean>`stem like ${like} escape '\\'`]),
    );
  }
  return keysetPage(q, ['updated_at', 'id'], 'desc', window.after, window.limit).execute();
}

export function findStaffQuestion(
  db: Kysely<Database>,
  id: string,
): Promise<StaffQuestionRow | undefined> {
  return staffQuestions(db).where('id', '=', id).executeTakeFirst();
}

export function findQuestion(db: Kysely<Database>, id: string): Promise<QuestionRow | undefined> {
  return db.selectFrom('quiz_questions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** True when a question with this id exists, retired or not. */
export const questionExists = (db: Kysely<Database>, id: string) =>
  idExists(db, 'quiz_questions', id);

export async function insertQuestion(
  db: Kysely<Database>,
  row: Insertable<QuizQuestionsTable>,
): Promise<void> {
  await db.insertInto('quiz_questions').values(row).execute();
  await bumpVersion(db, 'quiz-bank');
}

export async function updateQuestionRow(
  db: Kysely<Database>,
  id: string,
  patch: Updateable<QuizQuestionsTable>,
): Promise<void> {
  await db.updateTable('quiz_questions').set(patch).where('id', '=', id).execute();
  await bumpVersion(db, 'quiz-bank');
}

/** The questions with these ids (any number: read 500 ids a statement). */
export async function questionsByIds(db: Kysely<Database>, ids: string[]): Promise<QuestionRow[]> {
  const rows: QuestionRow[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    rows.push(
      ...(await db
        .selectFrom('quiz_questions')
        .selectAll()
        .where('id', 'in', ids.slice(i, i + 500))
        .execute()),
    );
  }
  return rows;
}

/** Each question's explanation, by id. */
export async function questionExplanations(
  db: Kysely<Database>,
  ids: string[],
): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('quiz_questions')
    .select(['id', 'explanation'])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r.explanation]));
}

/** The drawable (not retired) questions, by id. */
export function activeQuestionRows(db: Kysely<Database>): Promise<QuestionRow[]> {
  return db
    .selectFrom('quiz_questions')
    .selectAll()
    .where('retired', '=', 0)
    .orderBy('id')
    .execute();
}
