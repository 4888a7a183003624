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
