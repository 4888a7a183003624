import type { Kysely } from 'kysely';
import type { HolidayCalendar } from '@/domain/working-days';
import type { Database } from '../../db/schema';

/**
 * The working-day calendar from the `holidays` table (seeded from CN_CALENDAR_2026, maintained by
 * staff as each year's State Council notice comes out). `years` are the years with at least one
 * row. For a year the table lacks, only weekends are days off: the deadline is then possibly a
 * few days early, never late, until staff add that year's arrangement.
 */
export async function loadCalendar(db: Kysely<Database>): Promise<HolidayCalendar> {
  const rows = await db.selectFrom('holidays').select(['date', 'kind']).execute();
  const holidays: string[] = [];
  const workdays: string[] = [];
  const years = new Set<number>();
  for (const row of rows) {
    (row.kind === 'holiday' ? holidays : workdays).push(row.date);
    years.add(Number(row.date.slice(0, 4)));
  }
  return { holidays, workdays, years: [...years].sort() };
}
