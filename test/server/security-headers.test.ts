import { createHash } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { createTestApp, type TestApp } from './support/app';
import { SHELL_SCRIPT, writeTinyH5 } from './support/tiny-h5';

/** The CSP as a map of directive → sources. */
function csp(res: LightMyRequestResponse): Map<string, string[]> {
  const header = String(res.headers['content-security-policy'] ?? '');
  return new Map(
    header
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  );
}

/** What every response carries, a page or an API answer. */
function expectCommonHeaders(res: LightMyRequestResponse) {
  expect(csp(res).get('frame-ancestors')).toEqual(["'none'"]);
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['referrer-policy']).toBe('no-referrer');
  expect(res.headers['x-frame-options']).toBe('DENY');
  expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
  expect(res.headers['x-powered-by']).toBeUndefined();
}

/** An API route's answer (its errors too): JSON needs no source at all. */
function expectApiHeaders(res: LightMyRequestResponse) {
  expectCommonHeaders(res);
  expect(csp(res).get('default-src')).toEqual(["'none'"]);
  expect([...csp(res).keys()]).toEqual(['default-src', 'frame-ancestors']);
}

function expectSecurityHeaders(res: LightMyRequestResponse) {
  expectCommonHeaders(res);
  const policy = csp(res);
  expect(policy.get('default-src')).toEqual(["'self'"]);
  expect(policy.get('script-src')?.[0]).toBe("'self'");
  expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
  expect(policy.get('script-src')).not.toContain("'unsafe-eval'");
  expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
  expect(policy.get('connect-src')).toEqual(["'self'", 'data:', 'blob:']);
  expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  expect(policy.get('base-uri')).toEqual(["'self'"]);
  expect(policy.get('form-action')).toEqual(["'self'"]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['referrer-policy']).toBe('no-referrer');
  expect(res.headers['x-frame-options']).toBe('DENY');
  expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
  expect(res.headers['x-powered-by']).toBeUndefined();
}

describe('security headers over http (no HSTS)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await writeTinyH5(t.config.h5Dir);
  });
  afterAll(() => t.close());

  it('on the H5 page, allowing exactly its inline script by hash', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`<script>${SHELL_SCRIPT}</script>`);
    expectSecurityHeaders(res);
    const hash = createHash('sha256').update(SHELL_SCRIPT).digest('base64');
    const tabBarHref = createHash('sha256').update('javascript:;').digest('base64');
    expect(csp(res).get('script-src')).toEqual([
      "'self'",
      "'unsafe-hashes'",
      `'sha256-${tabBarHref}'`,
      `'sha256-${hash}'`,
    ]);
    expect(res.headers['strict-transport-security']).toBeUndefined();
    // Over plain http an upgrade would break every asset.
    expect(csp(res).has('upgrade-insecure-requests')).toBe(false);
  });

  it('on an app route (the page shell fallback) and on an asset', async () => {
    for (const url of ['/pages/merchants/index', '/js/app.b909ac59.js']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(200);
      expectSecurityHeaders(res);
    }
  });

  it('on an API answer: the strictest policy, since JSON runs and shows nothing', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/region' });
    expect(res.statusCode).toBe(200);
    expectApiHeaders(res);
    const notModified = await t.app.inject({
      method: 'GET',
      url: '/api/v1/region',
      headers: { 'if-none-match': String(res.headers.etag) },
    });
    expect(notModified.statusCode).toBe(304);
    expectApiHeaders(notModified);
  });

  it('on API errors: 400 from a route, 404 for no route', async () => {
    const invalid = await t.app.inject({ method: 'POST', url: '/api/v1/auth/dev', payload: {} });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().message).toMatch(/[\u4e00-\u9fa5]/);
    expectApiHeaders(invalid);
    const missing = await t.app.inject({ method: 'GET', url: '/api/v1/nothing' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('NOT_FOUND');
    expectApiHeaders(missing);
  });

  it('on a missing page asset (404)', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/js/missing.0badc0de.js' });
    expect(res.statusCode).toBe(404);
    expectSecurityHeaders(res);
  });

  it('the API docs load their scripts from our origin only, so the policy lets them run', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expectSecurityHeaders(res);
    const scripts = [...res.body.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/src="/);
      expect(body.trim()).toBe('');
    }
  });
});

describe('a build made while the server runs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('has its inline script allowed once the page shell is there', async () => {
    const before = await t.app.inject({ method: 'GET', url: '/' });
    expect(before.body).toContain('npm run build:h5');
    const hash = `'sha256-${createHash('sha256').update(SHELL_SCRIPT).digest('base64')}'`;
    expect(csp(before).get('script-src')).not.toContain(hash);
    await writeTinyH5(t.config.h5Dir);
    // The shell is looked for at most once a second.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const after = await t.app.inject({ method: 'GET', url: '/' });
    expect(after.body).toContain(SHELL_SCRIPT);
    expect(csp(after).get('script-src')).toContain(hash);
  });
});

describe('security headers over https', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { PUBLIC_BASE_URL: 'https://fangxin.example.cn' } });
  });
  afterAll(() => t.close());

  it('adds HSTS for a year with subdomains, and upgrades insecure requests', async () => {
    for (const url of ['/', '/api/v1/region', '/api/v1/nothing']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      // A page's own requests are upgraded; an API answer (or error) loads nothing to upgrade.
      expect(csp(res).has('upgrade-insecure-requests')).toBe(url === '/');
    }
  });

  it('HSTS=false turns it off', async () => {
    const off = await createTestApp({
      env: { PUBLIC_BASE_URL: 'https://fangxin.example.cn', HSTS: 'false' },
    });
    try {
      const res = await off.app.inject({ method: 'GET', url: '/api/v1/region' });
      expect(res.headers['strict-transport-security']).toBeUndefined();
    } finally {
      await off.close();
    }
  });
});
