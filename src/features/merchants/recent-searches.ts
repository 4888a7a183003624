import { storage } from '@/services/storage';

const KEY = 'fx.merchants.recent';
const MAX = 10;

/** The user's last searches, newest first, kept on the phone only. */
export const recentSearches = {
  list: (): string[] => storage.get<string[]>(KEY) ?? [],
  add(query: string): string[] {
    const term = query.trim();
    if (!term) return recentSearches.list();
    const next = [term, ...recentSearches.list().filter((item) => item !== term)].slice(0, MAX);
    storage.set(KEY, next);
    return next;
  },
  clear(): string[] {
    storage.remove(KEY);
    return [];
  },
};
