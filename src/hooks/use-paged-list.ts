import { useCallback, useEffect, useRef, useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import type { PageOf as Page } from '@api/common';
import type { ApiError } from '@/services/request';

interface PagedListOptions {
  /** Start again from the first page whenever this changes (e.g. the filters, serialised). */
  key?: string;
  /** Start again when the page is shown again (back from a detail page that changed things). */
  reloadOnShow?: boolean;
}

/**
 * A cursor-paged list: the first page on mount, the next on reaching the bottom (or a tap),
 * a fresh start on pull-down, answers that arrive late ignored, and items that can leave
 * (e.g. once decided).
 */
export function usePagedList<T extends { id: string }>(
  loadPage: (cursor?: string) => Promise<Page<T>>,
  { key, reloadOnShow = false }: PagedListOptions = {},
) {
  const [items, setItems] = useState<T[]>();
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError>();
  const latest = useRef(0);
  /** The page whose load failed last (undefined: the first page), for retry. */
  const failed = useRef<string | undefined>(undefined);
  const loader = useRef(loadPage);
  loader.current = loadPage;

  const load = useCallback(async (cursor?: string) => {
    const ticket = ++latest.current;
    setLoading(true);
    setError(undefined);
    try {
      const page = await loader.current(cursor);
      if (ticket !== latest.current) return;
      setItems((previous) => {
        if (!cursor) return page.items;
        const seen = new Set((previous ?? []).map((item) => item.id));
        return [...(previous ?? []), ...page.items.filter((item) => !seen.has(item.id))];
      });
      setNextCursor(page.nextCursor);
    } catch (caught) {
      if (ticket === latest.current) {
        failed.current = cursor;
        setError(caught as ApiError);
      }
    } finally {
      if (ticket === latest.current) setLoading(false);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [key, load]);

  const shown = useRef(false);
  useDidShow(() => {
    if (reloadOnShow && shown.current) void load();
    shown.current = true;
  });

  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh());
  });

  const loadMore = useCallback(() => {
    if (nextCursor && !loading) void load(nextCursor);
  }, [load, loading, nextCursor]);
  useReachBottom(loadMore);

  const remove = useCallback(
    (id: string) => setItems((list) => list?.filter((item) => item.id !== id)),
    [],
  );

  return {
    items,
    loading,
    error,
    hasMore: nextCursor !== null,
    loadMore,
    reload: () => load(),
    retry: () => load(failed.current),
    remove,
  };
}
