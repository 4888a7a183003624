import type { ArticleHit, LawArticle, LawSummary, LawText } from '@api/law';
import type { ArticleMatch } from './law-index';
import type { ArticleRow, LawRow } from './law-repository';

/** Rows → the library's answers (no I/O). */

export function toLawSummary(row: LawRow, articleCount: number): LawSummary {
  return {
    key: row.key,
    title: row.title,
    shortTitle: row.short_title,
    kind: row.kind,
    versionDate: row.version_date,
    complete: row.complete === 1,
    fullTextUrl: row.full_text_url,
    source: { name: row.source_name, url: row.source_url },
    articleCount,
    origin: row.origin,
    revision: row.revision,
  };
}

export function toLawArticle(row: ArticleRow): LawArticle {
  return {
    no: row.no,
    label: row.label,
    text: row.text,
    partial: row.partial === 1,
    ...(row.source_name &&
      row.source_url && { source: { name: row.source_name, url: row.source_url } }),
  };
}

/** The whole law: its articles grouped by chapter, in order. */
export function toLawText(row: LawRow, articles: ArticleRow[]): LawText {
  const chapters: LawText['chapters'] = [];
  for (const article of articles) {
    let chapter = chapters[chapters.length - 1];
    if (!chapter || chapter.title !== article.chapter) {
      chapter = { title: article.chapter, articles: [] };
      chapters.push(chapter);
    }
    chapter.articles.push(toLawArticle(article));
  }
  return {
    ...toLawSummary(row, articles.length),
    preamble: JSON.parse(row.preamble) as string[],
    chapters,
  };
}

/** How much of an article a search hit shows. */
export const SNIPPET_LENGTH = 80;

/**
 * Up to SNIPPET_LENGTH characters around the first place `text` occurs (a little before it, so
 * the match reads in context); the start of the article when it matched by number or title.
 */
export function snippetOf(articleText: string, text: string, byNumber: boolean): string {
  const flat = articleText.replace(/\n/g, ' ');
  const at = byNumber ? -1 : flat.indexOf(text);
  const start = at <= 20 ? 0 : Math.min(at - 20, Math.max(0, flat.length - SNIPPET_LENGTH));
  const end = Math.min(flat.length, start + SNIPPET_LENGTH);
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}

export function toArticleHit({ law, article, byNumber }: ArticleMatch, text: string): ArticleHit {
  return {
    law: law.row.key,
    lawTitle: law.row.short_title,
    no: article.no,
    label: article.label,
    snippet: snippetOf(article.text, text, byNumber),
  };
}
