/**
 * Official public-holiday arrangements of the State Council (FACTS.md "Deadlines": working days
 * follow 国务院办公厅关于节假日安排的通知, including weekend make-up working days 调休).
 */
import type { HolidayCalendar } from './working-days';

function range(from: string, to: string): string[] {
  const out: string[] = [];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= end; t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

/**
 * 国务院办公厅关于2026年部分节假日安排的通知 (国务院办公厅, 2025年11月4日, 新华社全文发布):
 * 元旦 1月1日至3日放假，1月4日（周日）上班；春节 2月15日至23日放假，2月14日（周六）、
 * 2月28日（周六）上班；清明节 4月4日至6日；劳动节 5月1日至5日放假，5月9日（周六）上班；
 * 端午节 6月19日至21日；中秋节 9月25日至27日；国庆节 10月1日至7日放假，9月20日（周日）、
 * 10月10日（周六）上班。
 */
export const CN_CALENDAR_2026: HolidayCalendar = {
  holidays: [
    ...range('2026-01-01', '2026-01-03'),
    ...range('2026-02-15', '2026-02-23'),
    ...range('2026-04-04', '2026-04-06'),
    ...range('2026-05-01', '2026-05-05'),
    ...range('2026-06-19', '2026-06-21'),
    ...range('2026-09-25', '2026-09-27'),
    ...range('2026-10-01', '2026-10-07'),
  ],
  workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  years: [2026],
};

/** Union of several calendars (sorted, without duplicates). */
export function mergeCalendars(...cals: HolidayCalendar[]): HolidayCalendar {
  const union = (pick: (c: HolidayCalendar) => readonly string[]) =>
    [...new Set(cals.flatMap(pick))].sort();
  const years = [...new Set(cals.flatMap((c) => c.years ?? []))].sort((x, y) => x - y);
  return { holidays: union((c) => c.holidays), workdays: union((c) => c.workdays), years };
}
