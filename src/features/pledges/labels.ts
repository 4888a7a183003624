import dayjs from 'dayjs';
import type { PledgeKind, PledgeStatus, PledgeSummary } from '@api/pledges';

export const KIND_LABELS: Record<PledgeKind, string> = {
  'offline-return': '线下购物无理由退货承诺',
  initiative: '放心消费倡议',
};

export const STATUS_LABELS: Record<PledgeStatus, string> = {
  pending: '待核验',
  verified: '已核验',
  withdrawn: '已撤回',
  revoked: '已撤销',
};

export const STATUS_TAG: Record<PledgeStatus, 'warning' | 'success' | 'default' | 'danger'> = {
  pending: 'warning',
  verified: 'success',
  withdrawn: 'default',
  revoked: 'danger',
};

// The same words as the signed text (src/domain/pledge-text.ts), never a phrase of their own.
export {
  PLEDGE_PROOF_LABELS as PROOF_LABELS,
  PLEDGE_REFUND_LABELS as REFUND_LABELS,
} from '@/domain/pledge-text';

export const day = (date: string) => dayjs(date).format('YYYY年M月D日');

const todayIso = () => dayjs().format('YYYY-MM-DD');

/**
 * A withdrawal announced but not yet in effect (its date is after today): the pledge still holds
 * and still counts, 实施条例 第十二条. Only verified pledges get a date ahead (the server ends a
 * pending one at once).
 */
export const withdrawalAnnounced = (pledge: PledgeSummary, today: string = todayIso()) =>
  pledge.status === 'withdrawn' && pledge.endedOn !== undefined && pledge.endedOn > today;

/** The status as people should read it: an announced withdrawal is still 已核验 until its date. */
export function statusLabel(pledge: PledgeSummary, today: string = todayIso()): string {
  return withdrawalAnnounced(pledge, today) ? '撤回公示中' : STATUS_LABELS[pledge.status];
}

export function statusTag(pledge: PledgeSummary, today: string = todayIso()) {
  return withdrawalAnnounced(pledge, today) ? 'warning' : STATUS_TAG[pledge.status];
}

/**
 * "已撤回于2027年5月1日：原因" for a pledge that stopped holding; for an announced withdrawal
 * "将于2027年5月1日起撤回，此前购买的商品仍按承诺退货：原因".
 */
export function endedLine(pledge: PledgeSummary, today: string = todayIso()): string | undefined {
  if (!pledge.endedOn) return undefined;
  const reason = pledge.endedReason ? `：${pledge.endedReason}` : '';
  if (withdrawalAnnounced(pledge, today)) {
    return `将于${day(pledge.endedOn)}起撤回，此前购买的商品仍按承诺退货${reason}`;
  }
  return `${STATUS_LABELS[pledge.status]}于${day(pledge.endedOn)}${reason}`;
}
