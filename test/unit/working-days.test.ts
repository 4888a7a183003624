import {
  addCalendarDays,
  addWorkingDays,
  calendarCovers,
  dayOfWeek,
  EMPTY_CALENDAR,
  isValidDate,
  isWorkingDay,
  workingDaysBetween,
  type HolidayCalendar,
} from '@/domain/working-days';
import { calendarCoverage, coverageWarning } from '@/domain/calendar-coverage';
import { CN_CALENDAR_2025, CN_CALENDAR_2026, mergeCalendars } from '@/domain/holidays-cn';

const CAL = CN_CALENDAR_2026;

describe('dates', () => {
  test.each([
    ['2026-03-02', 1],
    ['2026-03-07', 6],
    ['2026-03-08', 0],
    ['2026-10-01', 4],
  ])('dayOfWeek(%s) = %i', (date, dow) => {
    expect(dayOfWeek(date)).toBe(dow);
  });

  test.each([
    ['2026-02-28', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-1', false],
    ['20260101', false],
    ['', false],
  ])('isValidDate(%j) = %s', (date, valid) => {
    expect(isValidDate(date)).toBe(valid);
  });

  test.each([
    ['2026-01-15', 60, '2026-03-16'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-01', 0, '2026-03-01'],
  ])('addCalendarDays(%s, %i) = %s', (start, n, expected) => {
    expect(addCalendarDays(start, n)).toBe(expected);
  });

  test.each([
    () => addCalendarDays('2026-02-30', 1),
    () => addCalendarDays('2026-02-01', 1.5),
    () => addWorkingDays('2026-02-01', -1, CAL),
    () => addWorkingDays('x', 1, CAL),
    () => workingDaysBetween('2026-01-01', '2026/01/02', CAL),
  ])('bad input throws RangeError (%#)', (fn) => {
    expect(fn).toThrow(RangeError);
  });
});

describe('isWorkingDay with the 2026 calendar', () => {
  test.each([
    ['2026-03-02', true, 'plain Monday'],
    ['2026-03-07', false, 'plain Saturday'],
    ['2026-03-08', false, 'plain Sunday'],
    ['2026-01-01', false, '元旦'],
    ['2026-01-04', true, '元旦 make-up Sunday'],
    ['2026-02-14', true, '春节 make-up Saturday'],
    ['2026-02-16', false, '春节 Monday'],
    ['2026-02-23', false, '春节 last day (Monday)'],
    ['2026-02-24', true, 'after 春节'],
    ['2026-02-28', true, '春节 make-up Saturday'],
    ['2026-04-06', false, '清明 Monday'],
    ['2026-05-05', false, '劳动节 Tuesday'],
    ['2026-05-09', true, '劳动节 make-up Saturday'],
    ['2026-06-19', false, '端午 Friday'],
    ['2026-09-20', true, '国庆 make-up Sunday'],
    ['2026-09-25', false, '中秋 Friday'],
    ['2026-10-07', false, '国庆 Wednesday'],
    ['2026-10-08', true, 'after 国庆'],
    ['2026-10-10', true, '国庆 make-up Saturday'],
  ])('%s → %s (%s)', (date, working) => {
    expect(isWorkingDay(date, CAL)).toBe(working);
  });
});

describe('addWorkingDays', () => {
  test.each([
    // Plain weeks.
    ['2026-03-02', 0, '2026-03-02'],
    ['2026-03-02', 1, '2026-03-03'],
    ['2026-03-02', 5, '2026-03-09'],
    ['2026-03-06', 1, '2026-03-09'],
    ['2026-03-07', 1, '2026-03-09'],
    ['2026-03-08', 7, '2026-03-17'],
    ['2026-03-02', 10, '2026-03-16'],
    // Across 国庆 2026: Oct 1–7 off, Oct 10 (Sat) a working day.
    ['2026-09-30', 1, '2026-10-08'],
    ['2026-09-30', 3, '2026-10-10'],
    ['2026-09-30', 4, '2026-10-12'],
    ['2026-09-30', 7, '2026-10-15'],
    // Across 中秋 and the make-up Sunday Sep 20.
    ['2026-09-18', 1, '2026-09-20'],
    ['2026-09-24', 1, '2026-09-28'],
    // Across 春节: Feb 14 (Sat) working, Feb 15–23 off, Feb 28 (Sat) working.
    ['2026-02-12', 2, '2026-02-14'],
    ['2026-02-12', 3, '2026-02-24'],
    ['2026-02-12', 7, '2026-02-28'],
    ['2026-02-15', 1, '2026-02-24'],
    // 元旦: Jan 4 (Sun) is the first working day of 2026.
    ['2025-12-31', 1, '2026-01-04'],
    ['2026-01-01', 1, '2026-01-04'],
    // 劳动节: May 1–5 off, May 9 (Sat) working; 10 working days for a merchant's settlement.
    ['2026-04-30', 4, '2026-05-09'],
    ['2026-04-30', 10, '2026-05-18'],
  ])('addWorkingDays(%s, %i) = %s', (start, n, expected) => {
    expect(addWorkingDays(start, n, CAL)).toBe(expected);
  });

  test('without a holiday calendar only weekends are skipped', () => {
    expect(addWorkingDays('2026-09-30', 7, EMPTY_CALENDAR)).toBe('2026-10-09');
  });

  test('a calendar without any working day is rejected', () => {
    const allOff: HolidayCalendar = {
      holidays: Array.from({ length: 800 }, (_, i) => addCalendarDays('2026-01-01', i)),
      workdays: [],
    };
    expect(() => addWorkingDays('2026-01-01', 1, allOff)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  test.each([
    ['2026-03-02', '2026-03-02', 0],
    ['2026-03-02', '2026-03-03', 1],
    ['2026-03-06', '2026-03-08', 0],
    ['2026-03-06', '2026-03-09', 1],
    ['2026-03-02', '2026-03-16', 10],
    ['2026-09-30', '2026-10-07', 0],
    ['2026-09-30', '2026-10-10', 3],
    ['2026-09-30', '2026-10-15', 7],
    ['2026-02-12', '2026-02-28', 7],
    ['2026-09-18', '2026-09-20', 1],
    // 261 weekdays − 19 weekday holidays + 6 make-up days = 248 (Jan 1 itself is a holiday).
    ['2026-01-01', '2026-12-31', 248],
  ])('workingDaysBetween(%s, %s) = %i, and negated when swapped', (from, to, n) => {
    expect(workingDaysBetween(from, to, CAL)).toBe(n);
    expect(workingDaysBetween(to, from, CAL)).toBe(n === 0 ? 0 : -n);
    expect(Object.is(workingDaysBetween(to, from, CAL), -0)).toBe(false);
  });

  test.each([
    ['2026-02-10', 7],
    ['2026-09-21', 7],
    ['2026-09-30', 10],
    ['2026-12-20', 7],
  ])('inverse of addWorkingDays from %s (+%i)', (start, n) => {
    expect(workingDaysBetween(start, addWorkingDays(start, n, CAL), CAL)).toBe(n);
  });
});

describe('calendarCovers', () => {
  test.each([
    ['2026-06-01', true],
    ['2027-01-01', false],
    ['2025-12-31', false],
  ])('%s → %s', (date, covered) => {
    expect(calendarCovers(date, CAL)).toBe(covered);
  });
});

describe('calendarCoverage (a deadline in a year without the notice)', () => {
  const BOTH = mergeCalendars(CN_CALENDAR_2025, CN_CALENDAR_2026);

  test.each([
    ['2026-03-02', '2026-03-11', true, []],
    ['2025-12-29', '2026-01-08', true, []],
    ['2026-12-28', '2027-01-07', false, [2027]],
    ['2027-03-15', '2027-03-24', false, [2027]],
    ['2027-01-05', '2026-12-28', false, [2027]],
    ['2024-12-30', '2027-01-04', false, [2024, 2027]],
  ])('%s … %s covered=%s', (from, to, covered, missing) => {
    const c = calendarCoverage(from, to, BOTH);
    expect(c).toEqual({ covered, missingYears: missing });
    expect(coverageWarning(c)).toBe(
      covered
        ? ''
        : `${missing.map((y) => `${y}年`).join('、')}节假日安排未导入，期限按周一至周五计算，可能有误`,
    );
  });

  test('refuses a malformed date', () => {
    expect(() => calendarCoverage('2027-3-15', '2027-03-24', BOTH)).toThrow(RangeError);
  });
});

describe('a missing year is wrong in both directions (not "never late")', () => {
  // The 7-working-day acceptance deadline from every receipt day of 2026, with and without the
  // 2026 notice: a make-up working day (调休) ignored makes it late, a holiday ignored early.
  const days = Array.from({ length: 365 }, (_, i) => addCalendarDays('2026-01-01', i));
  const withNotice = days.map((d) => addWorkingDays(d, 7, CAL));
  const weekdaysOnly = days.map((d) => addWorkingDays(d, 7, EMPTY_CALENDAR));

  test('some deadlines come out late, each because a 调休 working day was not counted', () => {
    const late = days.filter((_, i) => weekdaysOnly[i] > withNotice[i]);
    expect(late.length).toBeGreaterThan(0);
    for (const d of late) {
      const deadline = addWorkingDays(d, 7, CAL);
      expect(CAL.workdays.some((w) => w > d && w <= deadline)).toBe(true);
    }
  });

  test('others come out early, because a holiday was counted as a working day', () => {
    expect(days.some((_, i) => weekdaysOnly[i] < withNotice[i])).toBe(true);
  });
});

describe('a covered year: a deadline running over a 调休 weekend', () => {
  test.each([
    // 2026-02-09 (周一) +7: 2/10–2/13 (4), 2/14 (周六, 调休上班) (5), 2/15–2/23 off, 2/24, 2/25.
    ['2026-02-09', '2026-02-25', '2026-02-18'],
    // 2026-09-14 (周一) +7: 9/15–9/18 (4), 9/20 (周日, 调休上班) (5), 9/21, 9/22.
    ['2026-09-14', '2026-09-22', '2026-09-23'],
    // 2025-09-24 (周三) +7: 9/25, 9/26, 9/28 (周日, 调休上班), 9/29, 9/30, 10/1–10/8 off, 10/9, 10/10.
    ['2025-09-24', '2025-10-10', '2025-10-03'],
  ])('received %s → accept by %s (weekdays only would say %s)', (received, due, naive) => {
    const cal = mergeCalendars(CN_CALENDAR_2025, CN_CALENDAR_2026);
    expect(addWorkingDays(received, 7, cal)).toBe(due);
    expect(addWorkingDays(received, 7, EMPTY_CALENDAR)).toBe(naive);
    expect(calendarCoverage(received, due, cal).covered).toBe(true);
  });
});
