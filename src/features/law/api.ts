import type { ArticleDetail, LawList, LawSearchResult, LawText } from '@api/law';
import { itemPath, load } from '@/services/api-calls';
import { request } from '@/services/request';

/** The public law library API (普法), one function per route. */
export const lawApi = {
  laws: () => load<LawList>('/law/laws'),
  law: (key: string) => load<LawText>(itemPath('/law/laws', key)),
  article: (law: string, no: number) =>
    load<ArticleDetail>(`${itemPath('/law/articles', law)}/${no}`),
  /** As the user types: no retries (the next keystroke asks again), no toast. */
  search: (q: string, law?: string) =>
    request<LawSearchResult>('/law/search', { query: { q, law }, toast: false, retries: 0 }),
  /** A background refresh of the offline copy: quiet, no retries. */
  lawQuietly: (key: string) =>
    request<LawText>(itemPath('/law/laws', key), { toast: false, retries: 0 }),
};
