import type { PledgeCertificate, PledgeStatus, PledgeTransitionBody } from '@api/pledges';
import { earliestWithdrawal } from '@/domain/pledge-text';
import { recordAudit } from '../../db/audit';
import { shanghaiDate } from '../../time';
import { conflict, forbidden } from '../../plugins/app-error';
import type { TokenPayload } from '../../plugins/auth';
import { refreshMerchantBadges } from '../merchants/badges';
import { forgetMerchant } from '../merchants/detail-cache';
import { validationFailed } from '../merchants/errors';
import { toCertificate } from './certificate-service';
import { endReplacedPledge, findPledge, movePledge, openPledges } from './pledges-repository';
import {
  isStaff,
  membershipOf,
  pledgeNotFound,
  visiblePledge,
  type PledgeDeps,
} from './pledges-service';
import { withdrawalDate, withdrawalNoticeDays } from './withdrawal';

const invalidTransition = () =>
  conflict('INVALID_TRANSITION', '该承诺当前状态不能执行此操作，请刷新');

const REPLACED_REASON = '以新承诺替代';

/** Staff verify and revoke; only the merchant's active owner withdraws. */
async function checkActor(
  deps: PledgeDeps,
  caller: TokenPayload,
  action: PledgeTransitionBody['action'],
  merchantId: string,
): Promise<void> {
  const staff = isStaff(caller);
  if (action === 'withdraw') {
    const membership = staff ? undefined : await membershipOf(deps, merchantId, caller.sub);
    if (membership?.role !== 'owner') {
      throw forbidden('OWNER_ONLY', '只有该商家的负责人可以撤回承诺');
    }
  } else if (!staff) {
    throw forbidden();
  }
}

/**
 * verify (staff: pending → verified; verifying a new offline-return pledge ends the one it
 * replaces on the new start date, but not before the notice period has run, so a change is
 * announced in advance as promised); revoke (staff: pending|verified → revoked today, with a
 * reason); withdraw (the merchant's active owner: see withdrawalDate; the pledge counts and
 * shows until that date). History is kept: rows are never deleted.
 */
export async function transitionPledge(
  deps: PledgeDeps,
  caller: TokenPayload,
  id: string,
  body: PledgeTransitionBody,
): Promise<PledgeCertificate> {
  const { db } = deps.db;
  const now = deps.now();
  const today = shanghaiDate(now);
  if (caller.role === 'consumer') throw forbidden();
  const row = await visiblePledge(deps, caller, id);
  await checkActor(deps, caller, body.action, row.merchant_id);
  const reason = body.reason?.trim() ?? '';
  if (body.action !== 'verify' && reason.length < 2) {
    throw validationFailed({ reason: '请填写原因' });
  }
  const noticeDays = await withdrawalNoticeDays(db);
  if (body.action === 'withdraw') withdrawalDate(row, body.effectiveOn, today, noticeDays);
  let endedOn = today;

  await db.transaction().execute(async (trx) => {
    const current = await findPledge(trx, id);
    if (!current) throw pledgeNotFound();
    const from: PledgeStatus[] = body.action === 'verify' ? ['pending'] : ['pending', 'verified'];
    if (!from.includes(current.status)) throw invalidTransition();
    if (body.action === 'withdraw') {
      endedOn = withdrawalDate(current, body.effectiveOn, today, noticeDays);
    }
    const change =
      body.action === 'verify'
        ? { status: 'verified' as const, verified_by: caller.sub, verified_at: now.toISOString() }
        : {
            status: body.action === 'revoke' ? ('revoked' as const) : ('withdrawn' as const),
            ended_on: endedOn,
            ended_reason: reason,
          };
    if (!(await movePledge(trx, id, current.status, change))) throw invalidTransition();
    const replaced: string[] = [];
    if (body.action === 'verify') {
      const others = (await openPledges(trx, current.merchant_id, current.kind)).filter(
        (p) => p.id !== id && p.status === 'verified',
      );
      const notice = earliestWithdrawal(today, noticeDays);
      const until = current.starts_on > notice ? current.starts_on : notice;
      for (const old of others) {
        await endReplacedPledge(trx, old.id, until, REPLACED_REASON);
        replaced.push(old.id);
        await recordAudit(trx, {
          actorId: caller.sub,
          action: 'pledge.replace',
          targetType: 'pledge',
          targetId: old.id,
          detail: { replacedBy: id, endedOn: until },
          at: now,
        });
      }
    }
    await refreshMerchantBadges(trx, current.merchant_id, today);
    await recordAudit(trx, {
      actorId: caller.sub,
      action: `pledge.${body.action}`,
      targetType: 'pledge',
      targetId: id,
      detail: {
        merchantId: current.merchant_id,
        certificateNo: current.certificate_no,
        from: current.status,
        ...(body.action === 'verify' ? { replaced } : { reason, endedOn }),
      },
      at: now,
    });
  });
  forgetMerchant(row.merchant_id);
  const fresh = await findPledge(db, id);
  if (!fresh) throw pledgeNotFound();
  return toCertificate(deps, fresh);
}
