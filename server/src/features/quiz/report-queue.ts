import type { Kysely } from 'kysely';
import type { QuestionReport, ReportPage, ReportQueueQuery, ReportResolutionBody } from '@api/quiz';
import type { AppDeps } from '../../deps';
import { recordAudit } from '../../db/audit';
import type { Database } from '../../db/schema';
import { decodeCursor, pageOf } from '../../pagination';
import { conflict, notFound } from '../../plugins/app-error';
import { fromQuestionRow } from './question-row';

/** The 题目纠错 queue: what users reported as wrong or unclear, and what staff did about it. */

type Deps = Pick<AppDeps, 'db' | 'now'>;

function reportQuery(db: Kysely<Database>) {
  return db
    .selectFrom('quiz_question_reports')
    .innerJoin('quiz_questions', 'quiz_questions.id', 'quiz_question_reports.question_id')
    .innerJoin('users', 'users.id', 'quiz_question_reports.user_id')
    .selectAll('quiz_questions')
    .select([
      'quiz_question_reports.id as report_id',
      'quiz_question_reports.message',
      'quiz_question_reports.status as report_status',
      'quiz_question_reports.created_at as reported_at',
      'quiz_question_reports.resolved_at',
      'quiz_question_reports.note',
      'users.nickname',
    ]);
}

type ReportRow = Awaited<ReturnType<ReturnType<typeof reportQuery>['executeTakeFirstOrThrow']>>;

function toReport(row: ReportRow): QuestionReport {
  return {
    id: row.report_id,
    questionId: row.id,
    question: fromQuestionRow(row),
    message: row.message,
    reporterNickname: row.nickname || '微信用户',
    status: row.report_status,
    createdAt: row.reported_at,
    ...(row.resolved_at ? { resolvedAt: row.resolved_at } : {}),
    ...(row.note ? { note: row.note } : {}),
  };
}

/** The 题目纠错 queue: one status (default open), oldest first. */
export async function reportQueue(deps: Deps, query: ReportQueueQuery): Promise<ReportPage> {
  const limit = query.limit ?? 20;
  let q = reportQuery(deps.db.db).where(
    'quiz_question_reports.status',
    '=',
    query.status ?? 'open',
  );
  if (query.cursor) {
    const [at, id] = decodeCursor<[string, string]>(query.cursor, ['string', 'string']);
    q = q.where((eb) =>
      eb.or([
        eb('quiz_question_reports.created_at', '>', at),
        eb.and([
          eb('quiz_question_reports.created_at', '=', at),
          eb('quiz_question_reports.id', '>', id),
        ]),
      ]),
    );
  }
  const rows = await q
    .orderBy('quiz_question_reports.created_at')
    .orderBy('quiz_question_reports.id')
    .limit(limit + 1)
    .execute();
  const page = pageOf(rows, limit, (r) => [r.reported_at, r.report_id]);
  return {
    items: page.rows.map(toReport),
    ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
  };
}

export async function resolveReport(
  deps: Deps,
  actorId: string,
  id: string,
  body: ReportResolutionBody,
): Promise<QuestionReport> {
  const db = deps.db.db;
  await db.transaction().execute(async (trx) => {
    const done = await trx
      .updateTable('quiz_question_reports')
      .set({
        status: body.status,
        resolved_at: deps.now().toISOString(),
        resolved_by: actorId,
        note: body.note?.trim() || null,
      })
      .where('id', '=', id)
      .where('status', '=', 'open')
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) !== 1) {
      const exists = await trx
        .selectFrom('quiz_question_reports')
        .select('id')
        .where('id', '=', id)
        .executeTakeFirst();
      if (!exists) throw notFound('QUIZ_REPORT_NOT_FOUND', '纠错反馈不存在');
      throw conflict('QUIZ_REPORT_RESOLVED', '这条纠错反馈已经处理过了');
    }
    await recordAudit(trx, {
      actorId,
      action: `quiz.report.${body.status}`,
      targetType: 'quiz_question_report',
      targetId: id,
    });
  });
  const row = await reportQuery(db)
    .where('quiz_question_reports.id', '=', id)
    .executeTakeFirstOrThrow();
  return toReport(row);
}
