import type { DisclosureResponse, StaffBatch, StaffBatchCard, StaffRow } from '@api/disclosure';
import { sessionFor } from './complaints-fixtures';

export const staffSession = sessionFor('staff');
export const colleagueId = '01JUSERCOLLEAGUE0000000000';

export const batchCard = (serial: number, patch: Partial<StaffBatchCard> = {}): StaffBatchCard => ({
  id: `01JBATCH${String(serial).padStart(18, '0')}`,
  seriesId: `01JSERIES${String(serial).padStart(17, '0')}`,
  title: `2027年第${serial}季度投诉信息公示`,
  kind: 'period',
  periodFrom: '2027-01-01',
  periodTo: '2027-03-31',
  version: 1,
  status: 'draft',
  createdBy: colleagueId,
  createdByName: '王科员',
  createdAt: '2027-04-02T02:00:00.000Z',
  candidates: 12,
  included: 9,
  excluded: 3,
  pendingResponses: 0,
  ...patch,
});

export const staffBatch = (patch: Partial<StaffBatch> = {}): StaffBatch => ({
  ...batchCard(1),
  computedAt: '2027-04-02T02:00:00.000Z',
  businessesNotified: 0,
  businessesAnswered: 0,
  exclusionsByReason: [
    { reason: 'open', count: 2 },
    { reason: 'duplicate', count: 1 },
  ],
  allowedActions: ['notify', 'exclude'],
  history: [
    {
      at: '2027-04-02T02:00:00.000Z',
      actorName: '王科员',
      action: '生成公示批次',
      detail: '共12件投诉',
    },
  ],
  ...patch,
});

export const staffRow = (serial: number, patch: Partial<StaffRow> = {}): StaffRow => ({
  id: `01JROW${String(serial).padStart(20, '0')}`,
  complaintId: `01JCOMPLAINT${String(serial).padStart(14, '0')}`,
  trackingNo: `TS2027021${String(serial).padStart(5, '0')}`,
  merchantId: '01JMERCHANT000000000000001',
  businessName: '青山惠民超市',
  creditCode: '91331100MA2A000001',
  industry: '零售',
  category: '商品质量',
  submittedOn: '2027-02-10',
  acceptedOn: '2027-02-11',
  endedOn: '2027-02-20',
  outcome: 'settled',
  corrected: false,
  responses: 0,
  ...patch,
});

export const response = (
  serial: number,
  patch: Partial<DisclosureResponse> = {},
): DisclosureResponse => ({
  id: `01JRESP${String(serial).padStart(19, '0')}`,
  batchId: batchCard(1).id,
  rowId: staffRow(1).id,
  merchantId: '01JMERCHANT000000000000001',
  businessName: '青山惠民超市',
  kind: 'objection',
  text: '该投诉已于2月18日全额退款，消费者同意撤回。',
  createdAt: '2027-04-05T02:00:00.000Z',
  decision: 'pending',
  ...patch,
});
