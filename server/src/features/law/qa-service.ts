import type { Kysely, Updateable } from 'kysely';
import { ulid } from 'ulid';
import type {
  ArticleRef,
  QaContent,
  QaCreated,
  QaTransitionBody,
  StaffQa,
  StaffQaList,
  StaffQaQuery,
} from '@api/law';
import type { Database, LawQaTable } from '../../db/schema';
import { recordAudit } from '../../db/audit';
import type { AppDeps } from '../../deps';
import { stringKeysetPage } from '../../pagination';
import { notFound } from '../../plugins/app-error';
import type { TokenPayload } from '../../plugins/auth';
import { claimIdempotencyKey, type IdempotencyClaim } from '../../plugins/idempotency';
import {
  changedMeanwhile,
  checkEdit,
  checkTransition,
  fieldsInvalid,
  type PendingRevision,
  type ReviewWords,
} from '../../review-workflow';
import { staffNames } from '../advisories/staff-names-service';
import { deliver } from '../messages/messages-service';
import {
  findCitedArticles,
  findQa,
  insertQa,
  insertQaVersion,
  listQaForStaff,
  replaceQaArticles,
  updateQa,
  type QaRow,
} from './qa-repository';
import { findLaw } from './law-repository';
import { citationName, normaliseQa, qaContentColumns, qaContentProblems } from './qa-rules';
import { qaContentOf, qaRevisionOf, qaStaffIdsOf, toStaffQa } from './qa-view';

export type QaDeps = Pick<AppDeps, 'db' | 'now'>;

const WORDS: ReviewWords = { noun: '问答', code: 'QA' };
const REVIEW_PAGE = '/features/law/pages/qa-review/index?id=';

export const qaNotFound = () => notFound('QA_NOT_FOUND', '问答不存在');

/** Citations the library does not hold, named as people read them. */
export async function unresolvedCitations(
  db: Kysely<Database>,
  refs: readonly ArticleRef[],
): Promise<string[]> {
  const found = new Set((await findCitedArticles(db, refs)).map((a) => `${a.law}#${a.no}`));
  const missing = refs.filter((r) => !found.has(`${r.law}#${r.no}`));
  // An imported law (a province's regulation) is named by its short title.
  const names = new Map<string, string>();
  for (const law of new Set(missing.map((r) => r.law))) {
    const row = await findLaw(db, law);
    if (row) names.set(law, row.short_title);
  }
  return missing.map((ref) => citationName(ref, names.get(ref.law)));
}

/** The content checked beyond the schema; nothing is written before this. */
export async function checkedQaContent(db: Kysely<Database>, input: QaContent): Promise<QaContent> {
  const content = normaliseQa(input);
  const fields = qaContentProblems(content);
  const missing = await unresolvedCitations(db, content.citations);
  if (missing.length > 0) fields.citations = `引用的条文未收录：${missing.join('、')}`;
  if (Object.keys(fields).length > 0) throw fieldsInvalid(fields);
  return content;
}

export async function createQa(
  deps: QaDeps,
  caller: TokenPayload,
  body: QaContent,
  claim?: IdempotencyClaim,
): Promise<QaCreated> {
  const content = await checkedQaContent(deps.db.db, body);
  const now = deps.now();
  const at = now.toISOString();
  const id = ulid();
  await deps.db.db.transaction().execute(async (trx) => {
    await claimIdempotencyKey(trx, claim, id);
    await insertQa(trx, {
      id,
      seed_key: null,
      status: 'draft',
      version: 1,
      ...qaContentColumns(content),
      author_id: caller.sub,
      created_at: at,
      updated_at: at,
      submitted_at: null,
      returned_reason: null,
      published_at: null,
      published_by: null,
      unpublished_at: null,
      unpublished_by: null,
      unpublished_reason: null,
      revision: null,
    });
    await recordAudit(trx, {
      actorId: caller.sub,
      action: 'law-qa.create',
      targetType: 'law-qa',
      targetId: id,
      detail: { topic: content.topic, question: content.question },
      at: now,
    });
  });
  return { id, status: 'draft' };
}

/** What creating answered, again (an Idempotency-Key replay). */
export async function createdQa(deps: QaDeps, id: string): Promise<QaCreated> {
  const row = await findQa(deps.db.db, id);
  if (!row) throw qaNotFound();
  return { id: row.id, status: row.status };
}

async function loaded(db: Kysely<Database>, id: string): Promise<QaRow> {
  const row = await findQa(db, id);
  if (!row) throw qaNotFound();
  return row;
}

async function toStaff(db: Kysely<Database>, rows: QaRow[]): Promise<StaffQa[]> {
  const nameOf = await staffNames(db, rows.flatMap(qaStaffIdsOf));
  return rows.map((row) => toStaffQa(row, nameOf));
}

export async function staffQa(deps: QaDeps, id: string): Promise<StaffQa> {
  const [card] = await toStaff(deps.db.db, [await loaded(deps.db.db, id)]);
  return card;
}

export async function staffQaList(deps: QaDeps, query: StaffQaQuery): Promise<StaffQaList> {
  const db = deps.db.db;
  const page = await stringKeysetPage(
    query,
    (window) => listQaForStaff(db, query, window),
    (r) => [r.updated_at, r.id],
  );
  return { items: await toStaff(db, page.rows), nextCursor: page.nextCursor };
}

const reviewState = (row: QaRow) => ({
  status: row.status,
  authorId: row.author_id,
  revision: qaRevisionOf(row),
});

/**
 * Edit: a draft in place (its author's; a returned shipped card becomes its editor's); a
 * published card gets a pending new version while the published one stays public.
 */
export async function updateQaContent(
  deps: QaDeps,
  caller: TokenPayload,
  id: string,
  body: QaContent,
): Promise<StaffQa> {
  const db = deps.db.db;
  const row = await loaded(db, id);
  const state = reviewState(row);
  const kind = checkEdit(state, caller.sub, WORDS);
  const content = await checkedQaContent(db, body);
  const now = deps.now();
  const at = now.toISOString();
  const revision: PendingRevision<QaContent> = {
    status: 'draft',
    content,
    authorId: caller.sub,
    updatedAt: at,
    // Still to be answered by submitting again.
    ...(state.revision?.returnedReason && { returnedReason: state.revision.returnedReason }),
  };
  const change: Updateable<LawQaTable> =
    kind === 'in-place'
      ? { ...qaContentColumns(content), author_id: caller.sub, updated_at: at }
      : { revision: JSON.stringify(revision), updated_at: at };
  await db.transaction().execute(async (trx) => {
    if (!(await updateQa(trx, id, { status: row.status, updatedAt: row.updated_at }, change))) {
      throw changedMeanwhile(WORDS);
    }
    await recordAudit(trx, {
      actorId: caller.sub,
      action: kind === 'in-place' ? 'law-qa.edit' : 'law-qa.revise',
      targetType: 'law-qa',
      targetId: id,
      detail: { version: row.version + (kind === 'revision' ? 1 : 0) },
      at: now,
    });
  });
  return staffQa(deps, id);
}

/**
 * submit (the author), return (with a reason), publish (anyone but the author; a shipped card:
 * any staff member), unpublish (with a reason). Publishing keeps the version and lists the
 * articles the card cites; on a published card with a new version the steps act on that version.
 */
export async function transitionQa(
  deps: QaDeps,
  caller: TokenPayload,
  id: string,
  body: QaTransitionBody,
): Promise<StaffQa> {
  const db = deps.db.db;
  const row = await loaded(db, id);
  const now = deps.now();
  const at = now.toISOString();
  const verdict = checkTransition(reviewState(row), body, caller.sub, WORDS, at);
  const { onRevision, authorId, reason } = verdict;
  const pending = onRevision ? qaRevisionOf(row) : undefined;
  const question = pending ? pending.content.question : row.question;
  let change: Updateable<LawQaTable>;
  let version = row.version;
  let published: QaContent | undefined;
  let message: { title: string; body: string } | undefined;
  switch (body.action) {
    case 'submit':
      change = verdict.revision
        ? { revision: JSON.stringify(verdict.revision) }
        : { status: 'submitted', submitted_at: at, returned_reason: null };
      break;
    case 'return':
      change = verdict.revision
        ? { revision: JSON.stringify(verdict.revision) }
        : { status: 'draft', returned_reason: reason };
      message = { title: `问答「${question}」被退回修改`, body: `退回原因：${reason}` };
      break;
    case 'publish':
      published = pending ? pending.content : qaContentOf(row);
      // Articles may have left the library (an imported law replaced) since it was written.
      await checkedQaContent(db, published);
      if (pending) version = row.version + 1;
      change = {
        ...(pending && { ...qaContentColumns(pending.content), version, revision: null }),
        status: 'published',
        published_at: at,
        published_by: caller.sub,
      };
      message = { title: `问答「${question}」已发布`, body: `第 ${version} 版已通过审核。` };
      break;
    case 'unpublish':
      change = {
        status: 'unpublished',
        unpublished_at: at,
        unpublished_by: caller.sub,
        unpublished_reason: reason,
      };
      break;
  }
  await db.transaction().execute(async (trx) => {
    const from = { status: row.status, updatedAt: row.updated_at };
    if (!(await updateQa(trx, id, from, { ...change, updated_at: at }))) {
      throw changedMeanwhile(WORDS);
    }
    if (published) {
      await insertQaVersion(trx, {
        qa_id: id,
        version,
        content: JSON.stringify(published),
        author_id: authorId,
        published_by: caller.sub,
        published_at: at,
      });
      await replaceQaArticles(trx, id, published.citations);
    }
    if (body.action === 'unpublish') await replaceQaArticles(trx, id, []);
    if (message && authorId !== null && authorId !== caller.sub) {
      await deliver(trx, at, [
        { userId: authorId, kind: 'law', ...message, link: `${REVIEW_PAGE}${id}` },
      ]);
    }
    await recordAudit(trx, {
      actorId: caller.sub,
      action: `law-qa.${body.action}`,
      targetType: 'law-qa',
      targetId: id,
      detail: {
        from: row.status,
        version,
        ...(onRevision && { revision: true }),
        ...(reason && { reason }),
      },
      at: now,
    });
  });
  return staffQa(deps, id);
}
