import type { Kysely } from 'kysely';
import type { Supervision, SupervisionBody } from '@api/disclosure';
import type { AppDeps } from '../../deps';
import type { Database } from '../../db/schema';
import { badRequest } from '../../plugins/app-error';
import type { TokenPayload } from '../../plugins/auth';
import { staffNames } from '../advisories/staff-names-service';
import type { Delivery } from '../messages/messages-service';
import { auditComplaint } from './complaint-audit';
import { complaintNotFound } from './complaint-access';
import { findComplaint } from './complaints-repository';
import {
  deleteSupervision,
  findSupervision,
  upsertSupervision,
  type SupervisionRow,
} from './supervision-repository';

type SupervisionDeps = Pick<AppDeps, 'db' | 'now'>;

async function toSupervision(db: Kysely<Database>, row: SupervisionRow): Promise<Supervision> {
  const nameOf = await staffNames(db, [row.supervisor_id]);
  return {
    complaintId: row.complaint_id,
    supervisorId: row.supervisor_id,
    supervisorName: nameOf(row.supervisor_id),
    note: row.note,
    since: row.since,
  };
}

/** The complaint's 督办, or null when nobody supervises it (an ordinary answer, not an error). */
export async function getSupervision(
  deps: SupervisionDeps,
  id: string,
): Promise<Supervision | null> {
  const db = deps.db.db;
  if (!(await findComplaint(db, id))) throw complaintNotFound();
  const row = await findSupervision(db, id);
  return row ? toSupervision(db, row) : null;
}

/**
 * 督办: the caller becomes the complaint's supervisor (taking over from a colleague); their own
 * mark again only changes the note and keeps its date.
 */
export async function superviseComplaint(
  deps: SupervisionDeps,
  caller: TokenPayload,
  id: string,
  body: SupervisionBody,
): Promise<Supervision> {
  const db = deps.db.db;
  const now = deps.now();
  const note = body.note.trim();
  if (note.length < 2) {
    throw badRequest('VALIDATION_FAILED', '督办说明：请至少写 2 个字', { note: '请至少写 2 个字' });
  }
  const row = await db.transaction().execute(async (trx) => {
    if (!(await findComplaint(trx, id))) throw complaintNotFound();
    const before = await findSupervision(trx, id);
    const next: SupervisionRow = {
      complaint_id: id,
      supervisor_id: caller.sub,
      note,
      since: before?.supervisor_id === caller.sub ? before.since : now.toISOString(),
    };
    await upsertSupervision(trx, next);
    await auditComplaint(
      trx,
      before ? 'complaint.supervision-update' : 'complaint.supervise',
      id,
      caller,
      now,
      {
        note,
        ...(before &&
          before.supervisor_id !== caller.sub && { previousSupervisor: before.supervisor_id }),
      },
    );
    return next;
  });
  return toSupervision(db, row);
}

/** Lifts the 督办 mark (204 whether or not there was one; an unknown complaint is a 404). */
export async function liftSupervision(
  deps: SupervisionDeps,
  caller: TokenPayload,
  id: string,
): Promise<void> {
  const now = deps.now();
  await deps.db.db.transaction().execute(async (trx) => {
    if (!(await findComplaint(trx, id))) throw complaintNotFound();
    if (await deleteSupervision(trx, id)) {
      await auditComplaint(trx, 'complaint.supervision-lift', id, caller, now, {});
    }
  });
}

export interface SupervisedChange {
  complaintId: string;
  trackingNo: string;
  merchantName: string;
  /** What happened (已受理, 调解成功 …). */
  what: string;
  /** The status now, in words. */
  status: string;
  /** "当前办理期限：…" or empty. */
  due: string;
  link: string;
}

/** The supervisor's message of a status change, when the complaint is under 督办. */
export async function supervisionDelivery(
  trx: Kysely<Database>,
  change: SupervisedChange,
): Promise<Delivery[]> {
  const mark = await findSupervision(trx, change.complaintId);
  if (!mark) return [];
  return [
    {
      userId: mark.supervisor_id,
      kind: 'supervision',
      title: `督办投诉${change.what}`,
      body:
        `投诉编号 ${change.trackingNo}（${change.merchantName}），当前状态：${change.status}。` +
        change.due,
      link: change.link,
    },
  ];
}
