/**
 * `npm run admin -- import-holidays FILE [--year YYYY] [--source 来源] [--dry-run]`: one year's
 * arrangement from a file holding either the notice's text or a "YYYY-MM-DD 休|班" list.
 */
import type { Kysely } from 'kysely';
import type { CalendarImportResult } from '@api/calendar';
import { noticeYear } from '@/domain/calendar-import';
import type { Database } from '../../db/schema';
import { badRequest } from '../../plugins/app-error';
import { importYear } from './calendar-service';

export type HolidayCliOptions = { year?: number; source?: string; dryRun: boolean };

const LIST_LINE = /^\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/;

/** Options after the file name; throws a Chinese message on a bad one. */
export function parseHolidayCliFlags(args: readonly string[]): HolidayCliOptions {
  const out: HolidayCliOptions = { dryRun: false };
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i];
    if (a === '--dry-run') out.dryRun = true;
    else if (a === '--year' && /^\d{4}$/.test(args[i + 1] ?? '')) out.year = Number(args[++i]);
    else if (a === '--source' && args[i + 1]) out.source = args[++i];
    else throw badRequest('CLI_BAD_FLAG', `无法识别的参数: ${a}`);
  }
  return out;
}

export async function importHolidayFile(
  db: Kysely<Database>,
  text: string,
  options: HolidayCliOptions,
  at: Date,
): Promise<CalendarImportResult> {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() && !l.trim().startsWith('#'));
  const format = lines.length > 0 && lines.every((l) => LIST_LINE.test(l)) ? 'list' : 'notice';
  const listYears = new Set(lines.map((l) => l.trim().slice(0, 4)));
  const year =
    options.year ??
    (format === 'notice'
      ? noticeYear(text)
      : listYears.size === 1
        ? Number([...listYears][0])
        : undefined);
  if (!year) {
    throw badRequest('CALENDAR_YEAR_REQUIRED', '无法从文件判断年份：请加 --year YYYY');
  }
  const title = text.match(/国务院办公厅关于\s*\d{4}\s*年部分节假日安排的通知/)?.[0];
  const source = options.source ?? title;
  if (!source) {
    throw badRequest(
      'CALENDAR_SOURCE_REQUIRED',
      '请用 --source 写明来源（通知标题、文号、发布日期）',
    );
  }
  // Checked first so that every error is printed, not only the first.
  const cli = { id: null, at };
  const preview = await importYear(db, year, { format, text, source, dryRun: true }, cli);
  if (options.dryRun || preview.errors.length > 0) return preview;
  return importYear(db, year, { format, text, source }, cli);
}

export function formatHolidayReport(r: CalendarImportResult): string {
  const head = r.saved
    ? `已${r.replaces ? '替换' : '导入'}${r.year}年节假日安排`
    : `${r.year}年节假日安排（预览，未保存）`;
  return [
    `${head}：放假 ${r.holidays.length} 天，调休上班 ${r.workdays.length} 天`,
    `  放假: ${r.holidays.join(' ')}`,
    `  上班: ${r.workdays.join(' ') || '无'}`,
    ...r.notes.map((n) => `  说明: ${n}`),
    ...r.errors.map((e) => `  错误: ${e}`),
  ].join('\n');
}
