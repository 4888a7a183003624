import dayjs from 'dayjs';
import {
  BUILT_IN_YEARS,
  CN_CALENDAR_2025,
  CN_CALENDAR_2026,
  describeSource,
  mergeCalendars,
} from '@/domain/holidays-cn';
import type { HolidayCalendar } from '@/domain/working-days';

const weekday = (date: string) => dayjs(date).day(); // 0 = Sunday, 6 = Saturday

describe('CN_CALENDAR_2026 (国务院办公厅关于2026年部分节假日安排的通知)', () => {
  const { holidays, workdays } = CN_CALENDAR_2026;

  test('every make-up working day falls on a Saturday or Sunday', () => {
    for (const d of workdays) expect([0, 6]).toContain(weekday(d));
  });

  test('holidays and workdays are unique, sorted, well-formed 2026 dates, and disjoint', () => {
    for (const list of [holidays, workdays]) {
      expect(new Set(list).size).toBe(list.length);
      expect([...list].sort()).toEqual(list);
      for (const d of list) {
        expect(d).toMatch(/^2026-\d{2}-\d{2}$/);
        expect(dayjs(d).format('YYYY-MM-DD')).toBe(d);
      }
    }
    expect(holidays.filter((d) => workdays.includes(d))).toEqual([]);
  });

  test.each([
    ['元旦', '2026-01-01', '2026-01-03', 3, 4, 6],
    ['春节', '2026-02-15', '2026-02-23', 9, 0, 1],
    ['清明节', '2026-04-04', '2026-04-06', 3, 6, 1],
    ['劳动节', '2026-05-01', '2026-05-05', 5, 5, 2],
    ['端午节', '2026-06-19', '2026-06-21', 3, 5, 0],
    ['中秋节', '2026-09-25', '2026-09-27', 3, 5, 0],
    ['国庆节', '2026-10-01', '2026-10-07', 7, 4, 3],
  ])('%s: %s – %s, %i days, weekdays as in the notice', (_name, from, to, days, dowFrom, dowTo) => {
    const inRange = holidays.filter((d) => d >= from && d <= to);
    expect(inRange).toHaveLength(days);
    expect(weekday(from)).toBe(dowFrom);
    expect(weekday(to)).toBe(dowTo);
  });

  test('33 days off in all and six make-up working days as in the notice', () => {
    expect(holidays).toHaveLength(33);
    expect(workdays).toEqual([
      '2026-01-04', // 周日
      '2026-02-14', // 周六
      '2026-02-28', // 周六
      '2026-05-09', // 周六
      '2026-09-20', // 周日
      '2026-10-10', // 周六
    ]);
    expect(workdays.map(weekday)).toEqual([0, 6, 6, 6, 0, 6]);
  });
});

describe('CN_CALENDAR_2025 (国务院办公厅关于2025年部分节假日安排的通知, 国办发明电〔2024〕12号)', () => {
  const { holidays, workdays } = CN_CALENDAR_2025;

  test.each([
    ['元旦', '2025-01-01', '2025-01-01', 1, 3, 3],
    ['春节', '2025-01-28', '2025-02-04', 8, 2, 2],
    ['清明节', '2025-04-04', '2025-04-06', 3, 5, 0],
    ['劳动节', '2025-05-01', '2025-05-05', 5, 4, 1],
    ['端午节', '2025-05-31', '2025-06-02', 3, 6, 1],
    ['国庆节、中秋节', '2025-10-01', '2025-10-08', 8, 3, 3],
  ])('%s: %s – %s, %i days, weekdays as in the notice', (_name, from, to, days, dowFrom, dowTo) => {
    const inRange = holidays.filter((d) => d >= from && d <= to);
    expect(inRange).toHaveLength(days);
    expect(weekday(from)).toBe(dowFrom);
    expect(weekday(to)).toBe(dowTo);
  });

  test('28 days off in all, five make-up working days on the weekend days the notice names', () => {
    expect(holidays).toHaveLength(28);
    expect(new Set(holidays).size).toBe(28);
    expect(workdays).toEqual([
      '2025-01-26',
      '2025-02-08',
      '2025-04-27',
      '2025-09-28',
      '2025-10-11',
    ]);
    expect(workdays.map(weekday)).toEqual([0, 6, 0, 0, 6]);
  });
});

describe('BUILT_IN_YEARS', () => {
  test('2025 and 2026, each with its notice as source; no year without a published notice', () => {
    expect(BUILT_IN_YEARS.map((b) => b.year)).toEqual([2025, 2026]);
    for (const { year, calendar, source } of BUILT_IN_YEARS) {
      expect(calendar.years).toEqual([year]);
      expect(source.title).toBe(`国务院办公厅关于${year}年部分节假日安排的通知`);
      expect(source.url).toMatch(/^https:\/\//);
      expect(source.issued < `${year}-01-01`).toBe(true);
      expect(describeSource(source)).toContain(source.title);
    }
    expect(CN_CALENDAR_2025.holidays.every((d) => d.startsWith('2025-'))).toBe(true);
  });
});

describe('mergeCalendars', () => {
  const a: HolidayCalendar = { holidays: ['2027-01-01'], workdays: [], years: [2027] };
  const b: HolidayCalendar = { holidays: ['2026-10-01', '2027-01-01'], workdays: ['2026-10-10'] };

  test.each([
    [[], { holidays: [], workdays: [], years: [] }],
    [[a], { holidays: ['2027-01-01'], workdays: [], years: [2027] }],
    [[a, b], { holidays: ['2026-10-01', '2027-01-01'], workdays: ['2026-10-10'], years: [2027] }],
  ])('%#', (cals, expected) => {
    expect(mergeCalendars(...cals)).toEqual(expected);
  });

  test('merging with the 2026 calendar keeps its days and years', () => {
    const m = mergeCalendars(a, CN_CALENDAR_2026);
    expect(m.holidays).toHaveLength(34);
    expect(m.workdays).toEqual(CN_CALENDAR_2026.workdays);
    expect(m.years).toEqual([2026, 2027]);
  });
});
