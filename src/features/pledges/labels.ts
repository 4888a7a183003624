import dayjs from 'dayjs';
import type { OfflineReturnTerms, PledgeKind, PledgeStatus, PledgeSummary } from '@api/pledges';

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

export const PROOF_LABELS: Record<OfflineReturnTerms['conditions']['proof'], string> = {
  receipt: '仅凭购物小票',
  'receipt-or-other': '小票或其他购物凭证',
};

export const REFUND_LABELS: Record<OfflineReturnTerms['refund']['method'], string> = {
  original: '原路退回',
  'cash-or-original': '现金或原路退回',
};

export const day = (date: string) => dayjs(date).format('YYYY年M月D日');

/** "已撤回于2027年5月1日：原因" for a pledge that stopped holding. */
export function endedLine(pledge: PledgeSummary): string | undefined {
  if (!pledge.endedOn) return undefined;
  const label = STATUS_LABELS[pledge.status];
  return `${label}于${day(pledge.endedOn)}${pledge.endedReason ? `：${pledge.endedReason}` : ''}`;
}

export const pledgeRoutes = {
  sign: (merchantId: string, kind: PledgeKind) =>
    `/features/pledges/pages/sign/index?merchantId=${encodeURIComponent(merchantId)}&kind=${kind}`,
  certificate: (id: string) =>
    `/features/pledges/pages/certificate/index?id=${encodeURIComponent(id)}`,
  poster: (id: string) => `/features/pledges/pages/poster/index?id=${encodeURIComponent(id)}`,
  mine: (merchantId: string) =>
    `/features/pledges/pages/mine/index?merchantId=${encodeURIComponent(merchantId)}`,
  merchant: (merchantId: string) =>
    `/features/merchants/pages/detail/index?id=${encodeURIComponent(merchantId)}`,
};
