import type { ArticleDetail, LawList, LawSummary, LawText } from '@api/law';
import { storage } from '@/services/storage';

/**
 * Offline copies (issue 17): every law the user opens is kept whole in storage by its key, with
 * its revision; a newer revision from the server replaces it. A 90 KB law fits easily (weapp
 * allows 1 MB a key, 10 MB in all).
 */
export interface CachedLaw {
  law: LawText;
  /** When this revision was saved (ISO): "X月X日保存的版本". */
  savedAt: string;
}

const lawKey = (key: string) => `fx.law.${key}`;
const LIST_KEY = 'fx.law.list';

export const lawCache = {
  get(key: string): CachedLaw | undefined {
    const cached = storage.get<CachedLaw>(lawKey(key));
    return cached?.law?.key === key ? cached : undefined;
  },
  /** Keeps `law` unless the same revision is already kept; true when the copy changed. */
  put(law: LawText, now = new Date()): boolean {
    if (lawCache.get(law.key)?.law.revision === law.revision) return false;
    storage.set(lawKey(law.key), { law, savedAt: now.toISOString() } satisfies CachedLaw);
    return true;
  },
  /** Whether the kept copy is this revision (then nothing need be fetched). */
  holds: (key: string, revision: string) => lawCache.get(key)?.law.revision === revision,
  /** The library list as last loaded (shown at once, and offline). */
  list: () => storage.get<LawList>(LIST_KEY),
  putList: (list: LawList) => storage.set(LIST_KEY, list),
};

/** 3月5日 for an ISO time (local day). */
export const savedDay = (iso: string) => {
  const date = new Date(iso);
  return `${date.getMonth() + 1}月${date.getDate()}日`;
};

/** One article out of a kept law, as the article page shows it (usedBy needs the network). */
export function articleFromCopy(law: LawText, no: number): ArticleDetail | undefined {
  const order = law.chapters.flatMap((chapter) =>
    chapter.articles.map((article) => ({ chapter: chapter.title, article })),
  );
  const at = order.findIndex((entry) => entry.article.no === no);
  if (at < 0) return undefined;
  const summary: LawSummary = {
    key: law.key,
    title: law.title,
    shortTitle: law.shortTitle,
    kind: law.kind,
    versionDate: law.versionDate,
    complete: law.complete,
    fullTextUrl: law.fullTextUrl,
    source: law.source,
    articleCount: law.articleCount,
    origin: law.origin,
    revision: law.revision,
  };
  return {
    law: summary,
    chapter: order[at].chapter,
    article: order[at].article,
    previous: order[at - 1]?.article.no,
    next: order[at + 1]?.article.no,
    usedBy: [],
  };
}
