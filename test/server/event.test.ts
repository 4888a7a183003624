import type { VisitSummary } from '@api/event';
import { addDays, shanghaiDate } from '../../server/src/time';
import { bearer, createTestApp, loginConsumer, tokenFor, type TestApp } from './support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const visit = (payload: object, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/v1/event/visits', payload, headers });

describe('POST /api/v1/event/visits', () => {
  it('records an anonymous visit', async () => {
    const res = await visit({ source: 'square-2027', channel: 'weapp', path: 'pages/index/index' });
    expect(res.statusCode).toBe(201);
    const { id } = res.json<{ id: string }>();
    const row = await t.db.db
      .selectFrom('visits')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ source: 'square-2027', channel: 'weapp', user_id: null });
  });

  it('records the user when a valid token is sent', async () => {
    const session = await loginConsumer(t.app);
    const res = await visit({ source: 'shop:abc', channel: 'h5' }, bearer(session.token));
    const row = await t.db.db
      .selectFrom('visits')
      .select('user_id')
      .where('id', '=', res.json<{ id: string }>().id)
      .executeTakeFirstOrThrow();
    expect(row.user_id).toBe(session.user.id);
  });

  it('a bad or expired token does not block counting the visit', async () => {
    const res = await visit({ source: 'poster', channel: 'h5' }, bearer('garbage'));
    expect(res.statusCode).toBe(201);
  });

  it('a token of a user that does not exist still counts, anonymously', async () => {
    const token = t.app.jwt.sign({ sub: '01HZZZZZZZZZZZZZZZZZZZZZZZ', role: 'consumer' });
    const res = await visit({ source: 'poster', channel: 'h5' }, bearer(token));
    expect(res.statusCode).toBe(201);
  });
});

describe('GET /api/v1/event/visits/summary', () => {
  it('counts by source and by Asia/Shanghai day, for staff', async () => {
    const staff = await tokenFor(t, 'staff');
    // A visit at 23:30 UTC yesterday is already "today" in Shanghai (UTC+8).
    const today = shanghaiDate(new Date());
    const lateUtc = new Date(Date.parse(`${addDays(today, -1)}T16:30:00Z`)).toISOString();
    await t.db.db
      .insertInto('visits')
      .values([
        {
          id: '01AAAAAAAAAAAAAAAAAAAAAAA1',
          source: 'square-2027',
          channel: 'weapp',
          path: null,
          user_id: null,
          created_at: lateUtc,
        },
        {
          id: '01AAAAAAAAAAAAAAAAAAAAAAA2',
          source: 'old',
          channel: 'weapp',
          path: null,
          user_id: null,
          created_at: '2020-01-01T00:00:00.000Z',
        },
      ])
      .execute();

    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/event/visits/summary?days=7',
      headers: bearer(staff.token),
    });
    expect(res.statusCode).toBe(200);
    const summary = res.json<VisitSummary>();
    expect(summary.to).toBe(today);
    expect(summary.from).toBe(addDays(today, -6));
    expect(summary.bySource).toEqual([
      { source: 'poster', count: 2 },
      { source: 'square-2027', count: 2 },
      { source: 'shop:abc', count: 1 },
    ]);
    expect(summary.total).toBe(5);
    expect(summary.byDay).toEqual([{ date: today, count: 5 }]);
  });

  it('is for staff only', async () => {
    const consumer = await loginConsumer(t.app);
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/event/visits/summary',
      headers: bearer(consumer.token),
    });
    expect(res.statusCode).toBe(403);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/event/visits/summary' })).statusCode,
    ).toBe(401);
  });
});
