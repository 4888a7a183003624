import dayjs from 'dayjs';
import type { AdvisoryCard, AdvisoryList, PinnedAdvisories } from '@api/advisories';
import { load } from '@/services/api-calls';
import { storage } from '@/services/storage';

const CACHE_KEY = 'fx.home-advisories';
/** 首页 lists this many of the newest advisories under 消费提示. */
export const NEWEST_SHOWN = 3;
/** At most this many current 警示 on 首页; the rest are one tap away in the list. */
export const PINNED_SHOWN = 3;

/** What 首页 shows of the advisories: the current 警示, and the newest ones not already above. */
export interface AdvisoryDigest {
  pinned: AdvisoryCard[];
  newest: AdvisoryCard[];
}

const stillValid = (card: AdvisoryCard, today: string) =>
  !card.validUntil || card.validUntil >= today;

/**
 * The last digest seen, so 首页 shows it at once on a weak signal; a 警示 whose window has
 * closed since is left out.
 */
export function cachedDigest(today = dayjs().format('YYYY-MM-DD')): AdvisoryDigest | undefined {
  const digest = storage.get<AdvisoryDigest>(CACHE_KEY);
  if (!digest) return undefined;
  return { ...digest, pinned: digest.pinned.filter((card) => stillValid(card, today)) };
}

export async function fetchDigest(): Promise<AdvisoryDigest> {
  // Twice as many newest as shown, so that after leaving out the pinned ones enough remain.
  const [pinned, latest] = await Promise.all([
    load<PinnedAdvisories>('/advisories/pinned'),
    load<AdvisoryList>('/advisories', { limit: NEWEST_SHOWN * 2 }),
  ]);
  const shownPinned = pinned.items.slice(0, PINNED_SHOWN);
  const pinnedIds = new Set(shownPinned.map((card) => card.id));
  const digest: AdvisoryDigest = {
    pinned: shownPinned,
    newest: latest.items.filter((card) => !pinnedIds.has(card.id)).slice(0, NEWEST_SHOWN),
  };
  storage.set(CACHE_KEY, digest);
  return digest;
}
