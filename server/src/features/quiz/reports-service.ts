import { ulid } from 'ulid';
import type {
  QuestionReport,
  QuestionReportBody,
  QuestionReportCreated,
  ReportPage,
  ReportQueueQuery,
  ReportResolutionBody,
} from '@api/quiz';
import type { AppDeps } from '../../deps';
import { recordAudit } from '../../db/audit';
import { stringKeysetPage } from '../../pagination';
import { conflict, notFound } from '../../plugins/app-error';
import { claimIdempotencyKey, type IdempotencyClaim } from '../../plugins/idempotency';
import { accountNames } from '../auth/auth-repository';
import { fromQuestionRow } from './question-row';
import { questionExists } from './questions-repository';
import { questionNotFound } from './quiz-service';
import {
  findOwnReport,
  insertReport,
  listReports,
  reportExists,
  reportRow,
  resolveReportRow,
  type ReportRow,
} from './reports-repository';

/** 题目纠错: users report a wrong or unclear question; staff work through the queue. */

type Deps = Pick<AppDeps, 'db' | 'now'>;

const reportNotFound = () => notFound('QUIZ_REPORT_NOT_FOUND', '纠错反馈不存在');

/** "题目有误": lands in the staff queue. */
export async function reportQuestion(
  deps: Deps,
  userId: string,
  body: QuestionReportBody,
  claim?: IdempotencyClaim,
): Promise<QuestionReportCreated> {
  const db = deps.db.db;
  if (!(await questionExists(db, body.questionId))) throw questionNotFound();
  const report = { id: ulid(), createdAt: deps.now().toISOString() };
  await db.transaction().execute(async (trx) => {
    await claimIdempotencyKey(trx, claim, report.id);
    await insertReport(trx, {
      id: report.id,
      question_id: body.questionId,
      user_id: userId,
      message: body.message.trim(),
      status: 'open',
      created_at: report.createdAt,
      resolved_at: null,
      resolved_by: null,
      note: null,
    });
  });
  return report;
}

/** What reporting answered, again (an Idempotency-Key replay). */
export async function reportedQuestion(
  deps: Deps,
  userId: string,
  id: string,
): Promise<QuestionReportCreated> {
  const row = await findOwnReport(deps.db.db, userId, id);
  if (!row) throw reportNotFound();
  return { id: row.id, createdAt: row.created_at };
}

/** The reports as staff see them, with the reporters' nicknames (an account's, from auth). */
async function toReports(db: Deps['db']['db'], rows: ReportRow[]): Promise<QuestionReport[]> {
  const names = await accountNames(
    db,
    rows.map((r) => r.reporter_id),
  );
  return rows.map((r) => toReport(r, names.get(r.reporter_id)?.nickname));
}

function toReport(row: ReportRow, nickname: string | undefined): QuestionReport {
  return {
    id: row.report_id,
    questionId: row.id,
    question: fromQuestionRow(row),
    message: row.message,
    reporterNickname: nickname || '微信用户',
    status: row.report_status,
    createdAt: row.reported_at,
    ...(row.resolved_at ? { resolvedAt: row.resolved_at } : {}),
    ...(row.note ? { note: row.note } : {}),
  };
}

/** The 题目纠错 queue: one status (default open), oldest first. */
export async function reportQueue(deps: Deps, query: ReportQueueQuery): Promise<ReportPage> {
  const page = await stringKeysetPage(
    query,
    (window) => listReports(deps.db.db, query.status ?? 'open', window),
    (r) => [r.reported_at, r.report_id],
  );
  return {
    items: await toReports(deps.db.db, page.rows),
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
  const now = deps.now();
  await db.transaction().execute(async (trx) => {
    const done = await resolveReportRow(trx, id, {
      status: body.status,
      resolved_at: now.toISOString(),
      resolved_by: actorId,
      note: body.note?.trim() || null,
    });
    if (!done) {
      if (!(await reportExists(trx, id))) throw reportNotFound();
      throw conflict('QUIZ_REPORT_RESOLVED', '这条纠错反馈已经处理过了');
    }
    await recordAudit(trx, {
      actorId,
      action: `quiz.report.${body.status}`,
      targetType: 'quiz_question_report',
      targetId: id,
      at: now,
    });
  });
  const [report] = await toReports(db, [await reportRow(db, id)]);
  return report;
}
