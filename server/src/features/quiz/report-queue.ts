import type { QuestionReport, ReportPage, ReportQueueQuery, ReportResolutionBody } from '@api/quiz';
import type { AppDeps } from '../../deps';
import { recordAudit } from '../../db/audit';
import { decodeCursor, pageOf } from '../../pagination';
import { conflict, notFound } from '../../plugins/app-error';
import { fromQuestionRow } from './question-row';
import {
  listReports,
  reportExists,
  reportRow,
  resolveReportRow,
  type ReportRow,
} from './reports-repository';

/** The 题目纠错 queue: what users reported as wrong or unclear, and what staff did about it. */

type Deps = Pick<AppDeps, 'db' | 'now'>;

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
  const after = query.cursor
    ? decodeCursor<[string, string]>(query.cursor, ['string', 'string'])
    : undefined;
  const rows = await listReports(deps.db.db, query.status ?? 'open', after, limit);
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
    const done = await resolveReportRow(trx, id, {
      status: body.status,
      resolved_at: deps.now().toISOString(),
      resolved_by: actorId,
      note: body.note?.trim() || null,
    });
    if (!done) {
      if (!(await reportExists(trx, id))) throw notFound('QUIZ_REPORT_NOT_FOUND', '纠错反馈不存在');
      throw conflict('QUIZ_REPORT_RESOLVED', '这条纠错反馈已经处理过了');
    }
    await recordAudit(trx, {
      actorId,
      action: `quiz.report.${body.status}`,
      targetType: 'quiz_question_report',
      targetId: id,
    });
  });
  return toReport(await reportRow(db, id));
}
