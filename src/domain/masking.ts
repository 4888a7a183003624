/**
 * Masking of personal data for display — FACTS.md "Personal data": phones as 138****5678, names
 * as 张* / 欧阳** (surname kept). 个人信息保护法 第二十五条、第五十一条 (de-identification).
 */

/** Common two-character (compound) surnames, kept whole when masking a name. */
export const COMPOUND_SURNAMES: readonly string[] = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '令狐',
  '夏侯',
  '端木',
  '独孤',
  '南宫',
  '西门',
  '轩辕',
  '呼延',
];

/**
 * 11-digit mobiles → first 3 + '****' + last 4. Other lengths ≥ 8 keep the first 3 and the last
 * 4 (one * per hidden character); shorter values keep only the last 2; 2 characters or fewer are
 * hidden entirely.
 */
export function maskPhone(phone: string): string {
  const chars = Array.from((phone ?? '').trim());
  const n = chars.length;
  if (n === 0) return '';
  if (n >= 8) return chars.slice(0, 3).join('') + '*'.repeat(n - 7) + chars.slice(-4).join('');
  if (n <= 2) return '*'.repeat(n);
  return '*'.repeat(n - 2) + chars.slice(-2).join('');
}

/**
 * 张三 → 张*, 张三丰 → 张**, 欧阳修 → 欧阳*, 欧阳娜娜 → 欧阳**. One * per hidden character.
 */
export function maskName(name: string): string {
  const chars = Array.from((name ?? '').trim());
  const n = chars.length;
  if (n === 0) return '';
  if (n === 1) return '*';
  const keep = n > 2 && COMPOUND_SURNAMES.includes(chars[0] + chars[1]) ? 2 : 1;
  return chars.slice(0, keep).join('') + '*'.repeat(n - keep);
}

/** Keeps up to the first 6 characters (roughly the county/town) and appends '****'. */
export function maskAddress(addr: string): string {
  const chars = Array.from((addr ?? '').trim());
  if (chars.length === 0) return '';
  return chars.slice(0, 6).join('') + '****';
}
