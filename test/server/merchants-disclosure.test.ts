import type { MerchantDetail, MerchantPage } from '@api/merchants';
import type { DisclosureBusinessFiguresTable } from '../../server/src/db/schema';
import { forgetMerchant } from '../../server/src/features/merchants/detail-cache';
import { createTestApp, type TestApp } from './support/app';
import { insertMerchants } from './support/merchants';

/**
 * The merchant page's 投诉公示 section and the search orders by those figures, on rows of
 * disclosure_business_figures written here directly (publishing a batch fills them).
 */
let t: TestApp;
const id: Record<string, string> = {};
const keys = ['a', 'b', 'c', 'd', 'e', 'f', 'g'] as const;

type Figures = Partial<DisclosureBusinessFiguresTable> & { accepted: number; settled: number };
const FIGURES: Record<string, Figures> = {
  a: { accepted: 3, settled: 2, rate_permille: 667, median_days: 5, ranked: 1 },
  b: { accepted: 1, settled: 1, rate_permille: 1000, median_days: 2 },
  c: { accepted: 8, settled: 8, rate_permille: 1000, median_days: 9, ranked: 1 },
  d: { accepted: 3, settled: 0, rate_permille: 0, median_days: 30, ranked: 1 },
  // Named by a batch with nothing accepted: no rate.
  e: { accepted: 0, settled: 0, rate_permille: null, median_days: null },
};

const figuresRow = (key: string, patch: Partial<DisclosureBusinessFiguresTable> = {}) => ({
  merchant_id: id[key],
  batch_id: 'batch-1',
  batch_title: '2027年第一季度投诉公示',
  published_at: '2027-04-20T02:00:00.000Z',
  rate_permille: null,
  median_days: null,
  ranked: 0,
  statements: '[]',
  ...FIGURES[key],
  ...patch,
});

beforeAll(async () => {
  t = await createTestApp({ env: { SEED_DEMO: 'false' } });
  const ids = await insertMerchants(
    t,
    keys.map((key) => ({ name: `公示测试${key}店`, industry: key === 'g' ? '餐饮' : '零售' })),
  );
  keys.forEach((key, i) => (id[key] = ids[i]));
  await t.db.db
    .insertInto('disclosure_business_figures')
    .values(
      Object.keys(FIGURES).map((key) =>
        figuresRow(
          key,
          key === 'a'
            ? { statements: JSON.stringify(['已全额退款', '已整改', '已道歉', '第四条']) }
            : {},
        ),
      ),
    )
    .execute();
});
afterAll(() => t.close());

async function get<T>(url: string): Promise<T> {
  const res = await t.app.inject({ method: 'GET', url: `/api/v1${url}` });
  expect({ url, status: res.statusCode, body: res.statusCode === 200 ? '' : res.body }).toEqual({
    url,
    status: 200,
    body: '',
  });
  return res.json<T>();
}
const keyOf = (merchantId: string) => keys.find((k) => id[k] === merchantId) ?? merchantId;
const keysOf = (page: MerchantPage) => page.items.map((m) => keyOf(m.id));

/** Every page of a search, `limit` at a time, following nextCursor. */
async function walk(query: string, limit: number): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const page: MerchantPage = await get<MerchantPage>(
      `/merchants?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
    );
    expect(page.items.length).toBeLessThanOrEqual(limit);
    seen.push(...keysOf(page));
    cursor = page.nextCursor;
  } while (cursor);
  return seen;
}

describe('GET /merchants/:id: the latest 投诉公示', () => {
  it('shows the figures, the ranking and at most three statements, linked to the batch', async () => {
    const detail = await get<MerchantDetail>(`/merchants/${id.a}`);
    expect(detail.disclosure).toEqual({
      batchId: 'batch-1',
      batchTitle: '2027年第一季度投诉公示',
      publishedAt: '2027-04-20T02:00:00.000Z',
      figures: { accepted: 3, settled: 2, settlementRate: 66.7, medianDaysToClose: 5 },
      ranked: true,
      statements: ['已全额退款', '已整改', '已道歉'],
    });
  });

  it('an unranked business: its figures, ranked false; nothing accepted: no rate or median', async () => {
    expect((await get<MerchantDetail>(`/merchants/${id.b}`)).disclosure).toMatchObject({
      figures: { accepted: 1, settled: 1, settlementRate: 100, medianDaysToClose: 2 },
      ranked: false,
      statements: [],
    });
    expect((await get<MerchantDetail>(`/merchants/${id.e}`)).disclosure?.figures).toEqual({
      accepted: 0,
      settled: 0,
    });
  });

  it('a merchant no published batch names has no disclosure field at all', async () => {
    const detail = await get<MerchantDetail>(`/merchants/${id.f}`);
    expect(detail.name).toBe('公示测试f店');
    expect(detail).not.toHaveProperty('disclosure');
  });

  it('publish and withdraw show once they forget the cached page, as they do', async () => {
    const key = 'g';
    const page = () => get<MerchantDetail>(`/merchants/${id[key]}`);
    expect(await page()).not.toHaveProperty('disclosure');
    FIGURES.g = { accepted: 4, settled: 1, rate_permille: 250, median_days: 12, ranked: 1 };
    await t.db.db
      .insertInto('disclosure_business_figures')
      .values(figuresRow(key, { batch_id: 'batch-2', statements: '["已和解"]' }))
      .execute();
    forgetMerchant(id[key]);
    expect((await page()).disclosure).toMatchObject({
      batchId: 'batch-2',
      figures: { accepted: 4, settled: 1, settlementRate: 25, medianDaysToClose: 12 },
      statements: ['已和解'],
    });
    await t.db.db
      .deleteFrom('disclosure_business_figures')
      .where('merchant_id', '=', id[key])
      .execute();
    forgetMerchant(id[key]);
    expect(await page()).not.toHaveProperty('disclosure');
    delete FIGURES.g;
  });
});

describe('GET /merchants?sort=', () => {
  it('complaints-asc: fewest accepted first (then id), merchants without figures last', async () => {
    expect(keysOf(await get('/merchants?sort=complaints-asc'))).toEqual([
      'e',
      'b',
      'a',
      'd',
      'c',
      'f',
      'g',
    ]);
  });

  it('settlement-rate-desc: highest rate, then more accepted; no rate or no figures last', async () => {
    expect(keysOf(await get('/merchants?sort=settlement-rate-desc'))).toEqual([
      'c',
      'b',
      'a',
      'd',
      'e',
      'f',
      'g',
    ]);
  });

  it('pages exactly across the boundary between merchants with and without figures', async () => {
    for (const sort of ['complaints-asc', 'settlement-rate-desc']) {
      const all = keysOf(await get<MerchantPage>(`/merchants?sort=${sort}&limit=50`));
      expect(all).toHaveLength(keys.length);
      for (const limit of [1, 2, 3, 5]) expect(await walk(`sort=${sort}`, limit)).toEqual(all);
    }
  });

  it('keeps the text and the filters, and wins over near', async () => {
    expect(keysOf(await get('/merchants?sort=complaints-asc&industry=餐饮'))).toEqual(['g']);
    const q = encodeURIComponent('测试c');
    expect(keysOf(await get(`/merchants?sort=settlement-rate-desc&q=${q}`))).toEqual(['c']);
    const near = await get<MerchantPage>('/merchants?sort=complaints-asc&near=27.72,106.92');
    expect(keysOf(near)).toEqual(['e', 'b', 'a', 'd', 'c', 'f', 'g']);
    expect(near.items.some((m) => m.distanceM !== undefined)).toBe(false);
  });

  it('results carry their figures, in every order', async () => {
    const page = await get<MerchantPage>('/merchants?limit=50');
    const byKey = Object.fromEntries(page.items.map((m) => [keyOf(m.id), m.complaintFigures]));
    expect(byKey.a).toEqual({
      accepted: 3,
      settled: 2,
      settlementRate: 66.7,
      medianDaysToClose: 5,
    });
    expect(byKey.d).toEqual({ accepted: 3, settled: 0, settlementRate: 0, medianDaysToClose: 30 });
    expect(byKey).toHaveProperty('f', undefined);
    expect(page.items.find((m) => m.id === id.f)).not.toHaveProperty('complaintFigures');
  });

  it('a cursor of another order, or an unknown sort, is a 400 with a Chinese message', async () => {
    const first = await get<MerchantPage>('/merchants?sort=complaints-asc&limit=2');
    const mixed = await t.app.inject({
      method: 'GET',
      url: `/api/v1/merchants?sort=settlement-rate-desc&cursor=${first.nextCursor}`,
    });
    expect(mixed.statusCode).toBe(400);
    expect(mixed.json()).toMatchObject({
      code: 'INVALID_CURSOR',
      message: expect.stringMatching(/分页/),
    });
    const plain = await t.app.inject({
      method: 'GET',
      url: `/api/v1/merchants?cursor=${first.nextCursor}`,
    });
    expect(plain.statusCode).toBe(400);
    const unknown = await t.app.inject({ method: 'GET', url: '/api/v1/merchants?sort=best' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().message).toMatch(/[\u4e00-\u9fa5]/);
  });
});
