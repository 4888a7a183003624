import type { Region } from '@api/region';
import { DEFAULT_ADVISORY_CATEGORIES } from '@/domain/advisory-vocabulary';
import { DEFAULT_TIPS_PER_DAY } from '@/domain/tip-vocabulary';

/** Pure rules of consumer tips. */

/** The categories a tip may have: the county profile's advisory categories. */
export function tipCategories(region: Region): readonly string[] {
  return region.advisories?.categories ?? DEFAULT_ADVISORY_CATEGORIES;
}

/** Tips a user may submit per Asia/Shanghai day. */
export function tipsPerDay(region: Region): number {
  return region.tips?.perUserPerDay ?? DEFAULT_TIPS_PER_DAY;
}

/** 王小明 → 王**; an empty nickname → 微信用户. Never more of a nickname than its first character. */
export function maskedAuthor(nickname: string): string {
  const chars = Array.from(nickname.trim());
  if (chars.length === 0) return '微信用户';
  return chars[0] + '*'.repeat(Math.max(1, Math.min(chars.length - 1, 6)));
}

/** A LIKE pattern for text anywhere, with LIKE's own characters escaped (escape '\'). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
