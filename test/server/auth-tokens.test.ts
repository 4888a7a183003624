import { createHmac, generateKeyPairSync, sign as rsaSign } from 'node:crypto';
import { Writable } from 'node:stream';
import type { Session } from '@api/auth';
import {
  createStaffAccount,
  resetStaffPassword,
} from '../../server/src/features/auth/staff-accounts-service';
import {
  bearer,
  createTestApp,
  loginConsumer,
  loginStaff,
  TEST_JWT_SECRET,
  type TestApp,
} from './support/app';

const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');

/** A JWT with any header, signed with the test secret by the HMAC named (or not signed). */
function forge(header: object, claims: object, hmac?: 'sha256' | 'sha512'): string {
  const head = `${enc(header)}.${enc(claims)}`;
  const signature = hmac ? createHmac(hmac, TEST_JWT_SECRET).update(head).digest('base64url') : '';
  return `${head}.${signature}`;
}

function rs256(claims: object): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const head = `${enc({ alg: 'RS256', typ: 'JWT' })}.${enc(claims)}`;
  return `${head}.${rsaSign('sha256', Buffer.from(head), privateKey).toString('base64url')}`;
}

describe('forged and unusable tokens → 401 with the reason logged, never 500', () => {
  let t: TestApp;
  const logLines: string[] = [];
  let sub: string;
  beforeAll(async () => {
    // Capture the server log: the cause of each rejection must be there.
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        logLines.push(chunk.toString());
        done();
      },
    });
    t = await createTestApp({ env: { LOG_LEVEL: 'info' }, logStream: stream });
    sub = (await loginConsumer(t.app)).user.id;
  });
  afterAll(() => t.close());

  const now = () => Math.floor(Date.now() / 1000);
  const claims = () => ({ sub, role: 'consumer', iat: now(), exp: now() + 600 });

  const cases: [string, () => string][] = [
    ['HS512', () => forge({ alg: 'HS512', typ: 'JWT' }, claims(), 'sha512')],
    ['RS256 with a key of its own', () => rs256(claims())],
    ['alg none, no signature', () => forge({ alg: 'none', typ: 'JWT' }, claims())],
    ['alg none with an HS256 signature', () => forge({ alg: 'none' }, claims(), 'sha256')],
    ['alg as a number', () => forge({ alg: 256, typ: 'JWT' }, claims(), 'sha256')],
    ['no alg at all', () => forge({ typ: 'JWT' }, claims(), 'sha256')],
    ['a header that is not JSON', () => `bm90IGpzb24.${enc(claims())}.c2ln`],
    [
      'correctly signed, nbf in the future',
      () => forge({ alg: 'HS256', typ: 'JWT' }, { ...claims(), nbf: now() + 3600 }, 'sha256'),
    ],
    ['correctly signed, no sub', () => forge({ alg: 'HS256' }, { role: 'staff' }, 'sha256')],
    [
      'correctly signed, sub is a number',
      () => forge({ alg: 'HS256' }, { ...claims(), sub: 42 }, 'sha256'),
    ],
    ['three dots of garbage', () => '...'],
  ];

  it.each(cases)('%s', async (_name, make) => {
    for (const url of ['/api/v1/me', '/api/v1/complaints?scope=mine']) {
      const res = await t.app.inject({ method: 'GET', url, headers: bearer(make()) });
      expect(res.statusCode).toBe(401);
      expect(res.json().code).toMatch(/^(TOKEN_INVALID|USER_NOT_FOUND)$/);
      expect(res.json().message).toMatch(/登录/);
    }
  });

  it('the log says why a token was refused', () => {
    const rejected = logLines.filter((l) => l.includes('token rejected'));
    expect(rejected.length).toBeGreaterThan(0);
    expect(rejected.some((l) => /"cause":\{"code":"[A-Z_]+"/.test(l))).toBe(true);
    expect(logLines.some((l) => l.includes('"level":50'))).toBe(false);
  });

  it('an expired token says it expired', async () => {
    const expired = forge({ alg: 'HS256' }, { ...claims(), exp: now() - 10 }, 'sha256');
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(expired) });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('TOKEN_EXPIRED');
  });

  it('a forged token on a route where signing in is optional counts as anonymous', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/event/visits',
      headers: bearer(forge({ alg: 'HS512' }, claims(), 'sha512')),
      payload: { source: 'forged', channel: 'h5' },
    });
    expect(res.statusCode).toBe(201);
  });
});

describe('one-time passwords and password changes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const signIn = async (username: string, password: string) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/staff',
      payload: { username, password },
    });
    expect(res.statusCode).toBe(200);
    return res.json<Session>();
  };
  const get = (url: string, token: string) =>
    t.app.inject({ method: 'GET', url, headers: bearer(token) });
  const change = (token: string, currentPassword: string, newPassword: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: bearer(token),
      payload: { currentPassword, newPassword },
    });

  it('an account on its one-time password can only change it (and say who it is)', async () => {
    const { password } = await createStaffAccount(t.db.db, {
      username: 'otp.a',
      role: 'staff',
      at: new Date(),
    });
    const session = await signIn('otp.a', password);
    expect(session.user.mustChangePassword).toBe(true);

    for (const url of [
      '/api/v1/complaints?scope=all',
      '/api/v1/merchants/memberships',
      '/api/v1/quiz/questions',
    ]) {
      const res = await get(url, session.token);
      expect(res.statusCode).toBe(403);
      expect(res.json()).toEqual({ code: 'PASSWORD_CHANGE_REQUIRED', message: '请先修改初始密码' });
    }
    expect((await get('/api/v1/me', session.token)).statusCode).toBe(200);

    const changed = await change(session.token, password, 'a-brand-new-password');
    expect(changed.statusCode).toBe(200);
    const fresh = changed.json<Session>();
    expect(fresh.user.mustChangePassword).toBe(false);
    expect((await get('/api/v1/complaints?scope=all', fresh.token)).statusCode).toBe(200);
  });

  it('a password change revokes every token issued before it', async () => {
    const staff = await loginStaff(t);
    const otherDevice = await signIn(staff.user.nickname, staff.password);
    const changed = await change(staff.token, staff.password, 'another-new-password');
    expect(changed.statusCode).toBe(200);

    for (const old of [staff.token, otherDevice.token]) {
      const res = await get('/api/v1/complaints?scope=all', old);
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({ code: 'TOKEN_REVOKED', message: '密码已修改，请重新登录' });
    }
    const fresh = changed.json<Session>().token;
    expect((await get('/api/v1/complaints?scope=all', fresh)).statusCode).toBe(200);
  });

  it('a reset revokes earlier tokens and asks for a new password again', async () => {
    const staff = await loginStaff(t);
    const { password } = await resetStaffPassword(t.db.db, {
      username: staff.user.nickname,
      at: new Date(),
    });
    expect((await get('/api/v1/me', staff.token)).statusCode).toBe(401);
    const session = await signIn(staff.user.nickname, password);
    expect(session.user.mustChangePassword).toBe(true);
    expect((await get('/api/v1/complaints?scope=all', session.token)).statusCode).toBe(403);
  });

  it('consumers are unaffected', async () => {
    const consumer = await loginConsumer(t.app);
    expect((await get('/api/v1/complaints?scope=mine', consumer.token)).statusCode).toBe(200);
  });
});
