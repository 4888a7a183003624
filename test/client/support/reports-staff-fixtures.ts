import type { StaffReportDetail, StaffReportSummary } from '@api/reports';

export const reportId = (serial: number) => `01JREPORT${String(serial).padStart(17, '0')}`;

/** A queue row: 待核查, real-name, 8 working days left. */
export const staffSummary = (
  serial: number,
  patch: Partial<StaffReportSummary> = {},
): StaffReportSummary => ({
  id: reportId(serial),
  reportNo: `JB20270315-${String(serial).padStart(4, '0')}`,
  status: 'received',
  reporterKind: 'real-name',
  businessName: `青山农资经营部${serial}号店`,
  town: '城关镇',
  summary: '店内出售的复合肥包装上没有登记证号，价格明显低于市场价',
  receivedOn: '2027-03-15',
  decideBy: '2027-04-06',
  workingDaysLeft: 8,
  extended: false,
  malicious: false,
  photoCount: 0,
  ...patch,
});

/** The detail of report 1; related report 2 (待核查) and 3 (merged) are about the same shop. */
export const staffDetail = (patch: Partial<StaffReportDetail> = {}): StaffReportDetail => ({
  ...staffSummary(1),
  merchantId: '01JMERCHANT000000000000001',
  campaignId: '01JCAMPAIGN000000000000001',
  campaignName: '农资打假专项行动',
  description: '3月14日在店内看到复合肥包装上没有登记证号，店员说是厂家直供，价格明显偏低。',
  businessAddress: '城关镇人民路18号',
  seenOn: '2027-03-14',
  seenTime: '10:30',
  place: '城关镇人民路18号店内',
  location: { latitude: 30.12345, longitude: 120.54321, name: '青山农资经营部' },
  photos: [{ id: '01JUPLOAD00000000000000001', url: '/api/v1/uploads/01JUPLOAD00000000000000001' }],
  photoCount: 1,
  wantsReply: true,
  contentFlagged: false,
  merged: [],
  related: [
    {
      id: reportId(2),
      reportNo: 'JB20270316-0002',
      status: 'received',
      receivedOn: '2027-03-16',
      summary: '同一家店卖没有登记证号的化肥',
    },
    {
      id: reportId(3),
      reportNo: 'JB20270316-0003',
      status: 'merged',
      receivedOn: '2027-03-16',
      summary: '复合肥没有登记证',
    },
  ],
  history: [{ at: '2027-03-15T02:00:00.000Z', action: '收到举报', by: '举报人' }],
  ...patch,
});
