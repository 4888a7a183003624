import type { Kysely } from 'kysely';
import { calendarCoverage, coverageWarning } from '@/domain/calendar-coverage';
import type { HolidayCalendar } from '@/domain/working-days';
import type { Database } from '../../db/schema';
import { loadedYears } from '../calendar/calendar-repository';
import { loadHolidayCalendar } from '../calendar/calendar-service';
import type { ComplaintRow } from './complaints-repository';
import { shanghaiDate } from '../../time';

/**
 * The working-day calendar (the calendar feature's: its `years` are the years imported or built
 * in). For a year it lacks, Monday–Friday count as working days: holidays and make-up working days
 * are missed, so a deadline there can be early or late — staff see a warning (calendarWarning).
 */
export function loadCalendar(db: Kysely<Database>): Promise<HolidayCalendar> {
  return loadHolidayCalendar(db);
}

/** The years with the official arrangement loaded, read once per request for the warnings. */
export const calendarYears = (db: Kysely<Database>): Promise<number[]> => loadedYears(db);

/**
 * While the acceptance deadline (working days, 第十四条) applies: the warning when a year from
 * receipt to the deadline has no calendar, e.g. "2027年节假日安排未导入，期限按周一至周五计算，可能有误".
 * The mediation deadline counts calendar days and needs none.
 */
export function calendarWarning(row: ComplaintRow, years: readonly number[]): string | undefined {
  if (row.status !== 'submitted') return undefined;
  const received = shanghaiDate(new Date(row.submitted_at));
  const coverage = calendarCoverage(received, row.accept_deadline, {
    holidays: [],
    workdays: [],
    years,
  });
  return coverage.covered ? undefined : coverageWarning(coverage);
}
