import { sql, type Kysely } from 'kysely';
import { ulid } from 'ulid';
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
import type { Database } from '../../db/schema';
import { decodeCursor, pageOf } from '../../pagination';
import { badRequest, conflict } from '../../plugins/app-error';
import { parseCsvQuestions, parseJsonQuestions } from './bank/import-parse';
import { validateBank } from './bank/validate-bank';
import { fromQuestionRow, sameQuestion, toQuestionRow } from './question-row';
import { questionNotFound } from './service';

type Deps = Pick<AppDeps, 'db' | 'now'>;

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

type StaffRow = Awaited<ReturnType<ReturnType<typeof staffQuestions>['executeTakeFirstOrThrow']>>;

function toStaffQuestion(row: StaffRow): StaffQuestion {
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
  const limit = query.limit ?? 20;
  let q = staffQuestions(deps.db.db);
  if (query.topic) q = q.where('topic', '=', query.topic);
  if (query.status) q = q.where('retired', '=', query.status === 'retired' ? 1 : 0);
  const text = query.q?.trim();
  if (text) {
    const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) =>
      eb.or([eb('id', '=', text.toLowerCase()), sql<boolean>`stem like ${like} escape '\\'`]),
    );
  }
  if (query.cursor) {
    const [at, id] = decodeCursor<[string, string]>(query.cursor, ['string', 'string']);
    q = q.where((eb) =>
      eb.or([eb('updated_at', '<', at), eb.and([eb('updated_at', '=', at), eb('id', '<', id)])]),
    );
  }
  const rows = await q
    .orderBy('updated_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
  const page = pageOf(rows, limit, (r) => [r.updated_at, r.id]);
  return {
    items: page.rows.map(toStaffQuestion),
    ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
  };
}

export async function getQuestion(deps: Deps, id: string): Promise<StaffQuestion> {
  const row = await staffQuestions(deps.db.db).where('id', '=', id).executeTakeFirst();
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
): Promise<StaffQuestion> {
  const question = asQuestion(body.id ?? ulid().toLowerCase(), body);
  checkQuestion(question);
  const now = deps.now().toISOString();
  await deps.db.db.transaction().execute(async (trx) => {
    const taken = await trx
      .selectFrom('quiz_questions')
      .select('id')
      .where('id', '=', question.id)
      .executeTakeFirst();
    if (taken) throw conflict('QUIZ_QUESTION_EXISTS', `题目编号 ${question.id} 已存在`);
    await trx
      .insertInto('quiz_questions')
      .values({ ...toQuestionRow(question), created_at: now, updated_at: now, updated_by: actorId })
      .execute();
    await recordAudit(trx, {
      actorId,
      action: 'quiz.question.create',
      targetType: 'quiz_question',
      targetId: question.id,
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
  await deps.db.db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('quiz_questions')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!before) throw questionNotFound();
    await trx
      .updateTable('quiz_questions')
      .set({
        ...toQuestionRow(question),
        updated_at: deps.now().toISOString(),
        updated_by: actorId,
      })
      .where('id', '=', id)
      .execute();
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
    });
  });
  return getQuestion(deps, id);
}

/**
 * Import a JSON or CSV file, all or nothing: every row is checked first (the schema, the bank's
 * rules, ids repeated in the file) and one bad row writes nothing. Existing ids are updated.
 */
export async function importQuestions(
  deps: Deps,
  actorId: string,
  body: ImportBody,
): Promise<ImportResult> {
  const entries =
    body.format === 'json' ? parseJsonQuestions(body.content) : parseCsvQuestions(body.content);
  if (entries.length === 0) throw badRequest('QUIZ_IMPORT_EMPTY', '文件里没有题目');

  const fields: Record<string, string> = {};
  for (const e of entries) if ('reason' in e) fields[e.label] = e.reason;
  const parsed = entries.flatMap((e) =>
    'question' in e ? [{ label: e.label, q: e.question }] : [],
  );
  for (const p of validateBank(parsed.map((p) => p.q))) {
    fields[parsed[p.index].label] ??= p.message;
  }
  const bad = Object.keys(fields).length;
  if (bad > 0) {
    throw badRequest(
      'QUIZ_IMPORT_INVALID',
      `${bad} 处有误，未导入任何题目：${Object.entries(fields)[0].join('：')}`,
      fields,
    );
  }

  const questions = parsed.map((p) => p.q);
  const db = deps.db.db;
  const result = { dryRun: body.dryRun ?? false, created: 0, updated: 0, unchanged: 0 };
  const now = deps.now().toISOString();
  await db.transaction().execute(async (trx) => {
    const existing = new Map<string, BankQuestion>();
    for (let i = 0; i < questions.length; i += 500) {
      const ids = questions.slice(i, i + 500).map((q) => q.id);
      const rows = await trx
        .selectFrom('quiz_questions')
        .selectAll()
        .where('id', 'in', ids)
        .execute();
      for (const row of rows) existing.set(row.id, fromQuestionRow(row));
    }
    for (const question of questions) {
      const before = existing.get(question.id);
      if (before && sameQuestion(before, question)) {
        result.unchanged++;
        continue;
      }
      if (before) result.updated++;
      else result.created++;
      if (result.dryRun) continue;
      const row = { ...toQuestionRow(question), updated_at: now, updated_by: actorId };
      if (before) {
        await trx.updateTable('quiz_questions').set(row).where('id', '=', question.id).execute();
      } else {
        await trx
          .insertInto('quiz_questions')
          .values({ ...row, created_at: now })
          .execute();
      }
    }
    if (!result.dryRun) {
      await recordAudit(trx, {
        actorId,
        action: 'quiz.question.import',
        targetType: 'quiz_question',
        detail: { format: body.format, ...result },
      });
    }
  });
  return result;
}
