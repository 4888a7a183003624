import { useEffect, useState } from 'react';
import type { MerchantDetail } from '@api/merchants';
import { merchantsApi } from '@/features/merchants';
import { ApiError } from '@/services/request';

export type RegistryLookup =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'found'; merchant: MerchantDetail }
  | { state: 'not-found' }
  | { state: 'failed' };

/**
 * Quietly looks a valid credit code up in our merchant registry (no toast: the check itself works
 * offline, the registry is extra). Answers for a code the user has since changed are ignored.
 */
export function useRegistryLookup(code: string | undefined): RegistryLookup {
  const [lookup, setLookup] = useState<RegistryLookup>({ state: 'idle' });
  useEffect(() => {
    if (!code) {
      setLookup({ state: 'idle' });
      return;
    }
    let current = true;
    setLookup({ state: 'loading' });
    merchantsApi
      .byCode(code)
      .then((merchant) => current && setLookup({ state: 'found', merchant }))
      .catch((error: unknown) => {
        if (!current) return;
        const notFound = error instanceof ApiError && error.status === 404;
        setLookup({ state: notFound ? 'not-found' : 'failed' });
      });
    return () => {
      current = false;
    };
  }, [code]);
  return lookup;
}
