import { createHmac } from 'node:crypto';
import type { Session, User } from '@api/auth';
import { createStaffAccount } from '../../server/src/features/auth/staff-accounts-service';
import {
  bearer,
  createTestApp,
  loginConsumer,
  loginStaff,
  TEST_JWT_SECRET,
  type TestApp,
} from './support/app';
import { startFakeWechat, type FakeWechat } from './support/fake-wechat';

const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/** A JWT signed by hand with the test secret, with exactly the claims given. */
function hs256(claims: object): string {
  const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const head = `${enc({ alg: 'HS256', typ: 'JWT' })}.${enc(claims)}`;
  return `${head}.${createHmac('sha256', TEST_JWT_SECRET).update(head).digest('base64url')}`;
}

describe('auth (development: local WeChat double)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const dev = (payload: object) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/dev', payload });
  const me = (headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url: '/api/v1/me', headers });

  it('dev login creates a consumer with a default nickname and a session', async () => {
    const res = await dev({ openid: 'dev_alice' });
    expect(res.statusCode).toBe(200);
    const session = res.json<Session>();
    expect(session.user.role).toBe('consumer');
    expect(session.user.id).toMatch(ULID);
    expect(session.user.nickname).toBe(`微信用户${session.user.id.slice(-4)}`);
    expect(Object.keys(session.user).sort()).toEqual(['id', 'nickname', 'role']);
    // expiresAt is the token's exp: 7 days by default.
    const ttl = Date.parse(session.expiresAt) - Date.now();
    expect(ttl).toBeGreaterThan(7 * 86400_000 - 60_000);
    expect(ttl).toBeLessThanOrEqual(7 * 86400_000);
  });

  it('the same openid is the same user; a nickname can be given', async () => {
    const a = (await dev({ openid: 'dev_bob' })).json<Session>();
    const b = (await dev({ openid: 'dev_bob', nickname: '老王' })).json<Session>();
    expect(b.user.id).toBe(a.user.id);
    expect(b.user.nickname).toBe('老王');
    const c = (await dev({ openid: 'dev_carol' })).json<Session>();
    expect(c.user.id).not.toBe(a.user.id);
    const rows = await t.db.db
      .selectFrom('users')
      .select('id')
      .where('openid', '=', 'dev_bob')
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('the WeChat login goes through the double: dev:<openid> signs in as that openid', async () => {
    const viaDev = (await dev({ openid: 'dev_dora' })).json<Session>();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/wechat',
      payload: { code: 'dev:dev_dora' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json<Session>().user.id).toBe(viaDev.user.id);
  });

  it('GET /me answers the user with a token, 401 without or with a bad one', async () => {
    const session = await loginConsumer(t.app);
    const ok = await me(bearer(session.token));
    expect(ok.statusCode).toBe(200);
    expect(ok.json<User>()).toEqual(session.user);

    const none = await me();
    expect(none.statusCode).toBe(401);
    expect(none.json()).toEqual({ code: 'UNAUTHORIZED', message: '请先登录' });

    const garbage = await me(bearer('not-a-jwt'));
    expect(garbage.statusCode).toBe(401);
    expect(garbage.json().code).toBe('TOKEN_INVALID');
    expect(garbage.json().message).toBe('登录凭证无效，请重新登录');

    const notBearer = await me({ authorization: 'Basic abc' });
    expect(notBearer.statusCode).toBe(401);

    // Signed with another secret.
    const [h, p] = session.token.split('.');
    const forged = await me(bearer(`${h}.${p}.${'A'.repeat(43)}`));
    expect(forged.statusCode).toBe(401);
  });

  it('an expired token gets 401 TOKEN_EXPIRED', async () => {
    const session = await loginConsumer(t.app);
    const now = Math.floor(Date.now() / 1000);
    const expired = hs256({
      sub: session.user.id,
      role: 'consumer',
      iat: now - 100,
      exp: now - 10,
    });
    const res = await me(bearer(expired));
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ code: 'TOKEN_EXPIRED', message: '登录已过期，请重新登录' });
    // The same claims, not yet expired, are accepted: only the expiry differs.
    const fresh = hs256({ sub: session.user.id, role: 'consumer', iat: now, exp: now + 60 });
    expect((await me(bearer(fresh))).statusCode).toBe(200);
  });

  it('acts with the role the user has now, not the one in the token', async () => {
    const staff = await loginStaff(t);
    const summary = (token: string) =>
      t.app.inject({ method: 'GET', url: '/api/v1/event/visits/summary', headers: bearer(token) });
    expect((await summary(staff.token)).statusCode).toBe(200);
    // Demoted: the very next request with the same token is refused.
    await t.db.db
      .updateTable('users')
      .set({ role: 'consumer' })
      .where('id', '=', staff.user.id)
      .execute();
    expect((await summary(staff.token)).statusCode).toBe(403);
    expect((await me(bearer(staff.token))).json<User>().role).toBe('consumer');

    // Promoted: a consumer's token works for staff routes at once (and the claim is ignored).
    const consumer = await loginConsumer(t.app);
    await t.db.db
      .updateTable('users')
      .set({ role: 'staff' })
      .where('id', '=', consumer.user.id)
      .execute();
    expect((await summary(consumer.token)).statusCode).toBe(200);
  });

  it('a valid token for a user that no longer exists gets 401', async () => {
    const token = t.app.jwt.sign({ sub: '01HZZZZZZZZZZZZZZZZZZZZZZZ', role: 'consumer' });
    const res = await me(bearer(token));
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('USER_NOT_FOUND');
  });

  describe('staff login', () => {
    const staffLogin = (payload: object) =>
      t.app.inject({ method: 'POST', url: '/api/v1/auth/staff', payload });

    it('signs in staff and admins with their password', async () => {
      const { password, user } = await createStaffAccount(t.db.db, {
        username: 'zhang.san',
        role: 'staff',
        at: new Date(),
      });
      const res = await staffLogin({ username: 'zhang.san', password });
      expect(res.statusCode).toBe(200);
      const session = res.json<Session>();
      expect(session.user).toEqual({
        id: user.id,
        role: 'staff',
        nickname: 'zhang.san',
        mustChangePassword: true,
      });
      expect((await me(bearer(session.token))).json<User>().role).toBe('staff');

      const admin = await createStaffAccount(t.db.db, {
        username: 'root_admin',
        role: 'admin',
        at: new Date(),
      });
      const adminRes = await staffLogin({ username: 'root_admin', password: admin.password });
      expect(adminRes.json<Session>().user.role).toBe('admin');
    });

    it('answers the same 401 for a wrong password and an unknown user', async () => {
      await createStaffAccount(t.db.db, { username: 'li.si', role: 'staff', at: new Date() });
      const wrong = await staffLogin({ username: 'li.si', password: 'wrong-password' });
      const unknown = await staffLogin({ username: 'nobody', password: 'wrong-password' });
      const expected = { code: 'INVALID_CREDENTIALS', message: '用户名或密码错误' };
      expect(wrong.statusCode).toBe(401);
      expect(wrong.json()).toEqual(expected);
      expect(unknown.statusCode).toBe(401);
      expect(unknown.json()).toEqual(expected);
    });

    it('consumers have no password and cannot use it', async () => {
      const res = await staffLogin({ username: 'dev_alice', password: 'whatever-123' });
      expect(res.statusCode).toBe(401);
    });

    it('a staff member changes the one-time password', async () => {
      const { password } = await createStaffAccount(t.db.db, {
        username: 'wang.wu',
        role: 'staff',
        at: new Date(),
      });
      const session = (await staffLogin({ username: 'wang.wu', password })).json<Session>();
      const change = (payload: object) =>
        t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/password',
          headers: bearer(session.token),
          payload,
        });

      const wrong = await change({ currentPassword: 'nope', newPassword: 'a-new-password-1' });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().fields).toEqual({ currentPassword: '当前密码不正确' });
      const short = await change({ currentPassword: password, newPassword: 'short' });
      expect(short.statusCode).toBe(400);
      expect(short.json().fields).toEqual({ newPassword: '至少10个字符' });

      const ok = await change({ currentPassword: password, newPassword: 'a-new-password-1' });
      expect(ok.statusCode).toBe(200);
      expect(ok.json<Session>().user.mustChangePassword).toBe(false);
      expect((await staffLogin({ username: 'wang.wu', password })).statusCode).toBe(401);
      const again = await staffLogin({ username: 'wang.wu', password: 'a-new-password-1' });
      expect(again.json<Session>().user.mustChangePassword).toBe(false);

      const consumer = await loginConsumer(t.app);
      const notStaff = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password',
        headers: bearer(consumer.token),
        payload: { currentPassword: 'x', newPassword: 'a-new-password-1' },
      });
      expect(notStaff.statusCode).toBe(403);
    });
  });
});

describe('dev login is absent outside development', () => {
  it('answers the normal 404 when WECHAT_APPID is set', async () => {
    const t = await createTestApp({
      env: { WECHAT_APPID: 'wx_x', WECHAT_SECRET: 'secret_x' },
    });
    try {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/dev',
        payload: { openid: 'x' },
      });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual({ code: 'NOT_FOUND', message: '接口不存在' });
    } finally {
      await t.close();
    }
  });

  it('answers the normal 404 in production', async () => {
    const t = await createTestApp({
      env: {
        NODE_ENV: 'production',
        JWT_SECRET: TEST_JWT_SECRET,
        PERSONAL_DATA_KEY: Buffer.alloc(32, 7).toString('base64'),
        WECHAT_APPID: 'wx_x',
        WECHAT_SECRET: 'secret_x',
      },
    });
    try {
      expect(t.config.devLoginEnabled).toBe(false);
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/dev',
        payload: { openid: 'x' },
      });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual({ code: 'NOT_FOUND', message: '接口不存在' });
    } finally {
      await t.close();
    }
  });
});

describe('WeChat login through the real HTTP client (fake WeChat server)', () => {
  let fake: FakeWechat;
  let t: TestApp;
  beforeAll(async () => {
    fake = await startFakeWechat();
    t = await createTestApp({
      env: { WECHAT_APPID: fake.appId, WECHAT_SECRET: fake.secret, WECHAT_API_BASE: fake.url },
    });
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  const login = (code: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/wechat', payload: { code } });

  it('uses the real client when an AppID is configured', () => {
    expect(t.wechat.kind).toBe('wechat');
  });

  it('creates the consumer on first login, keeps the session key on the server only', async () => {
    const sessionKey = 'SESSION+KEY/secret==';
    fake.codes.set('code-1', { openid: 'o_real_1', session_key: sessionKey, unionid: 'u_1' });
    const res = await login('code-1');
    expect(res.statusCode).toBe(200);
    const session = res.json<Session>();
    expect(session.user.role).toBe('consumer');
    expect(res.body).not.toContain(sessionKey);
    expect(res.body).not.toMatch(/session_?key/i);
    expect(res.body).not.toContain('o_real_1');

    const call = fake.calls.find((c) => c.path === '/sns/jscode2session');
    expect(call?.query).toEqual({
      appid: fake.appId,
      secret: fake.secret,
      js_code: 'code-1',
      grant_type: 'authorization_code',
    });

    const row = await t.db.db
      .selectFrom('users')
      .selectAll()
      .where('openid', '=', 'o_real_1')
      .executeTakeFirstOrThrow();
    expect(row.session_key).toBe(sessionKey);
    expect(row.unionid).toBe('u_1');

    const meRes = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: bearer(session.token),
    });
    expect(meRes.body).not.toContain(sessionKey);

    // Second login: same user, session key refreshed.
    fake.codes.set('code-2', { openid: 'o_real_1', session_key: 'NEWKEY' });
    const again = await login('code-2');
    expect(again.json<Session>().user.id).toBe(session.user.id);
    const row2 = await t.db.db
      .selectFrom('users')
      .select(['session_key', 'unionid'])
      .where('openid', '=', 'o_real_1')
      .executeTakeFirstOrThrow();
    expect(row2).toEqual({ session_key: 'NEWKEY', unionid: 'u_1' });
  });

  it('errcode 40029 (invalid or used code) → 401 with a Chinese message', async () => {
    const res = await login('never-issued');
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({
      code: 'WECHAT_CODE_INVALID',
      message: '登录凭证无效或已过期，请重新进入小程序',
    });
  });

  it('WeChat unreachable → 502, not 500', async () => {
    const down = await createTestApp({
      env: { WECHAT_APPID: 'wx_x', WECHAT_SECRET: 's', WECHAT_API_BASE: 'http://127.0.0.1:1' },
    });
    try {
      const res = await down.app.inject({
        method: 'POST',
        url: '/api/v1/auth/wechat',
        payload: { code: 'abc' },
      });
      expect(res.statusCode).toBe(502);
      expect(res.json().code).toBe('WECHAT_UNAVAILABLE');
    } finally {
      await down.close();
    }
  });
});
