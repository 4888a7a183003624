import type { DutyView, RosterBody } from '@api/disclosure';

/** One day of the roster as typed: the names in one line, the phone. */
export interface RosterRow {
  date: string;
  staff: string;
  phone: string;
}

export const rosterRowsOf = (week: DutyView['week']): RosterRow[] =>
  week.map((day) => ({ date: day.date, staff: day.staff.join('、'), phone: day.phone ?? '' }));

/** Names separated by 、，, or spaces. */
export const namesOf = (line: string) =>
  line
    .split(/[、,，;；\s]+/)
    .map((name) => name.trim())
    .filter(Boolean);

const PHONE = /^[0-9-]{3,20}$/;

/** The RosterDay schema's rules in words, by day: { '2026-03-15': '…' }. */
export function rosterProblems(rows: RosterRow[]): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const row of rows) {
    const names = namesOf(row.staff);
    if (names.length > 10) problems[row.date] = '每天最多10人';
    else if (names.some((name) => Array.from(name).length > 30)) {
      problems[row.date] = '每个名字最多30个字';
    } else if (row.phone.trim() && !PHONE.test(row.phone.trim())) {
      problems[row.date] = '值班电话只能填数字和“-”，3–20位';
    } else if (!names.length && row.phone.trim()) problems[row.date] = '请填写值班人员';
  }
  return problems;
}

/** The days with someone on duty; an empty day is left as it is. */
export function toRosterBody(rows: RosterRow[]): RosterBody {
  return {
    days: rows
      .filter((row) => namesOf(row.staff).length > 0)
      .map((row) => ({
        date: row.date,
        staff: namesOf(row.staff),
        ...(row.phone.trim() ? { phone: row.phone.trim() } : {}),
      })),
  };
}
