import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import type { LawText } from '@api/law';
import { useRemote } from '@/hooks/use-remote';
import { lawApi } from '../../api';
import { lawCache, type CachedLaw } from '../../law-cache';

/**
 * One law, offline first: the kept copy at once, then the server's; a new revision replaces the
 * copy. When the server cannot be reached the copy stays, marked with the day it was saved.
 */
export function useLaw() {
  const key = useRouter().params.law ?? '';
  const [copy, setCopy] = useState<CachedLaw | undefined>(() => lawCache.get(key));
  const remote = useRemote(async (): Promise<LawText> => {
    const law = await lawApi.law(key);
    if (lawCache.put(law)) setCopy(lawCache.get(key));
    return law;
  }, copy?.law);
  const unreachable = remote.error !== undefined && remote.error.status !== 404;
  return {
    key,
    remote,
    law: remote.data,
    /** The day of the copy on screen when the server could not be reached. */
    offlineSince: unreachable && remote.data ? copy?.savedAt : undefined,
    gone: remote.error?.status === 404 || !key,
  };
}
