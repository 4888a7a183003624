import type { Kysely } from 'kysely';
import type {
  NoticeSide,
  NoticeSideState,
  RecordNoticeBody,
  TerminationNotices,
} from '@api/messages';
import { NOTICE_SIDES } from '@api/messages';
import { addWorkingDays } from '@/domain/working-days';
import type { AppDeps } from '../../deps';
import type { Database } from '../../db/schema';
import { shanghaiDate } from '../../time';
import { badRequest, conflict } from '../../plugins/app-error';
import type { TokenPayload } from '../../plugins/auth';
import { loadCalendar } from '../complaints/deadline-calendar';
import { auditComplaint } from '../complaints/complaint-audit';
import { complaintNotFound } from '../complaints/complaint-access';
import { findComplaint } from '../complaints/complaints-repository';
import { getRegion } from '../region/region-service';
import { insertNotices, listNotices, recordNotice, type NoticeRow } from './messages-repository';

/**
 * 《市场监督管理投诉举报处理暂行办法》第二十一条第二款: "终止调解的，市场监督管理部门应当自作出终止
 * 调解决定之日起七个工作日内告知投诉人和被投诉人。" The number of working days comes from the county
 * profile (deadlines.terminationNoticeWorkingDays); the decision day itself is not counted.
 */
export async function noticeDueOn(db: Kysely<Database>, terminatedAt: Date): Promise<string> {
  const region = await getRegion(db);
  return addWorkingDays(
    shanghaiDate(terminatedAt),
    region.deadlines.terminationNoticeWorkingDays,
    await loadCalendar(db),
  );
}

/**
 * At the termination, in its transaction: one row per side. A side that has just received the
 * notice in its message centre is recorded as told (in-app, at that instant); the other (an
 * unregistered merchant, or one nobody acts for) waits for staff to record how they told it.
 */
export async function openTerminationNotices(
  db: Kysely<Database>,
  complaintId: string,
  terminatedAt: Date,
  deliveredTo: Record<NoticeSide, boolean>,
): Promise<void> {
  const at = terminatedAt.toISOString();
  const dueOn = await noticeDueOn(db, terminatedAt);
  await insertNotices(
    db,
    NOTICE_SIDES.map((side) => ({
      complaint_id: complaintId,
      side,
      terminated_at: at,
      due_on: dueOn,
      method: deliveredTo[side] ? ('in-app' as const) : null,
      notified_at: deliveredTo[side] ? at : null,
      note: null,
      recorded_by: null,
      recorded_at: deliveredTo[side] ? at : null,
    })),
  );
}

function sideState(row: NoticeRow | undefined, side: NoticeSide, today: string): NoticeSideState {
  if (!row) return { side, method: null, notifiedAt: null, note: null, overdue: false };
  // Late when nobody is recorded by the deadline, or the notice went out after it.
  const toldOn = row.notified_at ? shanghaiDate(new Date(row.notified_at)) : today;
  return {
    side,
    method: row.method,
    notifiedAt: row.notified_at,
    note: row.note,
    overdue: toldOn > row.due_on,
  };
}

/** The complaint (404 when there is none) and its notice rows. */
async function complaintNotices(db: Kysely<Database>, complaintId: string) {
  const complaint = await findComplaint(db, complaintId);
  if (!complaint) throw complaintNotFound();
  return { complaint, rows: await listNotices(db, complaintId) };
}

/** For staff: whether and when each side was told that mediation was terminated. */
export async function terminationNotices(
  deps: AppDeps,
  complaintId: string,
): Promise<TerminationNotices> {
  const { db } = deps.db;
  const { complaint, rows } = await complaintNotices(db, complaintId);
  const today = shanghaiDate(deps.now());
  return {
    applies: complaint.status === 'terminated' || rows.length > 0,
    terminatedAt: rows[0]?.terminated_at ?? null,
    dueOn: rows[0]?.due_on ?? null,
    sides: NOTICE_SIDES.map((side) =>
      sideState(
        rows.find((r) => r.side === side),
        side,
        today,
      ),
    ),
  };
}

/** Staff record how they told a side (phone, letter, on site) that nobody had told yet. */
export async function recordTerminationNotice(
  deps: AppDeps,
  caller: TokenPayload,
  complaintId: string,
  body: RecordNoticeBody,
): Promise<TerminationNotices> {
  const { db } = deps.db;
  const { complaint, rows } = await complaintNotices(db, complaintId);
  // A withdrawal during mediation (第二十一条(一)) opened its record too.
  const endedByWithdrawal = complaint.status === 'withdrawn' && rows.length > 0;
  if (complaint.status !== 'terminated' && !endedByWithdrawal) {
    throw conflict('COMPLAINT_NOT_TERMINATED', '只有终止调解的投诉需要记录告知情况');
  }
  const now = deps.now();
  const told = new Date(body.notifiedAt);
  // Complaints terminated before notices were kept: the last update is when it was terminated.
  const terminatedAt = rows[0]?.terminated_at ?? complaint.updated_at;
  if (Number.isNaN(told.getTime()) || told.getTime() > now.getTime() + 60_000) {
    throw badRequest('VALIDATION_FAILED', '告知时间：不能晚于现在', { notifiedAt: '不能晚于现在' });
  }
  if (told.toISOString() < terminatedAt) {
    throw badRequest('VALIDATION_FAILED', '告知时间：不能早于终止调解的时间', {
      notifiedAt: '不能早于终止调解的时间',
    });
  }
  const at = now.toISOString();
  const note = body.note?.trim() || null;
  await db.transaction().execute(async (trx) => {
    if (rows.length === 0) {
      await openTerminationNotices(trx, complaintId, new Date(terminatedAt), {
        complainant: false,
        merchant: false,
      });
    }
    const recorded = await recordNotice(trx, complaintId, body.side, {
      method: body.method,
      notified_at: told.toISOString(),
      note,
      recorded_by: caller.sub,
      recorded_at: at,
    });
    if (!recorded) throw conflict('NOTICE_ALREADY_RECORDED', '这一方的告知情况已有记录');
    await auditComplaint(trx, 'complaint.termination-notice', complaintId, caller, now, {
      side: body.side,
      method: body.method,
      notifiedAt: told.toISOString(),
    });
  });
  return terminationNotices(deps, complaintId);
}
