import { useEffect, useState } from 'react';
import type { Region } from '@api/region';
import { cachedRegion, fetchRegion } from '@/services/region';

/** The county profile for pickers and labels: the cached copy at once, refreshed quietly. */
export function useRegion(): Region | undefined {
  const [region, setRegion] = useState(cachedRegion);
  useEffect(() => {
    let alive = true;
    fetchRegion()
      .then((fresh) => alive && setRegion(fresh))
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, []);
  return region;
}
