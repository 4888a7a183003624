import { useEffect, useState } from 'react';
import type { LawSearchResult } from '@api/law';
import type { ApiError } from '@/services/request';
import { lawApi } from '../../api';

const TYPING_PAUSE_MS = 300;

export interface LawSearch {
  text: string;
  setText: (text: string) => void;
  /** The query the results answer ('' when not searching). */
  q: string;
  result: LawSearchResult | undefined;
  searching: boolean;
  error: ApiError | undefined;
  retry: () => void;
}

/** Results as the user types: from the first character, after a short pause, newest answer wins. */
export function useLawSearch(): LawSearch {
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [result, setResult] = useState<LawSearchResult>();
  const [searching, setSearching] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const wanted = text.trim();
    const timer = setTimeout(() => setQ(wanted), wanted ? TYPING_PAUSE_MS : 0);
    return () => clearTimeout(timer);
  }, [text]);

  useEffect(() => {
    if (!q) {
      setResult(undefined);
      setError(undefined);
      setSearching(false);
      return;
    }
    let current = true;
    setSearching(true);
    setError(undefined);
    lawApi
      .search(q)
      .then((answer) => current && setResult(answer))
      .catch((caught: ApiError) => current && (setResult(undefined), setError(caught)))
      .finally(() => current && setSearching(false));
    return () => {
      current = false;
    };
  }, [q, attempt]);

  return { text, setText, q, result, searching, error, retry: () => setAttempt((n) => n + 1) };
}
