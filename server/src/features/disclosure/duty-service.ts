import type { DutyComplaint, DutyQuery, DutyView, RisingItem, RosterBody } from '@api/disclosure';
import { COMPLAINT_STATUSES } from '@/domain/complaint-vocabulary';
import { addWorkingDays } from '@/domain/working-days';
import type { AppDeps } from '../../deps';
import { recordAudit } from '../../db/audit';
import { badRequest } from '../../plugins/app-error';
import type { TokenPayload } from '../../plugins/auth';
import { addDays, shanghaiDate, shanghaiDayStartIso } from '../../time';
import { staffNames } from '../advisories/staff-names-service';
import { loadCalendar } from '../complaints/deadline-calendar';
import { listSupervisedComplaints, supervisedAmong } from '../complaints/supervision-repository';
import { getRegion } from '../region/region-service';
import {
  countAroundWindows,
  countByStatus,
  openDueBy,
  rosterDays,
  saveRosterDays,
  type DutyComplaintRow,
  type WindowCounts,
} from './duty-repository';

type DutyDeps = Pick<AppDeps, 'db' | 'now'>;

/** Deadlines within this many working days are "due soon". */
export const DUE_SOON_WORKING_DAYS = 2;
const DUE_SOON_MAX = 50;
const SUPERVISED_MAX = 100;
const RISING_TOP = 5;

/** The campaign week: the event date (3·15) and three days either side. */
export function campaignWeek(eventDate: string): string[] {
  return [-3, -2, -1, 0, 1, 2, 3].map((d) => addDays(eventDate, d));
}

/** The biggest rises first (only rises), then the most complaints; at most five. */
export function topRises(counts: readonly WindowCounts[], withId: boolean): RisingItem[] {
  return counts
    .filter((c) => c.last7 > c.previous7)
    .sort(
      (a, b) =>
        b.last7 - b.previous7 - (a.last7 - a.previous7) ||
        b.last7 - a.last7 ||
        a.key.localeCompare(b.key),
    )
    .slice(0, RISING_TOP)
    .map((c) => ({
      ...(withId && { merchantId: c.key }),
      name: withId ? c.name : c.key,
      last7: c.last7,
      previous7: c.previous7,
    }));
}

const toDutyComplaint = (row: DutyComplaintRow, supervised: boolean): DutyComplaint => ({
  id: row.id,
  trackingNo: row.tracking_no,
  merchantName: row.merchant_name,
  ...(row.industry !== null && { industry: row.industry }),
  category: row.category,
  status: row.status,
  dueOn: row.due_on,
  supervised,
});

const statusOrder = (s: string) => (COMPLAINT_STATUSES as readonly string[]).indexOf(s);

/** 值班值守: the roster of the campaign week and what needs watching on `date` (default today). */
export async function dutyView(deps: DutyDeps, query: DutyQuery): Promise<DutyView> {
  const db = deps.db.db;
  const date = query.date ?? shanghaiDate(deps.now());
  const region = await getRegion(db);
  const days = campaignWeek(region.event.date);
  const edited = new Map((await rosterDays(db, days)).map((r) => [r.date, r]));
  const profile = new Map((region.disclosure?.duty ?? []).map((d) => [d.date, d]));
  const week = days.map((day) => {
    const row = edited.get(day);
    if (row) {
      return {
        date: day,
        staff: JSON.parse(row.staff) as string[],
        ...(row.phone !== null && { phone: row.phone }),
      };
    }
    const planned = profile.get(day);
    return {
      date: day,
      staff: planned?.staff ?? [],
      ...(planned?.phone !== undefined && { phone: planned.phone }),
    };
  });

  const dayStart = shanghaiDayStartIso(date);
  const nextDayStart = shanghaiDayStartIso(addDays(date, 1));
  const todayByStatus = (await countByStatus(db, dayStart, nextDayStart)).sort(
    (a, b) => statusOrder(a.status) - statusOrder(b.status),
  );

  const lastDue = addWorkingDays(date, DUE_SOON_WORKING_DAYS, await loadCalendar(db));
  const due = await openDueBy(db, lastDue, DUE_SOON_MAX);
  const marked = await supervisedAmong(
    db,
    due.map((r) => r.id),
  );

  // The last 7 days are date−6 … date; the 7 before, date−13 … date−7.
  const window = {
    start: shanghaiDayStartIso(addDays(date, -13)),
    mid: shanghaiDayStartIso(addDays(date, -6)),
    end: nextDayStart,
  };
  const [byBusiness, byIndustry, supervisedRows] = await Promise.all([
    countAroundWindows(db, 'merchant_id', window),
    countAroundWindows(db, 'industry', window),
    listSupervisedComplaints(db, SUPERVISED_MAX),
  ]);
  const nameOf = await staffNames(
    db,
    supervisedRows.map((r) => r.supervisor_id),
  );

  return {
    date,
    week,
    todayByStatus,
    dueSoon: due.map((r) => toDutyComplaint(r, marked.has(r.id))),
    risingBusinesses: topRises(byBusiness, true),
    risingIndustries: topRises(byIndustry, false),
    supervised: supervisedRows.map((r) => ({
      ...toDutyComplaint(r, true),
      supervisorName: nameOf(r.supervisor_id),
      note: r.note,
      since: r.since,
    })),
  };
}

const invalidRoster = (message: string) =>
  badRequest('VALIDATION_FAILED', message, { days: message });

/** Replaces the roster of the given days of the campaign week (audited); answers today's view. */
export async function saveRoster(
  deps: DutyDeps,
  caller: TokenPayload,
  body: RosterBody,
): Promise<DutyView> {
  const db = deps.db.db;
  const week = campaignWeek((await getRegion(db)).event.date);
  const dates = body.days.map((d) => d.date);
  if (new Set(dates).size !== dates.length) throw invalidRoster('同一天只能填写一次');
  const outside = dates.find((d) => !week.includes(d));
  if (outside) {
    throw invalidRoster(`${outside} 不在活动周内，只能安排 ${week[0]} 至 ${week[6]} 的值班`);
  }
  const cleaned = body.days.map((d) => ({ ...d, staff: d.staff.map((s) => s.trim()) }));
  if (cleaned.some((d) => d.staff.some((s) => s.length === 0))) {
    throw invalidRoster('值班人员姓名不能为空');
  }
  const now = deps.now();
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    await saveRosterDays(
      trx,
      cleaned.map((d) => ({
        date: d.date,
        staff: JSON.stringify(d.staff),
        phone: d.phone ?? null,
        updated_by: caller.sub,
        updated_at: at,
      })),
    );
    await recordAudit(trx, {
      actorId: caller.sub,
      action: 'duty.roster',
      targetType: 'duty-roster',
      targetId: null,
      detail: { days: cleaned },
      at: now,
    });
  });
  return dutyView(deps, {});
}
