import { useState } from 'react';
import { useRemote } from '@/hooks/use-remote';
import { quizApi } from '../api';
import { storedResults } from './paper-store';

/**
 * A handed-in paper's result: the copy kept on this phone at hand-in when there is one (no
 * request), else from the server. `stored` also carries how many papers are left today.
 */
export function useQuizResult(id: string) {
  const [stored] = useState(() => storedResults.get(id));
  const result = useRemote(
    () => (stored ? Promise.resolve(stored.result) : quizApi.result(id)),
    stored?.result,
  );
  return { result, stored };
}
