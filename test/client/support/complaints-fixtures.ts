import type { ComplaintDetail, ComplaintSummary } from '@api/complaints';

export const sessionFor = (role: 'consumer' | 'merchant' | 'staff') => ({
  token: `jwt-${role}`,
  expiresAt: new Date(Date.now() + 3600_000).toISOString(),
  user: { id: `01JUSER${role.toUpperCase().padEnd(19, '0')}`, role, nickname: `${role}-user` },
});

export const summary = (
  serial: number,
  patch: Partial<ComplaintSummary> = {},
): ComplaintSummary => ({
  id: `01JCOMPLAINT${String(serial).padStart(14, '0')}`,
  trackingNo: `TS20260315${String(serial).padStart(4, '0')}`,
  merchantName: `青山惠民超市${serial}号店`,
  category: '商品质量',
  status: 'submitted',
  submittedAt: '2026-03-15T02:05:00.000Z',
  acceptDeadline: '2026-03-24',
  overdue: false,
  dueSoon: false,
  ...patch,
});

export const detail = (patch: Partial<ComplaintDetail> = {}): ComplaintDetail => ({
  ...summary(1),
  merchant: {
    merchantId: '01JMERCHANT000000000000001',
    name: '青山惠民超市1号店',
    address: '城关镇人民路1号',
  },
  purchaseDate: '2026-03-10',
  amount: 299,
  orderNo: 'XP-0001',
  facts: '购买的电饭煲使用三天后无法加热，联系商家要求退货被拒绝。',
  request: { kinds: ['退货', '赔偿'], compensationAmount: 100 },
  evidence: [{ id: 'EV1', url: '/api/v1/uploads/EV1' }],
  complainant: { name: '张三', phone: '13800138000', address: '城关镇幸福小区3栋' },
  timeline: [
    {
      id: 'T1',
      at: '2026-03-15T02:05:00.000Z',
      actor: 'consumer',
      kind: 'status',
      status: 'submitted',
      message: '消费者提交投诉',
    },
  ],
  merchantSettleBy: '2026-03-27',
  pausedForTesting: false,
  allowedActions: [],
  ...patch,
});
