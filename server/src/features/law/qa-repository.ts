import { sql, type Insertable, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { ArticleRef, QaStatus, QaTopic } from '@api/law';
import { keysetPage } from '../../db/pagination';
import type { Database, LawQaTable, LawQaVersionsTable } from '../../db/schema';
import type { KeysetWindow } from '../../pagination';

/** All SQL of the 问答 cards (law_qa, law_qa_versions, law_qa_articles). */

export type QaRow = Selectable<LawQaTable>;

export function findQa(db: Kysely<Database>, id: string): Promise<QaRow | undefined> {
  return db.selectFrom('law_qa').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertQa(db: Kysely<Database>, row: Insertable<LawQaTable>): Promise<void> {
  await db.insertInto('law_qa').values(row).execute();
}

/** A shipped card once: true when this call inserted it (its seed_key was new). */
export async function insertSeededQa(
  db: Kysely<Database>,
  row: Insertable<LawQaTable>,
): Promise<boolean> {
  const result = await db
    .insertInto('law_qa')
    .values(row)
    .onConflict((oc) => oc.column('seed_key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** The seed keys already in the table. */
export async function seededKeys(db: Kysely<Database>): Promise<Set<string>> {
  const rows = await db
    .selectFrom('law_qa')
    .select('seed_key')
    .where('seed_key', 'is not', null)
    .execute();
  return new Set(rows.map((r) => r.seed_key as string));
}

/** Change a card read at `updatedAt` in `status`; false when someone changed it first. */
export async function updateQa(
  db: Kysely<Database>,
  id: string,
  from: { status: QaStatus; updatedAt: string },
  change: Updateable<LawQaTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('law_qa')
    .set(change)
    .where('id', '=', id)
    .where('status', '=', from.status)
    .where('updated_at', '=', from.updatedAt)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertQaVersion(
  db: Kysely<Database>,
  row: Insertable<LawQaVersionsTable>,
): Promise<void> {
  await db.insertInto('law_qa_versions').values(row).execute();
}

/** What a card cites, as the public sees it: rewritten on publish, emptied on unpublish. */
export async function replaceQaArticles(
  db: Kysely<Database>,
  id: string,
  refs: readonly ArticleRef[],
): Promise<void> {
  await db.deleteFrom('law_qa_articles').where('qa_id', '=', id).execute();
  const unique = [...new Map(refs.map((r) => [`${r.law}#${r.no}`, r])).values()];
  if (unique.length === 0) return;
  await db
    .insertInto('law_qa_articles')
    .values(unique.map((r) => ({ qa_id: id, law_key: r.law, no: r.no })))
    .execute();
}

/** Staff list, most recently changed first, keyset on (updated_at, id). */
export function listQaForStaff(
  db: Kysely<Database>,
  filter: { status?: QaStatus; topic?: QaTopic },
  { after, limit }: KeysetWindow,
): Promise<QaRow[]> {
  let q = db.selectFrom('law_qa').selectAll();
  if (filter.status) q = q.where('status', '=', filter.status);
  if (filter.topic) q = q.where('topic', '=', filter.topic);
  return keysetPage(q, ['updated_at', 'id'], 'desc', after, limit).execute();
}

/** Public list: published cards, newest first, keyset on (published_at, id). */
export function listPublishedQa(
  db: Kysely<Database>,
  topic: QaTopic | undefined,
  { after, limit }: KeysetWindow,
): Promise<QaRow[]> {
  let q = db.selectFrom('law_qa').selectAll().where('status', '=', 'published');
  if (topic) q = q.where('topic', '=', topic);
  return keysetPage(q, ['published_at', 'id'], 'desc', after, limit).execute();
}

/** LIKE pattern for "contains": %, _ and the escape character itself taken literally. */
const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, '\\$&')}%`;

/**
 * The law search's 问答 part (S1): up to 10 published cards whose question or answer contains
 * `q` (search_text is stored lower-cased), newest first.
 */
export async function searchPublishedQa(
  db: Kysely<Database>,
  q: string,
): Promise<{ id: string; question: string; topic: QaTopic }[]> {
  const text = q.trim().toLowerCase();
  if (!text) return [];
  return db
    .selectFrom('law_qa')
    .select(['id', 'question', 'topic'])
    .where('status', '=', 'published')
    .where(sql<boolean>`search_text like ${containsPattern(text)} escape '\\'`)
    .orderBy('published_at', 'desc')
    .orderBy('id', 'desc')
    .limit(10)
    .execute();
}

/** An article's page (S4's usedBy): the published cards citing it, newest first. */
export function publishedQaCiting(
  db: Kysely<Database>,
  law: string,
  no: number,
): Promise<{ id: string; question: string }[]> {
  return db
    .selectFrom('law_qa_articles as a')
    .innerJoin('law_qa as q', 'q.id', 'a.qa_id')
    .select(['q.id', 'q.question'])
    .where('a.law_key', '=', law)
    .where('a.no', '=', no)
    .where('q.status', '=', 'published')
    .orderBy('q.published_at', 'desc')
    .orderBy('q.id', 'desc')
    .execute();
}

export interface ResolvedArticle {
  law: string;
  no: number;
  lawTitle: string;
  label: string;
}

/**
 * The library's articles among `refs` (law key and number), with the law's title and the
 * article's label; a number several 之一 articles share answers with its first.
 */
export async function findCitedArticles(
  db: Kysely<Database>,
  refs: readonly ArticleRef[],
): Promise<ResolvedArticle[]> {
  const laws = [...new Set(refs.map((r) => r.law))];
  if (laws.length === 0) return [];
  const numbers = [...new Set(refs.map((r) => r.no))];
  const rows = await db
    .selectFrom('law_articles as a')
    .innerJoin('laws as l', 'l.key', 'a.law_key')
    .select(['a.law_key', 'a.no', 'a.label', 'a.position', 'l.title'])
    .where('a.law_key', 'in', laws)
    .where('a.no', 'in', numbers)
    .orderBy('a.position', 'asc')
    .execute();
  const found = new Map<string, ResolvedArticle>();
  for (const r of rows) {
    const key = `${r.law_key}#${r.no}`;
    if (!found.has(key))
      found.set(key, { law: r.law_key, no: r.no, lawTitle: r.title, label: r.label });
  }
  return [...found.values()];
}
