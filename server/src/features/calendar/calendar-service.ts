import type { Kysely } from 'kysely';
import type {
  CalendarImportBody,
  CalendarImportResult,
  CalendarYear,
  CalendarYearList,
} from '@api/calendar';
import { calendarCoverage, coverageWarning, type Coverage } from '@/domain/calendar-coverage';
import { checkYear, parseDateList, parseNoticeText } from '@/domain/calendar-import';
import type { HolidayCalendar } from '@/domain/working-days';
import { recordAudit } from '../../db/audit';
import type { Database } from '../../db/schema';
import { badRequest, notFound } from '../../plugins/app-error';
import { allDays, listYears, loadedYears, replaceYear, yearDays } from './calendar-repository';

/** This year and next year (Asia/Shanghai) when not loaded: deadlines run into both. */
export function missingNeededYears(loaded: readonly number[], today: string): number[] {
  const year = Number(today.slice(0, 4));
  return [year, year + 1].filter((y) => !loaded.includes(y));
}

export async function getYearList(db: Kysely<Database>, today: string): Promise<CalendarYearList> {
  const items = await listYears(db);
  return {
    items,
    missing: missingNeededYears(
      items.map((i) => i.year),
      today,
    ),
  };
}

export async function getYear(db: Kysely<Database>, year: number): Promise<CalendarYear> {
  const summary = (await listYears(db)).find((s) => s.year === year);
  if (!summary) throw notFound('CALENDAR_YEAR_NOT_FOUND', `${year}年节假日安排尚未导入`);
  return { summary, days: await yearDays(db, year) };
}

const MAX_ERRORS = 50;

/** Parse and check an import without storing it (also the preview). */
export function checkImport(year: number, body: Pick<CalendarImportBody, 'format' | 'text'>) {
  const parsed =
    body.format === 'notice' ? parseNoticeText(body.text, year) : parseDateList(body.text);
  const check = checkYear(year, parsed.entries);
  const errors = [...parsed.errors, ...check.errors];
  // A pasted page of nonsense gives one error a line: show the first ones and a count.
  const shown =
    errors.length > MAX_ERRORS
      ? [...errors.slice(0, MAX_ERRORS), `另有${errors.length - MAX_ERRORS}处错误未列出`]
      : errors;
  return { ...check, errors: shown };
}

/**
 * Import (replace) one year: checked first, then the days, the year's record and the audit
 * entry in one transaction, so a bad file changes nothing. actorId null: the admin CLI.
 */
export async function importYear(
  db: Kysely<Database>,
  year: number,
  body: CalendarImportBody,
  actor: { id: string | null; at: Date },
): Promise<CalendarImportResult> {
  const actorId = actor.id;
  const check = checkImport(year, body);
  const replaces = (await loadedYears(db)).includes(year);
  const result = {
    year,
    saved: false,
    errors: check.errors,
    notes: check.notes,
    holidays: check.holidays,
    workdays: check.workdays,
    replaces,
  };
  if (body.dryRun) return result;
  if (check.errors.length > 0) {
    const more = check.errors.length > 1 ? `等${check.errors.length}处错误` : '';
    throw badRequest('CALENDAR_INVALID', `${year}年节假日安排未导入：${check.errors[0]}${more}`, {
      text: check.errors.join('\n').slice(0, 2000),
    });
  }
  const source = body.source.trim();
  if (source.length < 4) {
    throw badRequest('CALENDAR_SOURCE_REQUIRED', '请填写来源：通知标题、文号或发布日期', {
      source: '请填写来源',
    });
  }
  await db.transaction().execute(async (trx) => {
    await replaceYear(trx, {
      year,
      holidays: check.holidays,
      workdays: check.workdays,
      source,
      importedAt: actor.at.toISOString(),
      importedBy: actorId,
    });
    await recordAudit(trx, {
      actorId,
      action: replaces ? 'calendar.replace' : 'calendar.import',
      targetType: 'holiday_years',
      targetId: String(year),
      detail: {
        year,
        source,
        via: actorId ? 'staff' : 'cli',
        holidays: check.holidays.length,
        workdays: check.workdays.length,
      },
      at: actor.at,
    });
  });
  return { ...result, saved: true };
}

/**
 * The working-day calendar with `years` = the years imported or built in (holiday_years), for
 * deadline arithmetic; other years fall back to Monday–Friday.
 */
export async function loadHolidayCalendar(db: Kysely<Database>): Promise<HolidayCalendar> {
  const rows = await allDays(db);
  return {
    holidays: rows.filter((r) => r.kind === 'holiday').map((r) => r.date),
    workdays: rows.filter((r) => r.kind === 'workday').map((r) => r.date),
    years: await loadedYears(db),
  };
}

export type DeadlineCoverage = Coverage & { warning: string };

/**
 * For other features: whether the calendar covers fromDate..toDate ('YYYY-MM-DD'), and the
 * warning to show staff when it does not, e.g. "2027年节假日安排未导入，期限按周一至周五计算，
 * 可能有误".
 */
export async function isCovered(
  db: Kysely<Database>,
  fromDate: string,
  toDate: string,
): Promise<DeadlineCoverage> {
  const coverage = calendarCoverage(fromDate, toDate, {
    holidays: [],
    workdays: [],
    years: await loadedYears(db),
  });
  return { ...coverage, warning: coverageWarning(coverage) };
}

/** The startup log line: which years are loaded, and a warning for this or next year missing. */
export async function calendarStartupReport(
  db: Kysely<Database>,
  today: string,
): Promise<{ info: string; warning?: string }> {
  const loaded = await loadedYears(db);
  const missing = missingNeededYears(loaded, today);
  const info = `节假日日历已载入: ${loaded.length > 0 ? loaded.join('、') : '无'}`;
  if (missing.length === 0) return { info };
  return {
    info,
    warning: `${missing.map((y) => `${y}年`).join('、')}节假日安排未导入，该年期限按周一至周五计算，可能有误：国务院办公厅通知发布后请在“我的 → 节假日日历”或用 npm run admin -- import-holidays 导入`,
  };
}
