import { useCallback, useEffect, useRef, useState } from 'react';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import type { Badge, MerchantSort, MerchantSummary } from '@api/merchants';
import type { ApiError } from '@/services/request';
import { merchantsApi } from '../api';

export interface SearchFilters {
  q: string;
  industry?: string;
  town?: string;
  badge?: Badge;
  /** "lat,lng" when the user chose 离我最近. */
  near?: string;
  /** By the latest 投诉公示 figures (the page clears `near` when it is set). */
  sort?: MerchantSort;
}

const TYPING_PAUSE_MS = 300;

/** Which question a list answers: results are never shown under a different one. */
const questionOf = (f: SearchFilters) =>
  JSON.stringify([f.q.trim(), f.industry, f.town, f.badge, f.near, f.sort]);

/**
 * Search state for 查商家: reloads when a filter changes (after a typing pause for the query),
 * pages on reaching the bottom, refreshes on pull-down, and ignores answers that arrive late.
 * When a new question fails the old results go (they do not answer it); when a refresh of the
 * same question fails they stay, marked as earlier results (`stale`).
 */
export function useMerchantSearch() {
  const [filters, setFilters] = useState<SearchFilters>({ q: '' });
  const [items, setItems] = useState<MerchantSummary[]>();
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError>();
  /** Refreshing the same search failed: the list shown is from before. */
  const [stale, setStale] = useState(false);
  const latest = useRef(0);
  const answered = useRef<string>();

  const load = useCallback(async (current: SearchFilters, cursor?: string) => {
    const ticket = ++latest.current;
    setLoading(true);
    setError(undefined);
    setStale(false);
    try {
      const page = await merchantsApi.search({
        q: current.q.trim() || undefined,
        industry: current.industry,
        town: current.town,
        badge: current.badge,
        near: current.near,
        sort: current.sort,
        cursor,
      });
      if (ticket !== latest.current) return;
      answered.current = questionOf(current);
      setItems((previous) => (cursor ? [...(previous ?? []), ...page.items] : page.items));
      setNextCursor(page.nextCursor);
    } catch (caught) {
      if (ticket !== latest.current) return;
      setError(caught as ApiError);
      if (cursor) return;
      if (answered.current === questionOf(current)) setStale(true);
      else {
        answered.current = undefined;
        setItems(undefined);
      }
    } finally {
      if (ticket === latest.current) setLoading(false);
    }
  }, []);

  useEffect(() => {
    const timer = setTimeout(() => void load(filters), filters.q ? TYPING_PAUSE_MS : 0);
    return () => clearTimeout(timer);
  }, [filters, load]);

  usePullDownRefresh(() => {
    void load(filters).finally(() => Taro.stopPullDownRefresh());
  });

  const loadMore = useCallback(() => {
    if (nextCursor && !loading) void load(filters, nextCursor);
  }, [filters, load, loading, nextCursor]);
  useReachBottom(loadMore);

  const update = useCallback(
    (patch: Partial<SearchFilters>) => setFilters((current) => ({ ...current, ...patch })),
    [],
  );

  return {
    filters,
    update,
    items,
    loading,
    error,
    hasMore: nextCursor !== null,
    stale,
    loadMore,
    retry: () => void load(filters),
  };
}
