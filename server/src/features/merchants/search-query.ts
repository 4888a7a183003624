import type { Badge, MerchantSort } from '@api/merchants';

/** A search as the repository runs it: normalised, parsed, validated. */
export interface SearchCriteria {
  /** Lower-cased, trimmed; matched against search_name. */
  text?: string;
  /** Upper-cased q when it looks like (part of) a credit code: also matches its prefix. */
  codePrefix?: string;
  industry?: string;
  town?: string;
  badge?: Badge;
  near?: { lat: number; lng: number };
  /** By the latest published 投诉公示 figures (wins over `near`). */
  sort?: MerchantSort;
  limit: number;
  /** Asia/Shanghai date: badges are valid on it or not. */
  today: string;
}

/** A credit code being typed: 4 to 18 characters of its alphabet (GB 32100-2015). */
const CODE_LIKE = /^[0-9A-HJ-NPQRTUWXY]{4,18}$/i;

/** Queries shorter than this many characters cannot use a trigram index. */
export const TRIGRAM = 3;

export function normaliseQuery(q: string | undefined): Pick<SearchCriteria, 'text' | 'codePrefix'> {
  const trimmed = (q ?? '').trim();
  if (trimmed === '') return {};
  return {
    text: trimmed.toLowerCase(),
    codePrefix: CODE_LIKE.test(trimmed) ? trimmed.toUpperCase() : undefined,
  };
}

/** 'lat,lng' (already checked by the schema's pattern) → numbers, or undefined if out of range. */
export function parseNear(near: string): { lat: number; lng: number } | undefined {
  const [lat, lng] = near.split(',').map(Number);
  if (!(Math.abs(lat) <= 90 && Math.abs(lng) <= 180)) return undefined;
  return { lat, lng };
}

/** Characters as people count them (code points), as FTS5's trigram tokenizer counts them. */
export function charCount(text: string): number {
  return Array.from(text).length;
}
