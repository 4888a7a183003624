import type { Insertable, Kysely } from 'kysely';
import type {
  AppUse,
  ArticleDetail,
  LawKind,
  LawList,
  LawSearchQuery,
  LawSearchResult,
  LawSource,
  LawText,
} from '@api/law';
import { chineseToNumber, lawNameTable } from '@/domain/law-citations';
import { LAW_LIMITS } from '@/domain/law-vocabulary';
import type { AppDeps } from '../../deps';
import type { Database, LawsTable } from '../../db/schema';
import { badRequest, notFound } from '../../plugins/app-error';
import { appUsesOf } from './app-uses';
import { BUILTIN_ORDER, builtinLaws } from './builtin-laws';
import { articlesOf, type ParsedLaw } from './law-text-parser';
import {
  articleIn,
  buildIndex,
  neighboursIn,
  searchIndex,
  stampOf,
  type LibraryIndex,
} from './law-index';
import { allArticles, allLaws, lawRevisions, replaceLaw, type NewArticle } from './law-repository';
import { toArticleHit, toLawArticle, toLawSummary, toLawText } from './law-view';
import { searchPublishedQa } from './qa-repository';

export type LawDeps = Pick<AppDeps, 'db' | 'now'>;

export const lawNotFound = () => notFound('LAW_NOT_FOUND', '法律法规不存在');
export const articleNotFound = () => notFound('ARTICLE_NOT_FOUND', '本条未收录');

/** What the library stores of a law besides its parsed text. */
export interface LawMeta {
  key: string;
  title: string;
  shortTitle: string;
  kind: LawKind;
  versionDate: string;
  complete: boolean;
  source: LawSource;
  fullTextUrl: string;
  origin: 'builtin' | 'imported';
  revision: string;
  preamble?: string[];
  articleSources?: Record<number, LawSource>;
  importedBy?: string | null;
}

/** The rows of one law: the laws row and its articles in order (position from 1). */
export function lawRows(
  parsed: ParsedLaw,
  meta: LawMeta,
  at: Date,
): { law: Insertable<LawsTable>; articles: NewArticle[] } {
  const now = at.toISOString();
  const articles: NewArticle[] = [];
  for (const chapter of parsed.chapters) {
    for (const article of chapter.articles) {
      const source = meta.articleSources?.[article.no];
      articles.push({
        law_key: meta.key,
        position: articles.length + 1,
        no: article.no,
        label: article.label,
        chapter: chapter.title,
        text: article.text,
        partial: article.partial ? 1 : 0,
        source_name: source?.name ?? null,
        source_url: source?.url ?? null,
      });
    }
  }
  return {
    law: {
      key: meta.key,
      title: meta.title,
      short_title: meta.shortTitle,
      kind: meta.kind,
      version_date: meta.versionDate,
      complete: meta.complete ? 1 : 0,
      full_text_url: meta.fullTextUrl,
      source_name: meta.source.name,
      source_url: meta.source.url,
      origin: meta.origin,
      revision: meta.revision,
      preamble: JSON.stringify(meta.preamble ?? parsed.preamble),
      imported_by: meta.importedBy ?? null,
      created_at: now,
      updated_at: now,
    },
    articles,
  };
}

/**
 * The laws that ship (builtin-laws.ts), stored at start: a law whose revision the database
 * already has is skipped; the changed ones are replaced in one transaction. Answers the keys written.
 */
export async function loadBuiltinLaws(
  db: Kysely<Database>,
  at: Date,
  laws = builtinLaws(),
): Promise<string[]> {
  const stored = await lawRevisions(db);
  const changed = laws.filter((law) => stored.get(law.key)?.revision !== law.revision);
  if (changed.length === 0) return [];
  // One transaction for all: a fresh database (every test app) commits once, not per law.
  await db.transaction().execute(async (trx) => {
    for (const law of changed) {
      const rows = lawRows(
        law.parsed,
        {
          key: law.key,
          title: law.title,
          shortTitle: law.shortTitle,
          ...law.entry,
          origin: 'builtin',
          revision: law.revision,
        },
        at,
      );
      await replaceLaw(trx, rows.law, rows.articles);
    }
  });
  return changed.map((law) => law.key);
}

const indexes = new WeakMap<Kysely<Database>, Promise<LibraryIndex>>();

/**
 * The library index of this database, rebuilt when a law's revision changed since it was built
 * (one small query a request: every law's key and revision).
 */
async function library(deps: LawDeps): Promise<LibraryIndex> {
  const db = deps.db.db;
  const stamp = stampOf(await lawRevisions(db));
  const cached = await indexes.get(db)?.catch(() => undefined);
  if (cached?.stamp === stamp) return cached;
  const building = Promise.all([allLaws(db), allArticles(db)]).then(([laws, articles]) =>
    buildIndex(stamp, laws, articles, BUILTIN_ORDER),
  );
  indexes.set(db, building);
  return building;
}

export async function listLaws(deps: LawDeps): Promise<LawList> {
  const { laws } = await library(deps);
  return { items: laws.map((law) => toLawSummary(law.row, law.articles.length)) };
}

export async function readLaw(deps: LawDeps, key: string): Promise<LawText> {
  const law = (await library(deps)).byKey.get(key);
  if (!law) throw lawNotFound();
  return toLawText(law.row, law.articles);
}

/**
 * Where the app rests on an article (app-uses.ts: the app's own rules and screens, published
 * advisories and campaigns, 问答 cards); imported laws are cited by their titles too.
 */
function usesOf(deps: LawDeps, index: LibraryIndex, law: string, no: number): Promise<AppUse[]> {
  const imported = index.laws
    .filter(({ row }) => row.origin === 'imported')
    .map(({ row }) => ({ key: row.key, title: row.title, short: row.short_title }));
  return appUsesOf(deps, law, no, lawNameTable(imported));
}

export async function readArticle(deps: LawDeps, key: string, no: number): Promise<ArticleDetail> {
  const index = await library(deps);
  const law = index.byKey.get(key);
  if (!law) throw lawNotFound();
  const article = articleIn(law, no);
  if (!article) throw articleNotFound();
  return {
    law: toLawSummary(law.row, law.articles.length),
    chapter: article.chapter,
    article: toLawArticle(article),
    ...neighboursIn(law, no),
    usedBy: await usesOf(deps, index, key, no),
  };
}

const NUMERAL = /^第?([零一二三四五六七八九十百千]+)条?$/;

/** The article number a query names: 25, 二十五, 第二十五条. */
export function articleNumberOf(text: string): number | undefined {
  if (/^\d{1,4}$/.test(text)) return Number(text) || undefined;
  const numeral = NUMERAL.exec(text);
  return numeral ? chineseToNumber(numeral[1]) || undefined : undefined;
}

export async function searchLaws(deps: LawDeps, query: LawSearchQuery): Promise<LawSearchResult> {
  const text = query.q.trim();
  if (!text)
    throw badRequest('VALIDATION_FAILED', '请输入要搜索的字词', { q: '请输入要搜索的字词' });
  const limit = LAW_LIMITS.searchResults;
  const [index, qa] = await Promise.all([
    library(deps),
    query.law ? Promise.resolve([]) : searchPublishedQa(deps.db.db, text),
  ]);
  const matches = searchIndex(index, {
    text,
    number: articleNumberOf(text),
    law: query.law,
    limit: limit + 1,
  });
  return {
    articles: matches.slice(0, limit).map((m) => toArticleHit(m, text)),
    more: matches.length > limit,
    qa,
  };
}

/** The parsed law's article count (imports report it). */
export const articleCountOf = (parsed: ParsedLaw) => articlesOf(parsed).length;
