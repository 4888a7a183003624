import type { AdvisoryCard, AdvisoryDetail } from '@api/advisories';
import type { PublicTip } from '@api/tips';

export const card = (id: string, overrides: Partial<AdvisoryCard> = {}): AdvisoryCard => ({
  id,
  kind: '提示',
  title: `春节预付卡消费提示${id}`,
  summary: '春节将至，预付卡消费请选择证照齐全、信誉良好的商家。',
  category: '预付式消费',
  issuer: '青山县市场监督管理局',
  publishedAt: '2027-01-20T02:00:00.000Z',
  expired: false,
  readCount: 12,
  usefulCount: 3,
  ...overrides,
});

export const detail = (id: string, overrides: Partial<AdvisoryDetail> = {}): AdvisoryDetail => ({
  ...card(id),
  body: '春节将至，**预付卡**消费请注意：\n\n- 选择证照齐全的商家\n- 不要一次充值过多',
  images: [],
  legalBasis: [{ law: '消费者权益保护法', article: '第五十三条' }],
  version: 1,
  markedUseful: false,
  favorited: false,
  ...overrides,
});

export const tip = (id: string, overrides: Partial<PublicTip> = {}): PublicTip => ({
  id,
  title: `买菜看秤小贴士${id}`,
  body: '买菜时看清电子秤是否归零。',
  category: '食品',
  photos: [],
  authorName: '王**',
  usefulCount: 1,
  markedUseful: false,
  favorited: false,
  publishedAt: '2027-02-01T02:00:00.000Z',
  ...overrides,
});

export const page = <T>(items: T[], nextCursor: string | null = null) => ({ items, nextCursor });
