import dayjs from 'dayjs';

/** 2027年3月5日 */
export const formatDate = (iso: string) => dayjs(iso).format('YYYY年M月D日');

/** 2027年3月5日 14:30 */
export const formatTime = (iso: string) => dayjs(iso).format('YYYY年M月D日 HH:mm');

/** How a published tip shows its author: 王小明 → 王** (the server masks it the same way). */
export function maskedNickname(nickname: string | undefined): string {
  const chars = Array.from((nickname ?? '').trim());
  if (chars.length === 0) return '微信用户';
  return chars[0] + '*'.repeat(Math.max(1, Math.min(chars.length - 1, 6)));
}
