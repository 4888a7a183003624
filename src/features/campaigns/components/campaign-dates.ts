/** '2027-03-15' → 3月15日; another year than this one's keeps its year (2027年3月15日). */
export function campaignDay(date: string, thisYear = new Date().getFullYear()): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year === thisYear ? '' : `${year}年`}${month}月${day}日`;
}

/**
 * The whole period with its year once: 2026年11月1日至2027年6月30日 across two years,
 * 2027年3月1日至5月31日 within one (shorter, so it does not wrap in 大字模式).
 */
export function campaignPeriod(from: string, to: string): string {
  const fromYear = Number(from.slice(0, 4));
  return `${campaignDay(from, 0)}至${campaignDay(to, fromYear)}`;
}
