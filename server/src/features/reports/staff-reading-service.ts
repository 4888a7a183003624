import type { Kysely } from 'kysely';
import type { StaffReportDetail, StaffReportList, StaffReportQuery } from '@api/reports';
import type { Database } from '../../db/schema';
import type { AppDeps } from '../../deps';
import { stringKeysetPage } from '../../pagination';
import { notFound } from '../../plugins/app-error';
import { addDays, shanghaiDate, shanghaiDayStartIso } from '../../time';
import { staffNames } from '../advisories/staff-names-service';
import { loadHolidayCalendar } from '../calendar/calendar-service';
import {
  findHandledReport,
  listQueue,
  mergedInto,
  photoCounts,
  photoIds,
  relatedReports,
  reportAudit,
  reportNumber,
} from './handling-repository';
import { toHistory, toStaffDetail, toStaffSummary } from './staff-view';

/** What staff read of reports: the queue and one report (never the reporter's identity). */

export const reportNotFound = () => notFound('REPORT_NOT_FOUND', '举报不存在');

/** Related reports: those about the same business in the last 30 days. */
const RELATED_DAYS = 30;

export async function loadHandledReport(db: Kysely<Database>, id: string) {
  const row = await findHandledReport(db, id);
  if (!row) throw reportNotFound();
  return row;
}

/** The staff queue: earliest decision deadline first, then number. */
export async function staffReportQueue(
  deps: AppDeps,
  query: StaffReportQuery,
): Promise<StaffReportList> {
  const db = deps.db.db;
  const today = shanghaiDate(deps.now());
  const filter = {
    status: query.status,
    campaignId: query.campaignId,
    town: query.town,
    overdueBefore: query.overdue ? today : undefined,
    malicious: query.malicious,
    q: query.q?.trim() || undefined,
  };
  const page = await stringKeysetPage(
    query,
    (window) => listQueue(db, filter, window),
    (r) => [r.decide_by, r.report_no],
  );
  const [counts, calendar] = await Promise.all([
    photoCounts(
      db,
      page.rows.map((r) => r.id),
    ),
    loadHolidayCalendar(db),
  ]);
  return {
    items: page.rows.map((r) => toStaffSummary(r, counts.get(r.id) ?? 0, today, calendar)),
    nextCursor: page.nextCursor,
  };
}

export async function staffReportDetail(deps: AppDeps, id: string): Promise<StaffReportDetail> {
  const db = deps.db.db;
  const row = await loadHandledReport(db, id);
  const today = shanghaiDate(deps.now());
  const since = shanghaiDayStartIso(addDays(today, -RELATED_DAYS));
  const [photos, calendar, target, merged, related, audit] = await Promise.all([
    photoIds(db, id),
    loadHolidayCalendar(db),
    row.merged_into ? reportNumber(db, row.merged_into) : undefined,
    mergedInto(db, id),
    relatedReports(db, row, since),
    reportAudit(db, id),
  ]);
  const nameOf = await staffNames(
    db,
    audit.map((a) => a.actor_id),
  );
  const summary = toStaffSummary(row, photos.length, today, calendar);
  return toStaffDetail(summary, row, {
    photoIds: photos,
    mergedInto: target,
    merged,
    related,
    history: toHistory(audit, nameOf),
  });
}
