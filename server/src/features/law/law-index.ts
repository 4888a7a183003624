import type { ArticleRow, LawRow } from './law-repository';

/**
 * The whole library in memory (about 1,000 articles, under a megabyte): search, an article with
 * its neighbours and a whole law answer from it without a query each. It is built from the
 * database and stamped with every law's revision; the service rebuilds it when the stamp it
 * reads differs (an import or a new release, in this process or another one). No I/O here.
 */

export interface IndexedLaw {
  row: LawRow;
  /** In order (position). */
  articles: ArticleRow[];
}

export interface LibraryIndex {
  stamp: string;
  /** Library order: the built-in laws as listed, then imported ones by title. */
  laws: IndexedLaw[];
  byKey: Map<string, IndexedLaw>;
}

/** What the stored revisions say about the library: equal stamps, same words. */
export const stampOf = (revisions: Map<string, { revision: string }>) =>
  [...revisions]
    .map(([key, { revision }]) => `${key}:${revision}`)
    .sort()
    .join(',');

export function buildIndex(
  stamp: string,
  laws: LawRow[],
  articles: ArticleRow[],
  order: readonly string[],
): LibraryIndex {
  const rank = (key: string) => {
    const at = order.indexOf(key);
    return at < 0 ? order.length : at;
  };
  const sorted = [...laws].sort(
    (a, b) =>
      rank(a.key) - rank(b.key) ||
      a.title.localeCompare(b.title, 'zh-Hans-CN') ||
      a.key.localeCompare(b.key),
  );
  const byKey = new Map<string, IndexedLaw>(sorted.map((row) => [row.key, { row, articles: [] }]));
  for (const article of articles) byKey.get(article.law_key)?.articles.push(article);
  for (const law of byKey.values()) law.articles.sort((a, b) => a.position - b.position);
  return { stamp, laws: sorted.map((row) => byKey.get(row.key)!), byKey };
}

/** The article numbered `no` (the first, where 之一 articles share the number). */
export const articleIn = (law: IndexedLaw, no: number) => law.articles.find((a) => a.no === no);

/** The numbers before and after `no` in the library (an excerpt skips some). */
export function neighboursIn(law: IndexedLaw, no: number): { previous?: number; next?: number } {
  let previous: number | undefined;
  let next: number | undefined;
  for (const article of law.articles) {
    if (article.no < no) previous = Math.max(previous ?? 0, article.no);
    else if (article.no > no && (next === undefined || article.no < next)) next = article.no;
  }
  return {
    ...(previous !== undefined && { previous }),
    ...(next !== undefined && { next }),
  };
}

export interface ArticleSearch {
  text: string;
  /** The article number the text names (25, 二十五, 第二十五条), if it names one. */
  number?: number;
  law?: string;
  limit: number;
}

export interface ArticleMatch {
  law: IndexedLaw;
  article: ArticleRow;
  /** Found by its number rather than its words. */
  byNumber: boolean;
}

/**
 * Articles whose number is the one asked (first), then those whose words — or whose law's
 * title — contain the text, each group in library order; at most `limit`.
 */
export function searchIndex(index: LibraryIndex, s: ArticleSearch): ArticleMatch[] {
  const laws = s.law ? [index.byKey.get(s.law)].filter((l) => l !== undefined) : index.laws;
  const found: ArticleMatch[] = [];
  if (s.number !== undefined) {
    for (const law of laws) {
      for (const article of law.articles) {
        if (article.no !== s.number) continue;
        found.push({ law, article, byNumber: true });
        if (found.length >= s.limit) return found;
      }
    }
  }
  for (const law of laws) {
    const titled = law.row.title.includes(s.text) || law.row.short_title.includes(s.text);
    for (const article of law.articles) {
      if (article.no === s.number || !(titled || article.text.includes(s.text))) continue;
      found.push({ law, article, byNumber: false });
      if (found.length >= s.limit) return found;
    }
  }
  return found;
}
