/**
 * Whether the loaded holiday calendar covers the dates a deadline spans. For a year without the
 * State Council's arrangement, working days fall back to Monday–Friday: holidays are missed and
 * make-up working days (调休) are not counted, so a deadline can come out late or early.
 */
import { isValidDate, type HolidayCalendar } from './working-days';

export type Coverage = { covered: boolean; missingYears: number[] };

/** The years from `from` to `to` (inclusive, 'YYYY-MM-DD', in either order) that `cal` lacks. */
export function calendarCoverage(from: string, to: string, cal: HolidayCalendar): Coverage {
  if (!isValidDate(from) || !isValidDate(to)) {
    throw new RangeError(`calendarCoverage expects YYYY-MM-DD dates, got ${from}, ${to}`);
  }
  const [a, b] = [Number(from.slice(0, 4)), Number(to.slice(0, 4))].sort((x, y) => x - y);
  const loaded = new Set(cal.years ?? []);
  const missingYears: number[] = [];
  for (let y = a; y <= b; y += 1) if (!loaded.has(y)) missingYears.push(y);
  return { covered: missingYears.length === 0, missingYears };
}

/** The warning staff see next to a deadline the calendar does not cover; '' when covered. */
export function coverageWarning(coverage: Coverage): string {
  if (coverage.covered) return '';
  const years = coverage.missingYears.map((y) => `${y}年`).join('、');
  return `${years}节假日安排未导入，期限按周一至周五计算，可能有误`;
}
