import pkg from '../../package.json';
import { createTestApp, type TestApp } from './support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('GET /api/v1/health', () => {
  it('answers ok with the database dialect and the package version', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      status: 'ok',
      db: process.env.TEST_DB_DIALECT === 'postgres' ? 'postgres' : 'sqlite',
      version: pkg.version,
    });
  });

  it('sends a random request id in X-Request-Id', async () => {
    const a = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    const b = await t.app.inject({
      method: 'GET',
      url: '/api/v1/health',
      headers: { 'x-request-id': 'client-chosen' },
    });
    expect(a.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    // Ids sent by clients are not trusted.
    expect(b.headers['x-request-id']).not.toBe('client-chosen');
    expect(b.headers['x-request-id']).not.toBe(a.headers['x-request-id']);
  });
});

describe('health and the per-IP limit', () => {
  it('stays 200 when the limit is exhausted, while other routes answer 429', async () => {
    const limited = await createTestApp({ env: { RATE_LIMIT_PER_MINUTE: '3' } });
    try {
      const region = () => limited.app.inject({ method: 'GET', url: '/api/v1/region' });
      const health = () => limited.app.inject({ method: 'GET', url: '/api/v1/health' });
      const before = [];
      for (let i = 0; i < 3; i++) before.push((await region()).statusCode);
      expect(before).toEqual([200, 200, 200]);
      // Health polls do not count and are not counted against.
      const polls = [];
      for (let i = 0; i < 5; i++) polls.push(await health());
      expect(polls.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200]);
      expect(polls[4].headers['x-ratelimit-limit']).toBeUndefined();
      const after = await region();
      expect(after.statusCode).toBe(429);
      expect(after.json()).toEqual({ code: 'RATE_LIMITED', message: '操作太频繁，请稍后再试' });
    } finally {
      await limited.close();
    }
  });
});
