import type { AdvisoryContent, StaffAdvisory } from '@api/advisories';
import type { Region } from '@api/region';
import seededRegion from '../../../server/src/db/seed/region.json';
import { sessionFor } from './complaints-fixtures';

export const staffSession = sessionFor('staff');
/** Another staff member (a reviewer who is not the author). */
export const colleagueId = '01JUSERCOLLEAGUE0000000000';
export const colleagueName = 'wang_shenhe';
/** The signed-in staff member's name as the server answers it. */
export const myName = 'li_zhuanxie';
export const region = seededRegion as Region;

export const content = (patch: Partial<AdvisoryContent> = {}): AdvisoryContent => ({
  kind: '提示',
  title: '春节购买预付卡要谨慎',
  body: '办卡前看清经营者资质。\n\n- 不超过3个月消费额\n- 保留**合同和票据**',
  images: [],
  category: '预付式消费',
  issuer: region.bureau,
  legalBasis: [{ law: '消费者权益保护法', article: '第五十三条' }],
  season: '春节',
  ...patch,
});

export const staffAdvisory = (
  serial: number,
  patch: Partial<StaffAdvisory> = {},
): StaffAdvisory => ({
  id: `01JADVISORY${String(serial).padStart(15, '0')}`,
  status: 'submitted',
  version: 1,
  content: content({ title: `第${serial}条提示：${content().title}` }),
  authorId: colleagueId,
  authorName: colleagueName,
  createdAt: '2026-03-10T02:00:00.000Z',
  updatedAt: '2026-03-11T02:00:00.000Z',
  submittedAt: '2026-03-11T02:00:00.000Z',
  readCount: 0,
  usefulCount: 0,
  ...patch,
});
