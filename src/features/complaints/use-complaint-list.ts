import { useCallback, useEffect, useRef, useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import type { ComplaintListQuery, ComplaintSummary } from '@api/complaints';
import type { ApiError } from '@/services/request';
import { complaintsApi } from './api';

/**
 * A cursor-paged list of complaints for one scope and its filters: the first page on mount and
 * whenever the filters change, the next on reaching the bottom (or a tap), a fresh start on
 * pull-down and on coming back to the page; answers that arrive late are ignored.
 */
export function useComplaintList(query: Omit<ComplaintListQuery, 'cursor'>) {
  const [items, setItems] = useState<ComplaintSummary[]>();
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError>();
  const latest = useRef(0);
  const failed = useRef<string | undefined>(undefined);
  const key = JSON.stringify(query);
  const current = useRef(query);
  current.current = query;
  const shown = useRef(false);

  const load = useCallback(async (cursor?: string) => {
    const ticket = ++latest.current;
    setLoading(true);
    setError(undefined);
    try {
      const page = await complaintsApi.list({ ...current.current, cursor });
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

  // Back from a detail page: statuses may have moved on.
  useDidShow(() => {
    if (shown.current) void load();
    shown.current = true;
  });

  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh());
  });

  const loadMore = useCallback(() => {
    if (nextCursor && !loading) void load(nextCursor);
  }, [load, loading, nextCursor]);
  useReachBottom(loadMore);

  return {
    items,
    loading,
    error,
    hasMore: nextCursor !== null,
    loadMore,
    reload: () => load(),
    retry: () => load(failed.current),
  };
}
