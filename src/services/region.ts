import type { Region } from '@api/region';
import { request } from './request';
import { storage } from './storage';

const CACHE_KEY = 'fx.region';

/** The last county profile seen, so 首页 shows at once on a weak signal. */
export const cachedRegion = (): Region | undefined => storage.get<Region>(CACHE_KEY);

export async function fetchRegion(): Promise<Region> {
  const region = await request<Region>('/region', { toast: false });
  storage.set(CACHE_KEY, region);
  return region;
}
