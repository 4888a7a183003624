import { useEffect, useRef, useState } from 'react';
import type { MerchantSummary } from '@api/merchants';
import { merchantsApi } from '../api';

const TYPING_PAUSE_MS = 300;

/**
 * The registry search under a "which business" box (the complaint form, a 警示's named merchant):
 * asked after a typing pause, and an answer that arrives after a newer one is ignored.
 */
export function useRegistrySearch(query: string) {
  const [results, setResults] = useState<MerchantSummary[]>();
  const [failed, setFailed] = useState(false);
  const latest = useRef(0);
  useEffect(() => {
    const q = query.trim();
    const ticket = ++latest.current;
    if (!q) {
      setResults(undefined);
      return;
    }
    const timer = setTimeout(() => {
      merchantsApi
        .search({ q, limit: 10 })
        .then((page) => ticket === latest.current && (setResults(page.items), setFailed(false)))
        .catch(() => ticket === latest.current && setFailed(true));
    }, TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [query]);
  return { results, failed };
}
