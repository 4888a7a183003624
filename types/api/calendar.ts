import { Type, type Static } from '@sinclair/typebox';
import { literals } from './common';

/**
 * The holiday calendar (国务院办公厅关于YYYY年部分节假日安排的通知), one year at a time. Routes
 * under /api/v1/calendar (staff and admins):
 *   GET /years          the loaded years with their source, and which needed years are missing
 *   GET /years/:year    one year's days
 *   PUT /years/:year    import (replace) one year: all or nothing, audited; dryRun previews
 */

export const CalendarYearParam = Type.Object({
  year: Type.Integer({ minimum: 2000, maximum: 2100, description: '年份' }),
});
export type CalendarYearParam = Static<typeof CalendarYearParam>;

export const CalendarDayKind = literals(['holiday', 'workday'] as const, {
  description: 'holiday 休（放假）, workday 班（周末调休上班）',
});
export type CalendarDayKind = Static<typeof CalendarDayKind>;

export const CalendarDay = Type.Object({
  date: Type.String({ format: 'date' }),
  kind: CalendarDayKind,
});
export type CalendarDay = Static<typeof CalendarDay>;

export const CalendarYearSummary = Type.Object({
  year: Type.Integer(),
  /** The notice it comes from (title, 文号, date, address). */
  source: Type.String(),
  holidays: Type.Integer({ description: '休 的天数' }),
  workdays: Type.Integer({ description: '调休上班的天数' }),
  /** null: built in (seeded). */
  importedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  importedBy: Type.Union([Type.String(), Type.Null()]),
});
export type CalendarYearSummary = Static<typeof CalendarYearSummary>;

export const CalendarYearList = Type.Object({
  items: Type.Array(CalendarYearSummary),
  /** This year and next year when not loaded: deadlines there fall back to Monday–Friday. */
  missing: Type.Array(Type.Integer()),
});
export type CalendarYearList = Static<typeof CalendarYearList>;

export const CalendarYear = Type.Object({
  summary: CalendarYearSummary,
  days: Type.Array(CalendarDay),
});
export type CalendarYear = Static<typeof CalendarYear>;

export const CALENDAR_TEXT_MAX = 20_000;

export const CalendarImportBody = Type.Object({
  /** notice: the notice's text pasted; list: one "YYYY-MM-DD 休|班" a line. */
  format: literals(['notice', 'list'] as const),
  text: Type.String({ minLength: 1, maxLength: CALENDAR_TEXT_MAX }),
  /** Where it comes from: the notice's title, 文号, date or address. */
  source: Type.String({ minLength: 4, maxLength: 300 }),
  /** Check and preview only: nothing is stored. */
  dryRun: Type.Optional(Type.Boolean()),
});
export type CalendarImportBody = Static<typeof CalendarImportBody>;

export const CalendarImportResult = Type.Object({
  year: Type.Integer(),
  /** false for a dry run, or when there are errors (dry run only: a real import answers 400). */
  saved: Type.Boolean(),
  errors: Type.Array(Type.String()),
  notes: Type.Array(Type.String()),
  holidays: Type.Array(Type.String({ format: 'date' })),
  workdays: Type.Array(Type.String({ format: 'date' })),
  /** Whether the year was loaded before (an import replaces it). */
  replaces: Type.Boolean(),
});
export type CalendarImportResult = Static<typeof CalendarImportResult>;
