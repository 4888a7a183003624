import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestApp, type TestApp } from './support/app';

describe('H5 static files', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    const h5 = t.config.h5Dir;
    mkdirSync(join(h5, 'js'), { recursive: true });
    writeFileSync(
      join(h5, 'index.html'),
      '<!doctype html><title>放心消费</title><div id="app"></div>',
    );
    writeFileSync(join(h5, 'js', 'app.b909ac59.js'), 'console.log(1)');
  });
  afterAll(() => t.close());

  it('serves index.html at /', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain('<div id="app">');
    // The shell must be revalidated after each deploy.
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('serves assets', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/js/app.b909ac59.js' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('console.log(1)');
    // A content-hashed name never changes: cache it for good.
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('falls back to index.html for app routes (single-page app)', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/pages/complaints/detail?id=1' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<div id="app">');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('a missing asset stays 404', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/js/missing.js' });
    expect(res.statusCode).toBe(404);
  });

  it('does not answer HTML for unknown API paths', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/nothing' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ code: 'NOT_FOUND', message: '接口不存在' });
  });
});

describe('H5 build missing', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('GET / explains how to build it', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain('npm run build:h5');
  });

  it('the API still works', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/health' })).statusCode).toBe(200);
  });
});
