import type {
  DisclosureFlag,
  DisclosureResponse,
  DutyView,
  FollowUp,
  MerchantRow,
  MyDisclosures,
} from '@api/disclosure';
import { sessionFor } from './complaints-fixtures';

export const merchantSession = sessionFor('merchant');
export const staffSession = sessionFor('staff');

/** This year's date, so that pages show it as 3月20日 whatever year the tests run in. */
export const thisYear = (monthDay: string) => `${new Date().getFullYear()}-${monthDay}`;

export const BATCH_ID = '01JDISCLOSUREBATCH00000001';
export const MERCHANT_ID = '01JMERCHANT000000000000001';

export const response = (patch: Partial<DisclosureResponse> = {}): DisclosureResponse => ({
  id: '01JRESPONSE000000000000001',
  batchId: BATCH_ID,
  rowId: '01JROW00000000000000000001',
  merchantId: MERCHANT_ID,
  businessName: '青山惠民超市',
  kind: 'objection',
  text: '该投诉已与消费者协商退款，不应计入。',
  createdAt: thisYear('03-16T02:00:00.000Z'),
  decision: 'pending',
  ...patch,
});

export const merchantRow = (serial: number, patch: Partial<MerchantRow> = {}): MerchantRow => ({
  id: `01JROW${String(serial).padStart(20, '0')}`,
  industry: '零售',
  category: '商品质量',
  acceptedOn: thisYear('02-03'),
  outcome: 'settled',
  corrected: false,
  trackingNo: `TS2026020${serial}0001`,
  published: true,
  responses: [],
  ...patch,
});

export const myItem = (
  patch: Partial<MyDisclosures['items'][number]> = {},
): MyDisclosures['items'][number] => ({
  batch: {
    id: BATCH_ID,
    title: '2026年第一季度投诉信息公示',
    kind: 'period',
    periodFrom: thisYear('01-01'),
    periodTo: thisYear('03-31'),
    version: 1,
    status: 'published',
    publishedAt: thisYear('04-20T02:00:00.000Z'),
  },
  batchStatus: 'notice',
  merchantId: MERCHANT_ID,
  businessName: '青山惠民超市',
  objectionDeadline: thisYear('03-20'),
  canRespond: true,
  figures: { accepted: 4, settled: 3, settlementRate: 75, medianDaysToClose: 6 },
  rows: [merchantRow(1)],
  ...patch,
});

export const flag = (patch: Partial<DisclosureFlag> = {}): DisclosureFlag => ({
  target: { kind: 'business', merchantId: MERCHANT_ID, name: '青山惠民超市', industry: '零售' },
  batchId: BATCH_ID,
  batchTitle: '2026年第一季度投诉信息公示',
  figures: { accepted: 6, settled: 2, settlementRate: 33.3 },
  why: ['投诉≥5件', '调解成功率<60%'],
  openFollowUps: 1,
  followUps: 2,
  ...patch,
});

export const followUp = (serial: number, patch: Partial<FollowUp> = {}): FollowUp => ({
  id: `01JFOLLOWUP${String(serial).padStart(15, '0')}`,
  target: { kind: 'business', merchantId: MERCHANT_ID, name: '青山惠民超市' },
  type: '约谈',
  date: thisYear('04-25'),
  handledBy: '张科长、李干事',
  notes: `第${serial}次约谈负责人，要求落实退换货制度。`,
  attachments: [],
  status: 'open',
  batchId: BATCH_ID,
  createdByName: 'li_zhuanxie',
  createdAt: thisYear('04-25T02:00:00.000Z'),
  updatedAt: thisYear('04-25T02:00:00.000Z'),
  ...patch,
});

export const dutyView = (patch: Partial<DutyView> = {}): DutyView => ({
  date: thisYear('03-15'),
  week: [
    { date: thisYear('03-14'), staff: ['王科长'] },
    { date: thisYear('03-15'), staff: ['张科长（带班）', '李干事'], phone: '0851-12345' },
    { date: thisYear('03-16'), staff: [] },
  ],
  todayByStatus: [
    { status: 'submitted', count: 7 },
    { status: 'accepted', count: 2 },
  ],
  dueSoon: [
    {
      id: '01JCOMPLAINT00000000000001',
      trackingNo: 'TS202603010001',
      merchantName: '城南家电行',
      category: '售后服务',
      status: 'mediating',
      dueOn: thisYear('03-13'),
      supervised: true,
    },
    {
      id: '01JCOMPLAINT00000000000002',
      trackingNo: 'TS202603020002',
      merchantName: '青山惠民超市',
      category: '商品质量',
      status: 'submitted',
      dueOn: thisYear('03-17'),
      supervised: false,
    },
  ],
  risingBusinesses: [{ merchantId: MERCHANT_ID, name: '青山惠民超市', last7: 9, previous7: 3 }],
  risingIndustries: [{ name: '预付式消费', last7: 12, previous7: 4 }],
  supervised: [
    {
      id: '01JCOMPLAINT00000000000001',
      trackingNo: 'TS202603010001',
      merchantName: '城南家电行',
      category: '售后服务',
      status: 'mediating',
      dueOn: thisYear('03-13'),
      supervised: true,
      supervisorName: '赵局长',
      note: '涉及老年消费者，请尽快调解',
      since: thisYear('03-14T02:00:00.000Z'),
    },
  ],
  ...patch,
});
