/**
 * Reading and spreading advisories: reads counted once per reader per Asia/Shanghai day (the
 * reader kept only as an HMAC), shares of advisories and tips, visits through shared links
 * (source sa.<id> / st.<id>), and the staff statistics over a window of days.
 */
import type { AdvisoryDetail, AdvisoryStats } from '@api/advisories';
import { SHARE_SOURCE } from '@api/common';
import { bearer, createTestApp, loginConsumer, loginStaff, type TestApp } from './support/app';
import { publishAdvisory, publishTip } from './support/reading';

const T0 = new Date('2027-05-20T02:00:00.000Z'); // 10:00 in Shanghai
let clock = T0;
let t: TestApp;
let staffA: string;
let staffB: string;

beforeAll(async () => {
  t = await createTestApp({ env: { SEED_DEMO: 'false' }, now: () => clock });
  staffA = (await loginStaff(t)).token;
  staffB = (await loginStaff(t)).token;
});
afterAll(() => t.close());
afterEach(() => {
  clock = T0;
});

const at = (iso: string) => {
  clock = new Date(iso);
};
const UA = 'Mozilla/5.0 (iPhone) MicroMessenger/8.0.50 reader-under-test';
const read = (id: string, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: 'GET',
    url: `/api/v1/advisories/${id}`,
    headers: { 'user-agent': UA, ...headers },
  });
const readCount = async (id: string, headers?: Record<string, string>) =>
  (await read(id, headers)).json<AdvisoryDetail>().readCount;
const share = (path: string, channel: string) =>
  t.app.inject({ method: 'POST', url: `/api/v1/${path}/shares`, payload: { channel } });
const visit = (source: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/event/visits',
    payload: { source, channel: 'weapp', path: '/features/advisories/pages/detail/index' },
  });
const stats = (days?: number, token = staffA) =>
  t.app.inject({
    method: 'GET',
    url: `/api/v1/advisories/stats${days === undefined ? '' : `?days=${days}`}`,
    headers: bearer(token),
  });

describe('read counts', () => {
  it('count once per reader per Shanghai day: same connection, other agents, users, next day', async () => {
    const id = await publishAdvisory(t, staffA, staffB);
    const user = await loginConsumer(t.app);
    expect(await readCount(id)).toBe(1);
    expect(await readCount(id)).toBe(1);
    expect(await readCount(id, { 'user-agent': 'another phone' })).toBe(2);
    expect(await readCount(id, bearer(user.token))).toBe(3);
    // The same user from another phone is the same reader.
    expect(await readCount(id, { ...bearer(user.token), 'user-agent': 'another phone' })).toBe(3);
    // 23:59 in Shanghai is still the same day; 00:00 is the next.
    at('2027-05-20T15:59:00.000Z');
    expect(await readCount(id)).toBe(3);
    at('2027-05-20T16:00:00.000Z');
    expect(await readCount(id)).toBe(4);
    expect(await readCount(id, bearer(user.token))).toBe(5);
  });

  it('keeps no reader in plaintext, and keys of one reader on two days differ', async () => {
    const id = await publishAdvisory(t, staffA, staffB);
    await read(id);
    at('2027-05-21T02:00:00.000Z');
    await read(id);
    const keys = await t.db.db
      .selectFrom('advisory_reads')
      .selectAll()
      .where('advisory_id', '=', id)
      .orderBy('day')
      .execute();
    expect(keys.map((k) => k.day)).toEqual(['2027-05-20', '2027-05-21']);
    expect(keys[0].reader_key).not.toBe(keys[1].reader_key);
    for (const { reader_key: key } of keys) {
      expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(key).not.toContain('127.0.0.1');
      expect(key).not.toContain('MicroMessenger');
    }
  });

  it('a draft is not read (404) and counts nothing', async () => {
    const res = await read('01HZZZZZZZZZZZZZZZZZZZZZZZ');
    expect(res.statusCode).toBe(404);
    const rows = await t.db.db
      .selectFrom('advisory_reads')
      .select('advisory_id')
      .where('advisory_id', '=', '01HZZZZZZZZZZZZZZZZZZZZZZZ')
      .execute();
    expect(rows).toEqual([]);
  });
});

describe('shares', () => {
  it('anyone records a share of a public advisory or tip (204), each counted', async () => {
    const id = await publishAdvisory(t, staffA, staffB);
    const { id: tipId } = await publishTip(t, staffA);
    for (const channel of ['chat', 'timeline', 'poster']) {
      const res = await share(`advisories/${id}`, channel);
      expect(res.statusCode).toBe(204);
      expect(res.body).toBe('');
    }
    expect((await share(`tips/${tipId}`, 'chat')).statusCode).toBe(204);
    const rows = await t.db.db
      .selectFrom('shares')
      .select(['kind', 'item_id', 'channel', 'created_at'])
      .where('item_id', 'in', [id, tipId])
      .orderBy('channel')
      .execute();
    expect(rows).toEqual([
      { kind: 'advisory', item_id: id, channel: 'chat', created_at: T0.toISOString() },
      { kind: 'tip', item_id: tipId, channel: 'chat', created_at: T0.toISOString() },
      { kind: 'advisory', item_id: id, channel: 'poster', created_at: T0.toISOString() },
      { kind: 'advisory', item_id: id, channel: 'timeline', created_at: T0.toISOString() },
    ]);
  });

  it('bad channel → 400 in Chinese; not public → 404; nothing recorded', async () => {
    const id = await publishAdvisory(t, staffA, staffB);
    const { id: tipId, authorToken } = await publishTip(t, staffA);
    const bad = await share(`advisories/${id}`, 'email');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/[\u4e00-\u9fa5]/);
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/tips/${tipId}/withdrawal`,
      headers: bearer(authorToken),
    });
    const gone = await share(`tips/${tipId}`, 'chat');
    expect(gone.statusCode).toBe(404);
    expect(gone.json().code).toBe('TIP_NOT_FOUND');
    const unknown = await share('advisories/01HZZZZZZZZZZZZZZZZZZZZZZZ', 'chat');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('ADVISORY_NOT_FOUND');
    const rows = await t.db.db
      .selectFrom('shares')
      .select('item_id')
      .where('item_id', 'in', [id, tipId])
      .execute();
    expect(rows).toEqual([]);
  });

  it('the visits route takes the share sources sa.<id> and st.<id>', async () => {
    const id = await publishAdvisory(t, staffA, staffB);
    const { id: tipId } = await publishTip(t, staffA);
    for (const source of [`${SHARE_SOURCE.advisory}.${id}`, `${SHARE_SOURCE.tip}.${tipId}`]) {
      const res = await visit(source);
      expect(res.statusCode).toBe(201);
      const row = await t.db.db
        .selectFrom('visits')
        .select('source')
        .where('id', '=', res.json<{ id: string }>().id)
        .executeTakeFirst();
      expect(row?.source).toBe(source);
    }
  });
});

describe('GET /advisories/stats', () => {
  it('per advisory and per category, within the window only', async () => {
    const fresh = await createTestApp({ env: { SEED_DEMO: 'false' }, now: () => clock });
    const [a, b] = [t, fresh];
    t = fresh;
    try {
      const s1 = (await loginStaff(t)).token;
      const s2 = (await loginStaff(t)).token;
      const reader = await loginConsumer(t.app);
      // Forty days ago: published and read, shared and visited — outside a 30-day window.
      at('2027-04-10T02:00:00.000Z');
      const old = await publishAdvisory(t, s1, s2, { title: '旧的旅游提示', category: '旅游出行' });
      await read(old);
      await share(`advisories/${old}`, 'chat');
      await visit(`sa.${old}`);
      at('2027-05-19T02:00:00.000Z');
      const warn = await publishAdvisory(t, s1, s2, { kind: '警示', title: '保健品会销警示' });
      const tip = await publishAdvisory(t, s1, s2, { title: '培训退费提示' });
      clock = T0;
      // warn: read three times by two readers (2 views), 有用, two shares, three entries.
      await read(warn);
      await read(warn);
      await read(warn, bearer(reader.token));
      await t.app.inject({
        method: 'PUT',
        url: `/api/v1/advisories/${warn}/useful`,
        headers: bearer(reader.token),
      });
      await share(`advisories/${warn}`, 'chat');
      await share(`advisories/${warn}`, 'poster');
      await visit(`sa.${warn}`);
      await visit(`sa.${warn}`);
      await visit(`sa.${warn}`);
      await visit(`st.${warn}`); // a tip's source: not this advisory's entry
      await visit('square'); // a QR code of the square
      await read(tip);
      await read(old);

      const res = await stats(30, s1);
      expect(res.statusCode).toBe(200);
      const body = res.json<AdvisoryStats>();
      expect(body.from).toBe('2027-04-21');
      expect(body.to).toBe('2027-05-20');
      expect(body.items).toEqual([
        {
          id: warn,
          title: '保健品会销警示',
          kind: '警示',
          category: '教育培训',
          views: 2,
          useful: 1,
          shares: 2,
          shareEntries: 3,
        },
        // Equal views: the newer one first.
        expect.objectContaining({ id: tip, views: 1, shares: 0, shareEntries: 0 }),
        expect.objectContaining({ id: old, views: 1, useful: 0, shares: 0, shareEntries: 0 }),
      ]);
      expect(body.byCategory).toEqual([
        { category: '教育培训', advisories: 2, views: 3, useful: 1, shares: 2, shareEntries: 3 },
        { category: '旅游出行', advisories: 1, views: 1, useful: 0, shares: 0, shareEntries: 0 },
      ]);

      // A year back takes in what happened forty days ago.
      const year = (await stats(366, s1)).json<AdvisoryStats>();
      expect(year.items.find((i) => i.id === old)).toMatchObject({
        views: 2,
        shares: 1,
        shareEntries: 1,
      });
      // One day: only today.
      const today = (await stats(1, s1)).json<AdvisoryStats>();
      expect(today.from).toBe('2027-05-20');
      expect(today.items.find((i) => i.id === warn)?.views).toBe(2);
      // Default: 30 days.
      expect((await stats(undefined, s1)).json<AdvisoryStats>().from).toBe('2027-04-21');
    } finally {
      t = a;
      await b.close();
    }
  });

  it('staff only; a bad window is a 400 in Chinese', async () => {
    const consumer = await loginConsumer(t.app);
    expect((await stats(30, consumer.token)).statusCode).toBe(403);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/advisories/stats' })).statusCode,
    ).toBe(401);
    for (const days of [0, 367]) {
      const res = await stats(days);
      expect(res.statusCode).toBe(400);
      expect(res.json().message).toMatch(/[\u4e00-\u9fa5]/);
    }
  });
});
