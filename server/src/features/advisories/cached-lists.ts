import type { CacheEntry } from '../../cache/read-cache';
import { cached } from '../../cache/read-cache';
import { shanghaiDate } from '../../time';
import { nextScheduledPublish } from './advisories-repository';
import type { AdvisoryDeps } from './editing-service';

/** The cards' read and 有用 counts change without a bump: they may lag this long. */
export const COUNTS_MAX_AGE_MS = 60_000;

/**
 * A public list (首页's newest, the pinned 警示) from memory: replaced when an advisory is written
 * anywhere (the repository bumps 'advisories'), on a new day (the `expired` flags), when the
 * next scheduled one goes public, and after COUNTS_MAX_AGE_MS.
 */
export function cachedPublicList<T>(
  deps: AdvisoryDeps,
  variant: string,
  load: () => Promise<T>,
): Promise<CacheEntry<T>> {
  const now = deps.now();
  let until = now.getTime() + COUNTS_MAX_AGE_MS;
  const loadWithExpiry = async () => {
    const [value, next] = await Promise.all([
      load(),
      nextScheduledPublish(deps.db.db, now.toISOString()),
    ]);
    if (next) until = Math.min(until, Date.parse(next));
    return value;
  };
  return cached(deps.db.db, 'advisories', loadWithExpiry, {
    variant: `${shanghaiDate(now)}:${variant}`,
    now,
    expiresAt: () => until,
  });
}
