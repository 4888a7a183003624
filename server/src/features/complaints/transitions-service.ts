import type { FastifyBaseLogger } from 'fastify';
import type { Updateable } from 'kysely';
import {
  REJECT_REASONS,
  TERMINATE_REASONS,
  type ComplaintDetail,
  type TransitionBody,
} from '@api/complaints';
import { addCalendarDays } from '@/domain/working-days';
import { refusalBasis, refusalRoutes } from '@/domain/refusal-reasons';
import type { AppDeps } from '../../deps';
import type { ComplaintsTable } from '../../db/schema';
import { shanghaiDate } from '../../time';
import { conflict } from '../../plugins/app-error';
import { claimIdempotencyKey, type IdempotencyClaim } from '../../plugins/idempotency';
import { findUserById } from '../auth/auth-repository';
import { getRegion } from '../region/region-service';
import { auditComplaint } from './complaint-audit';
import { enforce, stateOf, visibleComplaint, type ComplaintCall } from './complaint-access';
import { decideTransition } from './transition-rules';
import {
  insertEvent,
  nextEventId,
  NO_DEADLINE,
  updateComplaintIf,
  type ComplaintRow,
} from './complaints-repository';
import { getComplaint } from './complaints-service';
import { listConsents } from './consent-repository';
import { missingConsent } from './consent-rules';
import { deliverStatusChange, notifyStatusChange } from './status-notifications';
import { toFen } from './complaint-view';

const changedMeanwhile = () => conflict('INVALID_TRANSITION', '投诉状态已被他人更新，请刷新后重试');

const MEDIATION_METHODS = { 'on-site': '现场调解', phone: '电话调解', online: '在线调解' };

interface TransitionPlan {
  patch: Updateable<ComplaintsTable>;
  message: string;
  amountFen?: number;
}

const withNote = (text: string, note?: string) => (note?.trim() ? `${text}。${note.trim()}` : text);

/** Calendar days between two Shanghai dates (b after a). */
const daysBetween = (a: string, b: string) =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

/** Ending a pause: the paused calendar days extend the mediation deadline (第二十条). */
function endPause(row: ComplaintRow, today: string) {
  if (row.paused_since === null || row.mediation_deadline === null) return undefined;
  const days = Math.max(0, daysBetween(row.paused_since, today));
  return {
    days,
    patch: {
      paused_since: null,
      paused_days: row.paused_days + days,
      mediation_deadline: addCalendarDays(row.mediation_deadline, days),
    },
  };
}

async function planTransition(
  deps: AppDeps,
  row: ComplaintRow,
  body: TransitionBody,
  today: string,
  at: string,
): Promise<TransitionPlan> {
  switch (body.action) {
    case 'accept': {
      const { deadlines } = await getRegion(deps.db.db);
      // 实施条例 第四十六条: mediation, if both sides agree (第十六条), ends within 60 (calendar)
      // days of acceptance; the bureau cannot promise when it starts.
      const deadline = addCalendarDays(today, deadlines.mediationDays);
      return {
        patch: { accepted_at: at, mediation_deadline: deadline, due_on: deadline },
        message: withNote(
          `投诉已受理。经双方同意可进行调解，调解期限至 ${deadline}（含），检测、鉴定时间不计入`,
          body.note,
        ),
      };
    }
    case 'reject': {
      // 实施条例 第四十六条: the reason and the other routes, which depend on the reason.
      const reason = withNote(REJECT_REASONS[body.reason], body.note);
      const otherRoutes = refusalRoutes(body.reason);
      return {
        patch: {
          due_on: NO_DEADLINE,
          outcome: JSON.stringify({
            status: 'rejected',
            reason,
            rejectReason: body.reason,
            otherRoutes,
          }),
        },
        message: `不予受理（${refusalBasis(body.reason)}）：${reason}。其他解决途径：${otherRoutes.join('；')}`,
      };
    }
    case 'mediate':
      return {
        patch: {},
        message: withNote(`开始调解（${MEDIATION_METHODS[body.method]}）`, body.note),
      };
    case 'pause-for-testing':
      return {
        patch: { paused_since: today },
        message: withNote('检测鉴定期间暂停调解，所需时间不计入调解期限', body.note),
      };
    case 'resume': {
      const ended = endPause(row, today)!;
      return {
        patch: { ...ended.patch, due_on: ended.patch.mediation_deadline },
        message: withNote(
          `恢复调解，检测鉴定用时 ${ended.days} 天，调解期限顺延至 ${ended.patch.mediation_deadline}（含）`,
          body.note,
        ),
      };
    }
    case 'settle': {
      const amountRecovered = body.amountRecovered;
      return {
        patch: {
          ...endPause(row, today)?.patch,
          due_on: NO_DEADLINE,
          outcome: JSON.stringify({
            status: 'settled',
            agreement: body.agreement.trim(),
            amountRecovered,
          }),
        },
        message: `调解成功：${body.agreement.trim()}`,
        amountFen: toFen(amountRecovered),
      };
    }
    case 'terminate': {
      const reason = withNote(TERMINATE_REASONS[body.reason], body.note);
      return {
        patch: {
          ...endPause(row, today)?.patch,
          due_on: NO_DEADLINE,
          outcome: JSON.stringify({ status: 'terminated', reason }),
        },
        message: `终止调解：${reason}`,
      };
    }
    case 'close':
      return { patch: {}, message: withNote('投诉已办结归档', body.note) };
    case 'withdraw': {
      const outcome: Record<string, string> = { status: 'withdrawn' };
      if (body.note?.trim()) outcome.reason = body.note.trim();
      return {
        patch: {
          ...endPause(row, today)?.patch,
          due_on: NO_DEADLINE,
          outcome: JSON.stringify(outcome),
        },
        message: withNote('投诉人已撤回投诉', body.note),
      };
    }
  }
}

export async function transitionComplaint(
  call: ComplaintCall,
  log: FastifyBaseLogger,
  body: TransitionBody,
  claim?: IdempotencyClaim,
): Promise<ComplaintDetail> {
  const { deps, caller, id } = call;
  const { db } = deps.db;
  const { row, parties } = await visibleComplaint(call);
  const to = enforce(decideTransition(stateOf(row), body.action, parties));
  if (body.action === 'mediate') {
    // 第十六条: mediation needs both sides' consent, recorded before 调解中.
    const missing = missingConsent(await listConsents(db, id));
    if (missing) throw conflict('MEDIATION_CONSENT_MISSING', missing);
  }
  const now = deps.now();
  const at = now.toISOString();
  const today = shanghaiDate(now);
  const plan = await planTransition(deps, row, body, today, at);
  const actor = body.action === 'withdraw' ? 'consumer' : 'staff';

  await db.transaction().execute(async (trx) => {
    await claimIdempotencyKey(trx, claim, id);
    const updated = await updateComplaintIf(
      trx,
      id,
      {
        status: row.status,
        // pause/resume and the end of a pause must see the pause state they were planned on.
        paused: row.paused_since !== null,
      },
      { ...plan.patch, status: to, updated_at: at },
    );
    if (!updated) throw changedMeanwhile();
    await insertEvent(trx, {
      id: nextEventId(),
      complaint_id: id,
      at,
      actor_role: actor,
      actor_id: caller.sub,
      kind: 'status',
      status: to,
      message: plan.message,
      evidence: null,
      amount_fen: plan.amountFen ?? null,
    });
    // The message centre hears of it in the same transaction (the subscribe message is extra).
    await deliverStatusChange(trx, {
      complaintId: id,
      action: body.action,
      from: row.status,
      message: plan.message,
      at: now,
    });
    await auditComplaint(trx, `complaint.${body.action}`, id, caller, now, {
      from: row.status,
      to,
      ...('reason' in body && { reason: body.reason }),
    });
  });

  if (to !== row.status && actor === 'staff' && row.subscribed === 1) {
    await notifyStatusChange(deps, log, {
      userId: row.complainant_user_id,
      complaintId: id,
      trackingNo: row.tracking_no,
      status: to,
      message: plan.message,
      at: now,
      openid: (await findUserById(db, row.complainant_user_id))?.openid ?? null,
    });
  }
  return getComplaint(call);
}
