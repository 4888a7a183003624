import type { MyTip, PublicTip, StaffTip, TipReport } from '@api/tips';

export const tipId = (serial: number) => `01JTIP${String(serial).padStart(20, '0')}`;

export const publicTip = (serial: number, patch: Partial<PublicTip> = {}): PublicTip => ({
  id: tipId(serial),
  title: `买预付卡前先看清条款${serial}`,
  body: '办卡前问清有效期和退卡规则，保留好合同和收据，商家跑路时才有凭证维权。',
  category: '预付式消费',
  photos: [],
  authorName: '王**',
  usefulCount: 3,
  markedUseful: false,
  favorited: false,
  publishedAt: '2026-03-15T02:00:00.000Z',
  ...patch,
});

export const myTip = (serial: number, patch: Partial<MyTip> = {}): MyTip => ({
  id: tipId(serial),
  title: `我的小贴士${serial}`,
  body: '网购家电收货时当面验货，发现问题当场拒收，比事后退货省事得多。',
  category: '家电数码',
  photos: [],
  status: 'pending',
  usefulCount: 0,
  createdAt: '2026-03-15T02:00:00.000Z',
  ...patch,
});

export const staffTip = (serial: number, patch: Partial<StaffTip> = {}): StaffTip => ({
  id: tipId(serial),
  title: `待审核的小贴士${serial}`,
  body: '旅游团低价揽客，到了景区强制购物，报名前要看清合同里的购物安排。',
  category: '旅游出行',
  photos: [],
  status: 'pending',
  secCheck: 'review',
  authorNickname: '王小明',
  openReports: 0,
  createdAt: '2026-03-15T02:00:00.000Z',
  ...patch,
});

export const tipReport = (serial: number, patch: Partial<TipReport> = {}): TipReport => ({
  id: `01JTIPREPORT${String(serial).padStart(14, '0')}`,
  tip: staffTip(serial, { status: 'published', openReports: 1, title: `被举报的小贴士${serial}` }),
  reason: '广告推广',
  note: '文末留了微信号拉人',
  status: 'open',
  createdAt: '2026-03-16T02:00:00.000Z',
  ...patch,
});
