import type {
  BusinessFigures,
  PublicBatch,
  PublicBatchCard,
  PublicBusinessRows,
  PublicRow,
} from '@api/disclosure';

export function batchCard(id: string, overrides: Partial<PublicBatchCard> = {}): PublicBatchCard {
  return {
    id,
    title: `2027年第一季度投诉公示${id}`,
    kind: 'period',
    periodFrom: '2027-01-01',
    periodTo: '2027-03-31',
    version: 1,
    status: 'published',
    publishedAt: '2027-04-20T02:00:00.000Z',
    totals: { accepted: 40, settled: 30, settlementRate: 75, medianDaysToClose: 6 },
    ...overrides,
  };
}

export function business(
  merchantId: string,
  overrides: Partial<BusinessFigures> = {},
): BusinessFigures {
  return {
    merchantId,
    name: `青山县${merchantId}商贸有限公司`,
    creditCode: '91330100MA2XXXXX1A',
    industry: '餐饮服务',
    rank: 1,
    hasStatement: false,
    accepted: 6,
    settled: 3,
    settlementRate: 50,
    medianDaysToClose: 8,
    ...overrides,
  };
}

export function batch(id: string, overrides: Partial<PublicBatch> = {}): PublicBatch {
  return {
    ...batchCard(id),
    issuer: '青山县消费者权益保护委员会',
    versions: [{ id, version: 1, publishedAt: '2027-04-20T02:00:00.000Z' }],
    industries: [
      { industry: '餐饮服务', accepted: 12, settled: 9, settlementRate: 75, medianDaysToClose: 5 },
      {
        industry: '预付式消费',
        accepted: 20,
        settled: 11,
        settlementRate: 55,
        medianDaysToClose: 9,
      },
      { industry: '未分类', accepted: 8, settled: 8, settlementRate: 100, medianDaysToClose: 3 },
    ],
    businesses: [
      business('M2', { rank: 2, name: '李记小吃店', accepted: 4, settled: 4, settlementRate: 100 }),
      business('M1', { rank: 1, hasStatement: true }),
    ],
    minComplaintsPerBusiness: 3,
    trend: [
      {
        batchId: 'B0',
        title: '2026年第四季度投诉公示',
        periodTo: '2026-12-31',
        accepted: 30,
        settled: 18,
        settlementRate: 60,
      },
      {
        batchId: id,
        title: `2027年第一季度投诉公示${id}`,
        periodTo: '2027-03-31',
        accepted: 40,
        settled: 30,
        settlementRate: 75,
      },
    ],
    ...overrides,
  };
}

export function publicRow(id: string, overrides: Partial<PublicRow> = {}): PublicRow {
  return {
    id,
    industry: '餐饮服务',
    category: '食品安全',
    acceptedOn: '2027-02-03',
    outcome: 'settled',
    corrected: false,
    ...overrides,
  };
}

export function businessRows(batchId: string, merchantId: string): PublicBusinessRows {
  return {
    batch: batchCard(batchId),
    business: business(merchantId, { hasStatement: true }),
    rows: [
      publicRow('R1'),
      publicRow('R2', {
        outcome: 'terminated',
        category: '价格收费',
        statement: '已与消费者多次沟通，愿意按规定退还预付款余额。',
      }),
      publicRow('R3', { outcome: 'withdrawn', corrected: true, acceptedOn: '2027-03-09' }),
    ],
  };
}
