import type { ErrorBody } from '@api/common';
import { bearer, createTestApp, loginConsumer, tokenFor, type TestApp } from './support/app';

let t: TestApp;
let staffToken: string;
let consumerToken: string;

beforeAll(async () => {
  t = await createTestApp();
  // Test-only routes, registered before the app is ready.
  t.app.get('/api/v1/__test/boom', async () => {
    throw new Error('SQLITE_ERROR: no such table: secrets (at /srv/app/repository.ts:42)');
  });
  // No body schema: any JSON reaches the handler, as on routes that ignore their body.
  t.app.post('/api/v1/__test/any-body', async () => ({ ok: true }));
  t.app.get('/api/v1/__test/reject', async () => {
    throw Object.assign(new Error('Some English library message'), { statusCode: 422 });
  });
  staffToken = (await tokenFor(t, 'staff')).token;
  consumerToken = (await loginConsumer(t.app)).token;
});
afterAll(() => t.close());

function expectErrorBody(body: ErrorBody) {
  expect(Object.keys(body).every((k) => ['code', 'message', 'fields'].includes(k))).toBe(true);
  expect(body.message).toMatch(/[\u4e00-\u9fa5]/); // Chinese for the user
}

describe('validation errors on every route → 400 VALIDATION_FAILED with fields', () => {
  const cases: {
    name: string;
    method: 'GET' | 'POST' | 'PUT';
    url: string;
    payload?: object;
    auth?: 'staff' | 'consumer';
    field: string;
    text: string;
  }[] = [
    {
      name: 'wechat login without code',
      method: 'POST',
      url: '/api/v1/auth/wechat',
      payload: {},
      field: 'code',
      text: '必填',
    },
    {
      name: 'wechat login code of the wrong type',
      method: 'POST',
      url: '/api/v1/auth/wechat',
      payload: { code: 123 },
      field: 'code',
      text: '类型不正确',
    },
    {
      name: 'wechat login empty code',
      method: 'POST',
      url: '/api/v1/auth/wechat',
      payload: { code: '' },
      field: 'code',
      text: '不能为空',
    },
    {
      name: 'dev login bad openid',
      method: 'POST',
      url: '/api/v1/auth/dev',
      payload: { openid: 'has space' },
      field: 'openid',
      text: '格式不正确',
    },
    {
      name: 'dev login nickname too long',
      method: 'POST',
      url: '/api/v1/auth/dev',
      payload: { openid: 'ok', nickname: '长'.repeat(33) },
      field: 'nickname',
      text: '最多32个字符',
    },
    {
      name: 'dev login unknown field',
      method: 'POST',
      url: '/api/v1/auth/dev',
      payload: { openid: 'ok', role: 'admin' },
      field: 'role',
      text: '不允许的字段 role',
    },
    {
      name: 'staff login short username',
      method: 'POST',
      url: '/api/v1/auth/staff',
      payload: { username: 'a', password: '12345678' },
      field: 'username',
      text: '至少2个字符',
    },
    {
      name: 'staff login short password',
      method: 'POST',
      url: '/api/v1/auth/staff',
      payload: { username: 'abc', password: '1' },
      field: 'password',
      text: '至少8个字符',
    },
    {
      name: 'change password without new one',
      method: 'POST',
      url: '/api/v1/auth/password',
      auth: 'staff',
      payload: { currentPassword: 'x' },
      field: 'newPassword',
      text: '必填',
    },
    {
      name: 'region with a bad deadline',
      method: 'PUT',
      url: '/api/v1/region',
      auth: 'staff',
      payload: { deadlines: {} },
      field: 'county',
      text: '必填',
    },
    {
      name: 'visit with an unknown channel',
      method: 'POST',
      url: '/api/v1/event/visits',
      payload: { source: 'square', channel: 'app' },
      field: 'channel',
      text: '取值不在允许范围内',
    },
    {
      name: 'visit with a bad source',
      method: 'POST',
      url: '/api/v1/event/visits',
      payload: { source: '广场 二维码', channel: 'weapp' },
      field: 'source',
      text: '格式不正确',
    },
    {
      name: 'visit summary days = 0',
      method: 'GET',
      url: '/api/v1/event/visits/summary?days=0',
      auth: 'staff',
      field: 'days',
      text: '不能小于1',
    },
    {
      name: 'visit summary days not a number',
      method: 'GET',
      url: '/api/v1/event/visits/summary?days=abc',
      auth: 'staff',
      field: 'days',
      text: '必须是整数',
    },
  ];

  it.each(cases)('$name', async ({ method, url, payload, auth, field, text }) => {
    const headers =
      auth === 'staff' ? bearer(staffToken) : auth === 'consumer' ? bearer(consumerToken) : {};
    const res = await t.app.inject({ method, url, payload, headers });
    expect(res.statusCode).toBe(400);
    const body = res.json<ErrorBody>();
    expectErrorBody(body);
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.fields?.[field]).toBe(text);
    expect(body.message).toContain(text);
  });

  it('a body that is not an object names the body', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/dev',
      payload: '[1,2]',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      code: 'VALIDATION_FAILED',
      message: '请求体：类型不正确',
      fields: { body: '类型不正确' },
    });
  });
});

describe('request-level errors', () => {
  it('malformed JSON → 400 INVALID_JSON', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/event/visits',
      payload: '{"source": "square",',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ code: 'INVALID_JSON', message: '请求体不是有效的 JSON' });
  });

  it('an empty JSON body → 400 INVALID_JSON', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/dev',
      payload: '',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('INVALID_JSON');
  });

  it('prototype poisoning is refused as invalid JSON, not executed', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/dev',
      payload: '{"openid":"x","__proto__":{"admin":true}}',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(400);
  });

  it('a NUL character anywhere in the input → 400 on both databases, never a 500', async () => {
    const cases = [
      { method: 'GET' as const, url: '/api/v1/merchants/%00', field: 'id' },
      { method: 'GET' as const, url: '/api/v1/merchants?industry=a%00b', field: 'industry' },
      {
        method: 'POST' as const,
        url: '/api/v1/event/visits',
        payload: { source: 'square', channel: 'h5', path: '/a\u0000b' },
        field: 'path',
      },
    ];
    for (const { field, ...request } of cases) {
      const res = await t.app.inject({ ...request, headers: bearer(consumerToken) });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toEqual({
        code: 'VALIDATION_FAILED',
        message: `${field}：含有不允许的字符`,
        fields: { [field]: '含有不允许的字符' },
      });
    }
  });

  it('a 50,000-deep body is walked in linear time: answered, and a NUL at the bottom found', async () => {
    const deep = (leaf: string) => `${'['.repeat(50_000)}${leaf}${']'.repeat(50_000)}`;
    const post = (payload: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/__test/any-body',
        payload,
        headers: { 'content-type': 'application/json' },
      });
    expect((await post(deep('1'))).json()).toEqual({ ok: true });
    const res = await post(deep('"a\\u0000b"'));
    expect(res.statusCode).toBe(400);
    const { fields } = res.json();
    const [field] = Object.keys(fields);
    expect(field).toMatch(/^0(\.0)+$/); // the path, cut short
    expect(field.length).toBeLessThanOrEqual(100);
    expect(fields[field]).toBe('含有不允许的字符');
  });

  it('a query number that is not finite (1e999, Infinity) → 400, not past the maximum', async () => {
    for (const value of ['1e999', 'Infinity', '-Infinity']) {
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/merchants?limit=${value}` });
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('VALIDATION_FAILED');
      expect(res.json().fields).toEqual({ limit: '取值超出范围' });
    }
  });

  it('a body over the limit → 413', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/event/visits',
      payload: JSON.stringify({ source: 'x', channel: 'h5', path: 'a'.repeat(1_100_000) }),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toEqual({ code: 'PAYLOAD_TOO_LARGE', message: '请求体过大' });
  });

  it('an unsupported content type → 415', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/event/visits',
      payload: '<visit/>',
      headers: { 'content-type': 'application/xml' },
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expectErrorBody(res.json());
  });

  it('an unknown /api route → 404 JSON for any method', async () => {
    for (const method of ['GET', 'POST', 'DELETE'] as const) {
      const res = await t.app.inject({ method, url: '/api/v1/no-such-thing' });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual({ code: 'NOT_FOUND', message: '接口不存在' });
    }
    const put = await t.app.inject({ method: 'DELETE', url: '/api/v1/region' });
    expect(put.statusCode).toBe(404);
  });

  it('a malformed URL → 400 JSON', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/region/%E0%A4%A' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ code: 'BAD_URL', message: '请求地址不正确' });
  });

  it('an unexpected error → 500 INTERNAL with no stack and no internals', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/__test/boom' });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ code: 'INTERNAL', message: '服务器开小差了，请稍后再试' });
    expect(res.body).not.toMatch(/SQLITE|secrets|stack|repository\.ts/);
  });

  it('a library 4xx keeps its status but not its English message', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/__test/reject' });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toEqual({ code: 'BAD_REQUEST', message: '请求有误' });
  });
});

describe('rate limits', () => {
  it('answers 429 in Chinese past the per-IP limit', async () => {
    const limited = await createTestApp({ env: { RATE_LIMIT_PER_MINUTE: '3' } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i++) {
        codes.push((await limited.app.inject({ method: 'GET', url: '/api/v1/region' })).statusCode);
      }
      expect(codes).toEqual([200, 200, 200, 429]);
      const res = await limited.app.inject({ method: 'GET', url: '/api/v1/region' });
      expect(res.statusCode).toBe(429);
      expect(res.json()).toEqual({ code: 'RATE_LIMITED', message: '操作太频繁，请稍后再试' });
      expect(res.headers['retry-after']).toBeDefined();
    } finally {
      await limited.close();
    }
  });

  it('login routes have their own, stricter limit', async () => {
    const limited = await createTestApp({ env: { LOGIN_RATE_LIMIT_PER_MINUTE: '2' } });
    try {
      const login = () =>
        limited.app.inject({ method: 'POST', url: '/api/v1/auth/dev', payload: { openid: 'x' } });
      expect((await login()).statusCode).toBe(200);
      expect((await login()).statusCode).toBe(200);
      const third = await login();
      expect(third.statusCode).toBe(429);
      expect(third.json().message).toBe('操作太频繁，请稍后再试');
      // Other routes are not affected.
      expect((await limited.app.inject({ method: 'GET', url: '/api/v1/health' })).statusCode).toBe(
        200,
      );
    } finally {
      await limited.close();
    }
  });
});

describe('money in cents is checked in decimals, not floating point', () => {
  it('19.99, 0.07 and 33.33 are amounts; 19.999 is not', async () => {
    const { complaintBody } = await import('./support/complaints');
    const file = (amount: number) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/complaints',
        headers: bearer(consumerToken),
        payload: complaintBody({ amount, purchaseDate: new Date().toISOString().slice(0, 10) }),
      });
    for (const amount of [19.99, 0.07, 33.33]) {
      const res = await file(amount);
      expect(res.statusCode).toBe(201);
      const detail = await t.app.inject({
        method: 'GET',
        url: `/api/v1/complaints/${res.json().id}`,
        headers: bearer(consumerToken),
      });
      expect(detail.json().amount).toBe(amount);
    }
    const bad = await file(19.999);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toEqual({ amount: '取值不正确' });
  });
});
