import type { Insertable, Kysely, Updateable } from 'kysely';
import type { ReportStatus } from '@api/quiz';
import type { Database, QuizQuestionReportsTable } from '../../db/schema';
import type { KeysetWindow } from '../../pagination';
import { idExists, updatedOne } from './quiz-repository';
import { keysetPage } from '../../db/pagination';

/** The 题目纠错 reports (quiz_question_reports), read with their question and reporter. */

function reportQuery(db: Kysely<Database>) {
  return db
    .selectFrom('quiz_question_reports')
    .innerJoin('quiz_questions', 'quiz_questions.id', 'quiz_question_reports.question_id')
    .selectAll('quiz_questions')
    .select([
      'quiz_question_reports.id as report_id',
      'quiz_question_reports.message',
      'quiz_question_reports.status as report_status',
      'quiz_question_reports.created_at as reported_at',
      'quiz_question_reports.resolved_at',
      'quiz_question_reports.note',
      'quiz_question_reports.user_id as reporter_id',
    ]);
}

export type ReportRow = Awaited<
  ReturnType<ReturnType<typeof reportQuery>['executeTakeFirstOrThrow']>
>;

/** One report, only if it is the user's own (an Idempotency-Key replay). */
export function findOwnReport(db: Kysely<Database>, userId: string, id: string) {
  return db
    .selectFrom('quiz_question_reports')
    .select(['id', 'created_at'])
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function insertReport(
  db: Kysely<Database>,
  row: Insertable<QuizQuestionReportsTable>,
): Promise<void> {
  await db.insertInto('quiz_question_reports').values(row).execute();
}

/** Keyset pages of one status, oldest first: (created_at, id) ascending. */
export function listReports(
  db: Kysely<Database>,
  status: ReportStatus,
  window: KeysetWindow,
): Promise<ReportRow[]> {
  return keysetPage(
    reportQuery(db).where('quiz_question_reports.status', '=', status),
    ['quiz_question_reports.created_at', 'quiz_question_reports.id'],
    'asc',
    window.after,
    window.limit,
  ).execute();
}

/** One report that is known to exist (Kysely's NoResultError otherwise). */
export function reportRow(db: Kysely<Database>, id: string): Promise<ReportRow> {
  return reportQuery(db).where('quiz_question_reports.id', '=', id).executeTakeFirstOrThrow();
}

export const reportExists = (db: Kysely<Database>, id: string) =>
  idExists(db, 'quiz_question_reports', id);

/** Resolve the report only while it is still open: false when it is not (any more, or at all). */
export async function resolveReportRow(
  db: Kysely<Database>,
  id: string,
  patch: Updateable<QuizQuestionReportsTable>,
): Promise<boolean> {
  return updatedOne(
    db
      .updateTable('quiz_question_reports')
      .set(patch)
      .where('id', '=', id)
      .where('status', '=', 'open'),
  );
}
