import { useCallback, useEffect, useRef, useState } from 'react';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import type { ApiError } from '@/services/request';

export interface Remote<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => Promise<void>;
}

/**
 * Loads data for a page: loading, error-with-retry and pull-to-refresh in one place.
 * `initial` lets a page show cached data at once while the fresh copy loads.
 */
export function useRemote<T>(load: () => Promise<T>, initial?: T): Remote<T> {
  const [data, setData] = useState<T | undefined>(initial);
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(true);
  const loadRef = useRef(load);
  loadRef.current = load;

  const reload = useCallback(async () => {
    setLoading(true);
    setError(undefined);
    try {
      setData(await loadRef.current());
    } catch (caught) {
      setError(caught as ApiError);
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh());
  });

  return { data, error, loading, reload };
}
