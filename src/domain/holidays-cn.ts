/**
 * The State Council's holiday arrangements built into the app (FACTS.md "Deadlines": working
 * days follow 国务院办公厅关于节假日安排的通知, including weekend make-up working days 调休).
 * Only years whose notice has been published and checked are here; later years are imported by
 * staff (我的 → 节假日日历, or `npm run admin -- import-holidays`) once the notice is out.
 * Basis: 《全国年节及纪念日放假办法》(2024-11-10 修订) 第二条, 第六条, 第七条.
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

/** Where a year's arrangement comes from: shown with the year in the calendar list. */
export type CalendarSource = {
  title: string;
  /** 文号, when the copy found shows it. */
  number?: string;
  /** Date of the notice, 'YYYY-MM-DD'. */
  issued: string;
  url: string;
};

/** One line of text for the source (stored in holiday_years.source). */
export function describeSource(s: CalendarSource): string {
  return [s.title, s.number, s.issued, s.url].filter(Boolean).join('　');
}

/**
 * 国务院办公厅关于2025年部分节假日安排的通知, 国办发明电〔2024〕12号, 2024年11月12日 (新华社
 * 受权发布): 元旦 1月1日放假1天，不调休；春节 1月28日（农历除夕）至2月4日放假调休，1月26日（周日）、
 * 2月8日（周六）上班；清明节 4月4日至6日；劳动节 5月1日至5日放假调休，4月27日（周日）上班；
 * 端午节 5月31日至6月2日；国庆节、中秋节 10月1日至8日放假调休，9月28日（周日）、10月11日（周六）
 * 上班。
 */
export const CN_SOURCE_2025: CalendarSource = {
  title: '国务院办公厅关于2025年部分节假日安排的通知',
  number: '国办发明电〔2024〕12号',
  issued: '2024-11-12',
  url: 'https://m.gmw.cn/2024-11/12/content_1303894933.htm',
};

export const CN_CALENDAR_2025: HolidayCalendar = {
  holidays: [
    '2025-01-01',
    ...range('2025-01-28', '2025-02-04'),
    ...range('2025-04-04', '2025-04-06'),
    ...range('2025-05-01', '2025-05-05'),
    ...range('2025-05-31', '2025-06-02'),
    ...range('2025-10-01', '2025-10-08'),
  ],
  workdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  years: [2025],
};

/**
 * 国务院办公厅关于2026年部分节假日安排的通知, 2025年11月4日 (新华社北京11月4日电, 全文发布; the
 * copies found do not show the 文号): 元旦 1月1日至3日放假调休，1月4日（周日）上班；春节 2月15日至
 * 23日放假调休，2月14日（周六）、2月28日（周六）上班；清明节 4月4日至6日；劳动节 5月1日至5日放假
 * 调休，5月9日（周六）上班；端午节 6月19日至21日；中秋节 9月25日至27日；国庆节 10月1日至7日放假
 * 调休，9月20日（周日）、10月10日（周六）上班。
 */
export const CN_SOURCE_2026: CalendarSource = {
  title: '国务院办公厅关于2026年部分节假日安排的通知',
  issued: '2025-11-04',
  url: 'https://politics.gmw.cn/2025-11/04/content_38391083.htm',
};

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

/**
 * The built-in years, seeded on first run. 2027: no notice had been found from a citable source
 * when this was written, so it is not here (do not add a year before its notice is published).
 */
export const BUILT_IN_YEARS: readonly {
  year: number;
  calendar: HolidayCalendar;
  source: CalendarSource;
}[] = [
  { year: 2025, calendar: CN_CALENDAR_2025, source: CN_SOURCE_2025 },
  { year: 2026, calendar: CN_CALENDAR_2026, source: CN_SOURCE_2026 },
];

/** Union of several calendars (sorted, without duplicates). */
export function mergeCalendars(...cals: HolidayCalendar[]): HolidayCalendar {
  const union = (pick: (c: HolidayCalendar) => readonly string[]) =>
    [...new Set(cals.flatMap(pick))].sort();
  const years = [...new Set(cals.flatMap((c) => c.years ?? []))].sort((x, y) => x - y);
  return { holidays: union((c) => c.holidays), workdays: union((c) => c.workdays), years };
}
