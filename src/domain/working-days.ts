/**
 * Working-day arithmetic on calendar dates written 'YYYY-MM-DD' (dates of the Asia/Shanghai
 * calendar; no time zones here — the caller converts an instant to a local date first).
 *
 * FACTS.md "Deadlines": working days follow the State Council's annual holiday notice, including
 * make-up working days (调休) on weekends. The day of receipt is not counted.
 */

export type HolidayCalendar = {
  /** Days off that would otherwise be working days (and holiday weekend days), 'YYYY-MM-DD'. */
  holidays: readonly string[];
  /** Make-up working days (调休) that fall on a Saturday or Sunday, 'YYYY-MM-DD'. */
  workdays: readonly string[];
  /**
   * Years whose official arrangement the calendar contains. Other years fall back to Monday–Friday,
   * which misses holidays and make-up working days: a deadline there may be early or late, so
   * callers warn (calendar-coverage.ts) rather than trust it.
   */
  years?: readonly number[];
};

export const EMPTY_CALENDAR: HolidayCalendar = { holidays: [], workdays: [], years: [] };

const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number (days since 1970-01-01) of a valid 'YYYY-MM-DD' date; RangeError otherwise. */
function toDayNumber(date: string): number {
  const m = DATE_RE.exec(date);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const ms = Date.UTC(y, mo - 1, d);
    const back = new Date(ms);
    if (back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d) {
      return ms / DAY_MS;
    }
  }
  throw new RangeError(`Invalid date "${date}", expected YYYY-MM-DD`);
}

function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** True for a real calendar date written 'YYYY-MM-DD'. */
export function isValidDate(date: string): boolean {
  try {
    toDayNumber(date);
    return true;
  } catch {
    return false;
  }
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: string): number {
  return new Date(toDayNumber(date) * DAY_MS).getUTCDay();
}

export function isWeekend(date: string): boolean {
  const d = dayOfWeek(date);
  return d === 0 || d === 6;
}

type CalendarSets = { holidays: ReadonlySet<string>; workdays: ReadonlySet<string> };
const setsCache = new WeakMap<HolidayCalendar, CalendarSets>();

function sets(cal: HolidayCalendar): CalendarSets {
  let s = setsCache.get(cal);
  if (!s) {
    s = { holidays: new Set(cal.holidays), workdays: new Set(cal.workdays) };
    setsCache.set(cal, s);
  }
  return s;
}

/** A weekend day is a working day only if listed in `workdays`; a weekday unless in `holidays`. */
export function isWorkingDay(date: string, cal: HolidayCalendar): boolean {
  const s = sets(cal);
  if (isWeekend(date)) return s.workdays.has(date);
  return !s.holidays.has(date);
}

/** True when the calendar contains the official arrangement for the year of `date`. */
export function calendarCovers(date: string, cal: HolidayCalendar): boolean {
  toDayNumber(date);
  return cal.years?.includes(Number(date.slice(0, 4))) ?? false;
}

export function addCalendarDays(start: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`addCalendarDays expects an integer, got ${n}`);
  return fromDayNumber(toDayNumber(start) + n);
}

// No official calendar has anywhere near this many days off in a row; guards against a bad one.
const MAX_CONSECUTIVE_DAYS_OFF = 366;

/**
 * The n-th working day after `start` (the start day itself is not counted); n = 0 returns start.
 * E.g. a complaint received on `start` must be accepted or refused by addWorkingDays(start, 7).
 */
export function addWorkingDays(start: string, n: number, cal: HolidayCalendar): string {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`addWorkingDays expects an integer n ≥ 0, got ${n}`);
  }
  let day = toDayNumber(start);
  let left = n;
  let off = 0;
  while (left > 0) {
    day += 1;
    if (isWorkingDay(fromDayNumber(day), cal)) {
      left -= 1;
      off = 0;
    } else if (++off > MAX_CONSECUTIVE_DAYS_OFF) {
      throw new RangeError('addWorkingDays: calendar has no working days');
    }
  }
  return fromDayNumber(day);
}

/**
 * Working days after `from` up to and including `to`; negative (the same count, negated) when
 * `to` is before `from`, so workingDaysBetween(a, b) === -workingDaysBetween(b, a).
 */
export function workingDaysBetween(from: string, to: string, cal: HolidayCalendar): number {
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  const [lo, hi, sign] = a <= b ? [a, b, 1] : [b, a, -1];
  let count = 0;
  for (let day = lo + 1; day <= hi; day += 1) {
    if (isWorkingDay(fromDayNumber(day), cal)) count += 1;
  }
  return count === 0 ? 0 : sign * count;
}
