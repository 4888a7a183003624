import { ulid } from 'ulid';
import { claimIdempotencyKey, type IdempotencyClaim } from '../../plugins/idempotency';
import type {
  BankQuestion,
  ImportBody,
  ImportResult,
  QuestionBody,
  QuestionListQuery,
  QuestionPage,
  StaffQuestion,
} from '@api/quiz';
import type { AppDeps } from '../../deps';
import { recordAudit } from '../../db/audit';
import { stringKeysetPage } from '../../pagination';
import { badRequest, conflict } from '../../plugins/app-error';
import { addBankProblems, importFields } from './bank/import-checks';
import { parseCsvQuestions, parseJsonQuestions } from './bank/import-parse';
import { validateBank } from './bank/validate-bank';
import { fromQuestionRow, sameQuestion, toQuestionRow } from './question-row';
import {
  findQuestion,
  findStaffQuestion,
  insertQuestion,
  questionExists,
  questionPage,
  questionsByIds,
  updateQuestionRow,
  type StaffQuestionRow,
} from './questions-repository';
import { questionNotFound } from './quiz-service';

type Deps = Pick<AppDeps, 'db' | 'now'>;

function toStaffQuestion(row: StaffQuestionRow): StaffQuestion {
  const answered = Number(row.answered ?? 0);
  return {
    ...fromQuestionRow(row),
    updatedAt: row.updated_at,
    answered,
    ...(answered > 0
      ? { correctRate: Math.round((100 * Number(row.answered_correctly ?? 0)) / answered) }
      : {}),
    openReports: Number(row.open_reports ?? 0),
  };
}

export async function listQuestions(deps: Deps, query: QuestionListQuery): Promise<QuestionPage> {
  const filter = {
    topic: query.topic,
    retired: query.status ? query.status === 'retired' : undefined,
    text: query.q?.trim(),
  };
  const page = await stringKeysetPage(
    query,
    (window) => questionPage(deps.db.db, filter, window),
    (r) => [r.updated_at, r.id],
  );
  return {
    items: page.rows.map(toStaffQuestion),
    ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
  };
}

export async function getQuestion(deps: Deps, id: string): Promise<StaffQuestion> {
  const row = await findStaffQuestion(deps.db.db, id);
  if (!row) throw questionNotFound();
  return toStaffQuestion(row);
}

/** The bank's rules for one question; broken → 400 with the reason under the form field. */
function checkQuestion(question: BankQuestion): void {
  const problems = validateBank([question]);
  if (problems.length === 0) return;
  const fields: Record<string, string> = {};
  for (const p of problems) fields[p.field] ??= p.message;
  throw badRequest('QUIZ_QUESTION_INVALID', problems[0].message, fields);
}

const asQuestion = (id: string, body: QuestionBody): BankQuestion => ({ ...body, id });

export async function createQuestion(
  deps: Deps,
  actorId: string,
  body: QuestionBody,
  claim?: IdempotencyClaim,
): Promise<StaffQuestion> {
  const question = asQuestion(body.id ?? ulid().toLowerCase(), body);
  checkQuestion(question);
  const now = deps.now();
  await deps.db.db.transaction().execute(async (trx) => {
    await claimIdempotencyKey(trx, claim, question.id);
    if (await questionExists(trx, question.id)) {
      throw conflict('QUIZ_QUESTION_EXISTS', `题目编号 ${question.id} 已存在`);
    }
    await insertQuestion(trx, {
      ...toQuestionRow(question),
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
      updated_by: actorId,
    });
    await recordAudit(trx, {
      actorId,
      action: 'quiz.question.create',
      targetType: 'quiz_question',
      targetId: question.id,
      at: now,
    });
  });
  return getQuestion(deps, question.id);
}

/** Replace a question (retired: true retires it, false restores it). Papers keep what they showed. */
export async function updateQuestion(
  deps: Deps,
  actorId: string,
  id: string,
  body: QuestionBody,
): Promise<StaffQuestion> {
  const question = asQuestion(id, body);
  checkQuestion(question);
  const now = deps.now();
  await deps.db.db.transaction().execute(async (trx) => {
    const before = await findQuestion(trx, id);
    if (!before) throw questionNotFound();
    await updateQuestionRow(trx, id, {
      ...toQuestionRow(question),
      updated_at: now.toISOString(),
      updated_by: actorId,
    });
    const wasRetired = Number(before.retired) === 1;
    await recordAudit(trx, {
      actorId,
      action:
        wasRetired === Boolean(question.retired)
          ? 'quiz.question.update'
          : question.retired
            ? 'quiz.question.retire'
            : 'quiz.question.restore',
      targetType: 'quiz_question',
      targetId: id,
      at: now,
    });
  });
  return getQuestion(deps, id);
}

/**
 * Import a JSON or CSV file, all or nothing: every row is checked first (the schema, the bank's
 * rules, ids repeated in the file), every problem of every row is reported (fields
 * `第3行.type` → sentence), and one bad row writes nothing. Existing ids are updated.
 */
export async function importQuestions(
  deps: Deps,
  actorId: string,
  body: ImportBody,
): Promise<ImportResult> {
  const entries =
    body.format === 'json' ? parseJsonQuestions(body.content) : parseCsvQuestions(body.content);
  if (entries.length === 0) throw badRequest('QUIZ_IMPORT_EMPTY', '文件里没有题目');

  addBankProblems(entries);
  const bad = entries.filter((e) => e.problems.length > 0);
  if (bad.length > 0) {
    const count = bad.reduce((sum, e) => sum + e.problems.length, 0);
    const unit = body.format === 'json' ? '道题' : '行';
    throw badRequest(
      'QUIZ_IMPORT_INVALID',
      `${bad.length} ${unit}有误（共 ${count} 处），未导入任何题目`,
      importFields(bad),
    );
  }

  const questions = entries.map((e) => e.candidate as BankQuestion);
  const db = deps.db.db;
  const result = { dryRun: body.dryRun ?? false, created: 0, updated: 0, unchanged: 0 };
  const now = deps.now();
  const stamp = now.toISOString();
  await db.transaction().execute(async (trx) => {
    const rows = await questionsByIds(
      trx,
      questions.map((q) => q.id),
    );
    const existing = new Map<string, BankQuestion>(
      rows.map((row) => [row.id, fromQuestionRow(row)]),
    );
    for (const question of questions) {
      const before = existing.get(question.id);
      if (before && sameQuestion(before, question)) {
        result.unchanged++;
        continue;
      }
      if (before) result.updated++;
      else result.created++;
      if (result.dryRun) continue;
      const row = { ...toQuestionRow(question), updated_at: stamp, updated_by: actorId };
      if (before) await updateQuestionRow(trx, question.id, row);
      else await insertQuestion(trx, { ...row, created_at: stamp });
    }
    if (!result.dryRun) {
      await recordAudit(trx, {
        actorId,
        action: 'quiz.question.import',
        targetType: 'quiz_question',
        detail: { format: body.format, ...result },
        at: now,
      });
    }
  });
  return result;
}
