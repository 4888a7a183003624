import type { MerchantPage, MerchantSummary } from '@api/merchants';
import { createTestApp, type TestApp } from './support/app';
import {
  daysFromToday,
  giveModelUnit,
  givePledge,
  insertMerchants,
  testCode,
  type FixtureMerchant,
} from './support/merchants';

/**
 * A small fixture on an empty registry (no demo seed), so every expected order is exact. The
 * same file runs on SQLite (FTS5 trigram) and PostgreSQL (pg_trgm): identical expectations
 * prove identical results.
 */
let t: TestApp;
const id: Record<string, string> = {};
const codes: Record<string, string> = {};
const centre = { lat: 27.72, lng: 106.92 };

const FIXTURE: (FixtureMerchant & { key: string })[] = [
  {
    key: 'huimin4',
    name: '惠民超市',
    industry: '商场超市',
    town: '城关镇',
    location: { lat: 27.721, lng: 106.92 },
  },
  {
    key: 'qsHuimin',
    name: '青山惠民超市',
    industry: '商场超市',
    town: '东城街道',
    location: { lat: 27.73, lng: 106.93 },
  },
  { key: 'huimin', name: '惠民', industry: '便利店', town: '城关镇', location: null },
  {
    key: 'laojie',
    name: '老街米粉店',
    industry: '餐饮',
    town: '城关镇',
    location: { lat: 27.7, lng: 106.9 },
  },
  {
    key: 'mifen',
    name: '米粉',
    industry: '餐饮',
    town: '西城街道',
    location: { lat: 27.72, lng: 106.95 },
  },
  { key: 'changle', name: '长乐米粉王', industry: '餐饮', town: '长乐镇', location: null },
  {
    key: 'baiyun',
    name: '白云酒厂直营店',
    industry: '白酒',
    town: '白云镇',
    location: { lat: 27.8, lng: 107.0 },
  },
  {
    key: 'abc',
    name: 'ABC便利店',
    industry: '便利店',
    town: '西城街道',
    location: { lat: 27.719, lng: 106.921 },
  },
  { key: 'percent', name: '百分之100%折扣店', industry: '其他', town: '河口镇', location: null },
  {
    key: 'under',
    name: '下划线_店',
    industry: '其他',
    town: '河口镇',
    location: { lat: 27.6, lng: 106.8 },
  },
  {
    key: 'code',
    name: '青石农资',
    industry: '农资',
    town: '青石镇',
    code: testCode(9001, '企业', '529999'),
    location: { lat: 27.75, lng: 106.95 },
  },
];

beforeAll(async () => {
  t = await createTestApp({ env: { SEED_DEMO: 'false' } });
  const ids = await insertMerchants(t, FIXTURE);
  FIXTURE.forEach((m, i) => (id[m.key] = ids[i]));
  for (const row of await t.db.db.selectFrom('merchants').select(['id', 'credit_code']).execute()) {
    const key = Object.keys(id).find((k) => id[k] === row.id);
    if (key) codes[key] = row.credit_code;
  }
  // Badges: active, expired and revoked titles; running, withdrawn and future pledges.
  await giveModelUnit(t, id.huimin4, { until: daysFromToday(100), level: '市级' });
  await giveModelUnit(t, id.laojie, { until: daysFromToday(-1) });
  await giveModelUnit(t, id.baiyun, { until: daysFromToday(300), revoked: true });
  await giveModelUnit(t, id.mifen, { until: daysFromToday(0) });
  await givePledge(t, id.qsHuimin);
  await givePledge(t, id.abc, { status: 'withdrawn' });
  await givePledge(t, id.changle, { startsOn: daysFromToday(3) });
  await givePledge(t, id.under, { status: 'pending' });
  await givePledge(t, id.percent, { kind: 'initiative' });
  await givePledge(t, id.huimin, { kind: 'initiative', status: 'revoked' });
});
afterAll(() => t.close());

async function get(query: string): Promise<MerchantPage> {
  const res = await t.app.inject({ method: 'GET', url: `/api/v1/merchants?${query}` });
  expect({ query, status: res.statusCode, body: res.statusCode === 200 ? '' : res.body }).toEqual({
    query,
    status: 200,
    body: '',
  });
  return res.json<MerchantPage>();
}
const keysOf = (page: MerchantPage) =>
  page.items.map((m) => Object.keys(id).find((k) => id[k] === m.id) ?? m.id);
const q = (text: string, extra = '') => get(`q=${encodeURIComponent(text)}${extra}`);

describe('GET /api/v1/merchants: text', () => {
  it('two characters: exact name first, then by where it starts, then shorter names', async () => {
    expect(keysOf(await q('惠民'))).toEqual(['huimin', 'huimin4', 'qsHuimin']);
  });

  it('three or more characters (the trigram index) find a substring anywhere', async () => {
    expect(keysOf(await q('惠民超'))).toEqual(['huimin4', 'qsHuimin']);
    expect(keysOf(await q('民超市'))).toEqual(['huimin4', 'qsHuimin']);
    expect(keysOf(await q('酒厂直营'))).toEqual(['baiyun']);
    expect(keysOf(await q('米粉店'))).toEqual(['laojie']);
  });

  it('one character: position, then length, then id', async () => {
    expect(keysOf(await q('米'))).toEqual(['mifen', 'laojie', 'changle']);
    expect(keysOf(await q('店'))).toEqual(['laojie', 'under', 'abc', 'baiyun', 'percent']);
  });

  it('ignores case and surrounding spaces', async () => {
    expect(keysOf(await q('abc'))).toEqual(['abc']);
    expect(keysOf(await q('  ABC便利 '))).toEqual(['abc']);
    expect(keysOf(await q('bc'))).toEqual(['abc']);
  });

  it('treats LIKE and FTS5 syntax as plain text', async () => {
    expect(keysOf(await q('%'))).toEqual(['percent']);
    expect(keysOf(await q('0%折'))).toEqual(['percent']);
    expect(keysOf(await q('_'))).toEqual(['under']);
    expect(keysOf(await q('惠民 OR 米粉'))).toEqual([]);
    expect(keysOf(await q('"惠民'))).toEqual([]);
    expect(keysOf(await q('米粉*'))).toEqual([]);
    expect(keysOf(await q('NEAR(惠民 超市)'))).toEqual([]);
  });

  it('finds by credit code: a full code, a prefix (in code order, after name matches)', async () => {
    const code = testCode(9001, '企业', '529999');
    expect(keysOf(await q(code))).toEqual(['code']);
    expect(keysOf(await q(code.toLowerCase()))).toEqual(['code']);
    expect(keysOf(await q(code.slice(0, 8)))).toEqual(['code']);
    // The fixture's other codes share '91523311': all of them, in credit-code order.
    const expected = FIXTURE.filter((m) => m.key !== 'code')
      .map((m) => ({ key: m.key, code: codes[m.key] }))
      .sort((a, b) => (a.code < b.code ? -1 : 1))
      .map((m) => m.key);
    expect(keysOf(await q('91523311', '&limit=50'))).toEqual(expected);
    expect(keysOf(await q('9152331', '&limit=50&industry=餐饮'))).toEqual(
      expected.filter((k) => ['laojie', 'mifen', 'changle'].includes(k)),
    );
  });

  it('a code-like query that is also in a name: the name match first', async () => {
    const [named] = await insertMerchants(t, [{ name: 'A91523311店', industry: '测试' }]);
    const page = await q('91523311', '&limit=50');
    expect(page.items[0].id).toBe(named);
    expect(page.items.filter((m) => m.id === named)).toHaveLength(1);
    // Page by page across the boundary between name matches and code-only matches.
    const walked: string[] = [];
    let cursor: string | null = null;
    do {
      const next: MerchantPage = await q(
        '91523311',
        `&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      walked.push(...next.items.map((m) => m.id));
      cursor = next.nextCursor;
    } while (cursor);
    expect(walked).toEqual(page.items.map((m) => m.id));
    await t.db.db.deleteFrom('merchants').where('id', '=', named).execute();
  });

  it('returns public facts only, with the badges valid today', async () => {
    const [item] = (await q('惠民超市')).items;
    expect(item).toEqual<MerchantSummary>({
      id: id.huimin4,
      name: '惠民超市',
      creditCode: expect.stringMatching(/^[0-9A-Y]{18}$/),
      industry: '商场超市',
      town: '城关镇',
      address: '城关镇测试路1号',
      location: { lat: 27.721, lng: 106.92 },
      badges: {
        modelUnit: { category: '商场超市', level: '市级', year: expect.any(Number) },
        pledge: false,
        initiative: false,
      },
    });
    expect(item.distanceM).toBeUndefined();
  });
});

describe('filters', () => {
  it('industry, town and both together', async () => {
    expect(keysOf(await get('industry=餐饮'))).toEqual(['laojie', 'mifen', 'changle']);
    expect(keysOf(await get('town=城关镇'))).toEqual(['huimin4', 'huimin', 'laojie']);
    expect(keysOf(await get('industry=餐饮&town=城关镇'))).toEqual(['laojie']);
    expect(keysOf(await get(`industry=餐饮&town=城关镇&q=${encodeURIComponent('米')}`))).toEqual([
      'laojie',
    ]);
    expect(keysOf(await get('industry=不存在'))).toEqual([]);
  });

  it('badge=model-unit: active titles only (expired and revoked are not), valid through today', async () => {
    const page = await get('badge=model-unit');
    expect(keysOf(page)).toEqual(['huimin4', 'mifen']);
    expect(page.items.every((m) => m.badges.modelUnit !== undefined)).toBe(true);
  });

  it('badge=pledge: verified and started (not withdrawn, pending or future)', async () => {
    const page = await get('badge=pledge');
    expect(keysOf(page)).toEqual(['qsHuimin']);
    expect(page.items[0].badges.pledge).toBe(true);
    const future = (await q('长乐米粉王')).items[0];
    expect(future.badges.pledge).toBe(false);
  });

  it('badge=initiative: verified signatures, not revoked ones', async () => {
    expect(keysOf(await get('badge=initiative'))).toEqual(['percent']);
  });

  it('badges combine with text and other filters', async () => {
    expect(keysOf(await get(`badge=model-unit&q=${encodeURIComponent('米')}`))).toEqual(['mifen']);
    expect(keysOf(await get('badge=model-unit&town=西城街道'))).toEqual(['mifen']);
  });
});

describe('distance', () => {
  it('orders by distance from near=lat,lng, merchants without a location last', async () => {
    const page = await get(`near=${centre.lat},${centre.lng}&limit=50`);
    const located = FIXTURE.filter((m) => m.location);
    const metres = (m: FixtureMerchant) => {
      const { lat, lng } = m.location!;
      const dy = (lat - centre.lat) * 111320;
      const dx = (lng - centre.lng) * 111320 * Math.cos((centre.lat * Math.PI) / 180);
      return Math.sqrt(dx * dx + dy * dy);
    };
    const expected = [
      ...located.sort((a, b) => metres(a) - metres(b)).map((m) => m.key),
      ...FIXTURE.filter((m) => !m.location)
        .map((m) => m.key)
        .sort((a, b) => (id[a] < id[b] ? -1 : 1)),
    ];
    expect(keysOf(page)).toEqual(expected);
    const byKey = Object.fromEntries(
      page.items.map((m) => [keysOf({ items: [m], nextCursor: null })[0], m]),
    );
    expect(byKey.huimin4.distanceM).toBe(Math.round(metres(FIXTURE[0])));
    expect(byKey.abc.distanceM).toBe(Math.round(metres(FIXTURE[7])));
    expect(byKey.huimin.distanceM).toBeUndefined();
  });

  it('filters still apply, and distance wins over relevance', async () => {
    const page = await get(`near=27.7,106.9&q=${encodeURIComponent('米粉')}`);
    expect(keysOf(page)).toEqual(['laojie', 'mifen', 'changle']);
  });
});

describe('paging', () => {
  async function walk(query: string, limit: number): Promise<string[]> {
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 50; pages++) {
      const page: MerchantPage = await get(
        `${query}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(page.items.length).toBeLessThanOrEqual(limit);
      seen.push(...page.items.map((m) => m.id));
      cursor = page.nextCursor;
      if (!cursor) return seen;
    }
    throw new Error('paging did not end');
  }

  it.each([
    ['no query', 'industry='],
    ['a short query', `q=${encodeURIComponent('店')}`],
    ['a trigram query', `q=${encodeURIComponent('惠民超')}`],
    ['a code prefix', 'q=91523311'],
    ['distance', `near=${centre.lat},${centre.lng}`],
    ['distance with a filter', `near=${centre.lat},${centre.lng}&industry=餐饮`],
  ])('walks %s page by page without duplicates or gaps', async (_label, query) => {
    const all = (await get(`${query}&limit=50`)).items.map((m) => m.id);
    for (const limit of [1, 2, 3]) {
      expect(await walk(query, limit)).toEqual(all);
    }
  });

  it('the last page says there is no next one', async () => {
    const page = await get(`q=${encodeURIComponent('惠民')}&limit=3`);
    expect(page.items).toHaveLength(3);
    expect(page.nextCursor).toBeNull();
  });
});

describe('bad input', () => {
  it.each([
    ['limit=0', 'limit', '不能小于1'],
    ['limit=51', 'limit', '不能大于50'],
    ['limit=abc', 'limit', '必须是整数'],
    ['near=27.7', 'near', '格式不正确'],
    ['near=95,10', 'near', '纬度须在 ±90、经度须在 ±180 之间'],
    ['near=27.7,190', 'near', '纬度须在 ±90、经度须在 ±180 之间'],
    ['badge=gold', 'badge', '取值不在允许范围内'],
    [`q=${'长'.repeat(51)}`, 'q', '最多50个字符'],
    ['cursor=not-a-cursor', 'cursor', '无效'],
  ])('%s → 400 naming %s', async (query, field, message) => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/merchants?${query}` });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual({ [field]: message });
  });

  it('a cursor from another kind of search is refused, not misread', async () => {
    const page = await get(`near=${centre.lat},${centre.lng}&limit=1`);
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/merchants?q=${encodeURIComponent('店')}&cursor=${page.nextCursor}`,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('INVALID_CURSOR');
  });
});

describe('the index follows every change', () => {
  it('a rename is found under the new name at once, not the old one', async () => {
    const [newId] = await insertMerchants(t, [{ name: '旧名称杂货铺' }]);
    expect(keysOf(await q('杂货铺'))).toEqual([newId]);
    await t.db.db
      .updateTable('merchants')
      .set({ name: '新名称百货店', search_name: '新名称百货店' })
      .where('id', '=', newId)
      .execute();
    expect(keysOf(await q('杂货铺'))).toEqual([]);
    expect(keysOf(await q('百货店'))).toEqual([newId]);
    await t.db.db.deleteFrom('merchants').where('id', '=', newId).execute();
    expect(keysOf(await q('百货店'))).toEqual([]);
  });
});
