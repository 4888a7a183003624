import { WITHHELD_NAME } from '@/domain/disclosure-vocabulary';
import { batchCsv, batchPrintPage } from '../../server/src/features/disclosure/exports';
import {
  buildFrozenView,
  median,
  toPublicBatch,
  type BusinessGroup,
} from '../../server/src/features/disclosure/public-view';
import {
  periodProblem,
  rulesOf,
  toComputedRow,
  type Candidate,
} from '../../server/src/features/disclosure/row-rules';

const rules = rulesOf({ publishDelayDays: 15 });

const candidate = (over: Partial<Candidate> = {}): Candidate => ({
  complaintId: 'c1',
  trackingNo: 'TS20270105-0001-ABCD',
  status: 'settled',
  complaintMerchantName: '顾客写的店名',
  merchantId: 'm1',
  registeredName: '青山县放心电器有限公司',
  merchantType: '企业',
  creditCode: '91520300MA6XXXXX1X',
  merchantIndustry: '家用电器',
  category: '商品质量',
  submittedAt: '2027-01-04T17:00:00.000Z',
  acceptedAt: '2027-01-05T02:00:00.000Z',
  endedAt: '2027-01-09T02:00:00.000Z',
  outcomeStatus: 'settled',
  ...over,
});

describe('row rules', () => {
  it('maps an ended complaint to the fields a disclosure may carry (Shanghai dates)', () => {
    expect(toComputedRow(candidate(), '2027-02-10', rules)).toEqual({
      complaintId: 'c1',
      trackingNo: 'TS20270105-0001-ABCD',
      merchantId: 'm1',
      businessName: '青山县放心电器有限公司',
      creditCode: '91520300MA6XXXXX1X',
      industry: '家用电器',
      category: '商品质量',
      submittedOn: '2027-01-05',
      acceptedOn: '2027-01-05',
      endedOn: '2027-01-09',
      outcome: 'settled',
      daysToClose: 4,
      excludedReason: null,
    });
  });

  it.each([
    [{ status: 'rejected', acceptedAt: null }, 'not-accepted'],
    [
      { status: 'withdrawn', acceptedAt: null, outcomeStatus: 'withdrawn' },
      'withdrawn-before-acceptance',
    ],
    [{ status: 'mediating', endedAt: null, outcomeStatus: null }, 'open'],
    [{ merchantId: null, registeredName: null }, 'no-registered-business'],
    [{ endedAt: '2027-01-27T02:00:00.000Z' }, 'too-recent'],
    [{ endedAt: '2027-01-26T02:00:00.000Z' }, null],
  ] as const)('excludes %j as %s', (over, reason) => {
    expect(toComputedRow(candidate(over), '2027-02-10', rules).excludedReason).toBe(reason);
  });

  it('reads how a closed complaint ended, and withholds a sole trader named like a person', () => {
    const closed = toComputedRow(
      candidate({
        status: 'closed',
        outcomeStatus: 'terminated',
        merchantType: '个体工商户',
        registeredName: '王小明',
      }),
      '2027-02-10',
      rules,
    );
    expect(closed).toMatchObject({ outcome: 'terminated', businessName: WITHHELD_NAME });
    const noIndustry = toComputedRow(candidate({ merchantIndustry: null }), '2027-02-10', rules);
    expect(noIndustry.industry).toBe('未分类');
  });

  it('checks a period: to on or after from, at most 366 days', () => {
    expect(periodProblem('2027-01-02', '2027-01-01', 366)).toBe('结束日期不能早于开始日期');
    expect(periodProblem('2027-01-01', '2027-12-31', 366)).toBeUndefined();
    expect(periodProblem('2027-01-01', '2028-01-01', 366)).toBeUndefined();
    expect(periodProblem('2027-01-01', '2028-01-02', 366)).toBe('公示期间最长366天');
  });
});

const group = (
  id: string,
  accepted: number,
  settled: number,
  industry = '餐饮',
): BusinessGroup => ({
  merchantId: id,
  name: `商家${id}`,
  creditCode: `CODE${id}`,
  industry,
  accepted,
  settled,
  statements: 0,
  days: Array.from({ length: accepted }, (_, i) => i * 2),
});

describe('public view', () => {
  it('counts every business per industry, ranks only those at the minimum, ties share a rank', () => {
    const view = buildFrozenView(
      [group('a', 5, 4), group('b', 3, 0), group('c', 3, 3, '零售'), group('d', 2, 2)],
      3,
      '青山县消费者协会、青山县市场监督管理局',
    );
    expect(view.industries).toEqual([
      { industry: '餐饮', accepted: 10, settled: 6, settlementRate: 60, medianDaysToClose: 2 },
      { industry: '零售', accepted: 3, settled: 3, settlementRate: 100, medianDaysToClose: 2 },
    ]);
    expect(view.businesses.map((b) => [b.merchantId, b.rank])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
    ]);
    expect(view.totals).toMatchObject({ accepted: 13, settled: 9, settlementRate: 69.2 });
    expect(median([1, 2, 3, 10])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });

  it('escapes every text of the print page and defuses formulas in the CSV', () => {
    const view = buildFrozenView([group('<b>x</b>', 3, 1)], 1, '发布单位');
    view.businesses[0].name = '<script>alert(1)</script>';
    view.businesses[0].creditCode = '=HYPERLINK("x")';
    const batch = {
      id: 'b1',
      series_id: 'b1',
      version: 1,
      previous_version_id: null,
      title: '测试<批次>',
      kind: 'period' as const,
      period_from: '2027-01-01',
      period_to: '2027-01-31',
      status: 'published' as const,
      change_note: null,
      settings: '{}',
      candidates: 3,
      included: 3,
      excluded: 0,
      created_by: 's',
      created_at: '2027-02-01T00:00:00.000Z',
      updated_at: '2027-02-01T00:00:00.000Z',
      computed_at: '2027-02-01T00:00:00.000Z',
      notified_at: null,
      objection_deadline: null,
      submitted_by: null,
      submitted_at: null,
      returned_reason: null,
      published_by: null,
      published_at: '2027-02-01T00:00:00.000Z',
      superseded_by: null,
      withdrawn_by: null,
      withdrawn_at: null,
      withdrawn_reason: null,
    };
    const exported = {
      batch: toPublicBatch(batch, view, { trend: [], versions: [] }),
      rows: new Map(),
    };
    const page = toPublicBatch(
      batch,
      buildFrozenView([group('a', 3, 1), group('b', 4, 1)], 1, '发布单位'),
      { trend: [], versions: [] },
      1,
    );
    expect(page.businesses.map((b) => b.merchantId)).toEqual(['b']);
    expect(page.businessesRanked).toBe(2);
    const html = batchPrintPage(exported);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('测试&lt;批次&gt;');
    const csv = batchCsv(exported);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
