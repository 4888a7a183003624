import type { Kysely } from 'kysely';
import type { CalendarDay, CalendarYearSummary } from '@api/calendar';
import type { Database } from '../../db/schema';
import { accountNames } from '../auth/auth-repository';

/** The loaded years with their day counts, oldest first. */
export async function listYears(db: Kysely<Database>): Promise<CalendarYearSummary[]> {
  const years = await db
    .selectFrom('holiday_years')
    .select(['year', 'source', 'imported_at', 'imported_by'])
    .orderBy('year')
    .execute();
  const names = await accountNames(
    db,
    years.map((y) => y.imported_by),
  );
  // Imported on the command line (no account), or by a staff member.
  const importerName = (id: string | null) => {
    const name = id === null ? undefined : names.get(id);
    return name ? (name.username ?? name.nickname) : '命令行';
  };
  const days = await allDays(db);
  return years.map((y) => {
    const mine = days.filter((d) => d.date.startsWith(`${y.year}-`));
    return {
      year: Number(y.year),
      source: y.source,
      holidays: mine.filter((d) => d.kind === 'holiday').length,
      workdays: mine.filter((d) => d.kind === 'workday').length,
      importedAt: y.imported_at,
      importedBy: y.imported_at ? importerName(y.imported_by) : null,
    };
  });
}

/** Every holiday and adjusted workday of every loaded year. */
export function allDays(db: Kysely<Database>): Promise<CalendarDay[]> {
  return db.selectFrom('holidays').select(['date', 'kind']).execute();
}

const firstDay = (year: number) => `${year}-01-01`;
const lastDay = (year: number) => `${year}-12-31`;

export async function yearDays(db: Kysely<Database>, year: number): Promise<CalendarDay[]> {
  return db
    .selectFrom('holidays')
    .select(['date', 'kind'])
    .where('date', '>=', firstDay(year))
    .where('date', '<=', lastDay(year))
    .orderBy('date')
    .execute();
}

export async function loadedYears(db: Kysely<Database>): Promise<number[]> {
  const rows = await db.selectFrom('holiday_years').select('year').orderBy('year').execute();
  return rows.map((r) => Number(r.year));
}

/** Replace one year's days and its record; call inside a transaction. */
export async function replaceYear(
  db: Kysely<Database>,
  input: {
    year: number;
    holidays: readonly string[];
    workdays: readonly string[];
    source: string;
    importedAt: string | null;
    importedBy: string | null;
  },
): Promise<void> {
  const { year } = input;
  // The year's row first: on PostgreSQL it locks the year, so two imports of it queue up.
  const record = {
    source: input.source,
    imported_at: input.importedAt,
    imported_by: input.importedBy,
  };
  await db
    .insertInto('holiday_years')
    .values({ year, ...record })
    .onConflict((oc) => oc.column('year').doUpdateSet(record))
    .execute();
  await db
    .deleteFrom('holidays')
    .where('date', '>=', firstDay(year))
    .where('date', '<=', lastDay(year))
    .execute();
  const rows = [
    ...input.holidays.map((date) => ({ date, kind: 'holiday' as const, note: '放假' })),
    ...input.workdays.map((date) => ({ date, kind: 'workday' as const, note: '调休上班' })),
  ];
  if (rows.length > 0) await db.insertInto('holidays').values(rows).execute();
}
