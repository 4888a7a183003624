import type { PrivacyConsentState } from '@api/privacy';
import { PRIVACY_VERSIONS } from '@/domain/privacy';
import { bearer, createTestApp, loginConsumer, type TestApp } from './support/app';
import { TestClock } from './support/complaints';

let t: TestApp;
const clock = new TestClock(new Date('2026-12-05T10:00:00+08:00'));

beforeAll(async () => {
  t = await createTestApp({ env: { SEED_DEMO: 'false' }, now: clock.now });
});
afterAll(() => t.close());

const current = {
  privacyVersion: PRIVACY_VERSIONS.privacy,
  termsVersion: PRIVACY_VERSIONS.terms,
  channel: 'weapp',
};
const agree = (token: string, payload: object) =>
  t.app.inject({ method: 'POST', url: '/api/v1/privacy/consent', headers: bearer(token), payload });
const read = (token: string) =>
  t.app.inject({ method: 'GET', url: '/api/v1/privacy/consent', headers: bearer(token) });
const auditRows = (userId: string) =>
  t.db.db
    .selectFrom('audit_log')
    .selectAll()
    .where('action', '=', 'privacy.agree')
    .where('target_id', '=', userId)
    .execute();

describe('privacy consent', () => {
  it('starts with nothing agreed, then records the current versions once, audited', async () => {
    const me = await loginConsumer(t.app);
    const before = (await read(me.token)).json<PrivacyConsentState>();
    expect(before).toEqual({
      current: { privacy: PRIVACY_VERSIONS.privacy, terms: PRIVACY_VERSIONS.terms },
      agreed: null,
      upToDate: false,
    });

    const first = await agree(me.token, current);
    expect(first.statusCode).toBe(200);
    expect(first.json<PrivacyConsentState>()).toMatchObject({
      agreed: { ...current, agreedAt: clock.now().toISOString() },
      upToDate: true,
    });

    clock.tick(10);
    const again = await agree(me.token, { ...current, channel: 'h5' });
    expect(again.statusCode).toBe(200);
    // The first agreement stays as it was: its time and channel.
    expect(again.json<PrivacyConsentState>().agreed).toEqual(first.json().agreed);
    expect((await read(me.token)).json<PrivacyConsentState>().agreed).toEqual(first.json().agreed);

    const audits = await auditRows(me.user.id);
    expect(audits).toHaveLength(1);
    expect(audits[0].actor_id).toBe(me.user.id);
    expect(JSON.parse(audits[0].detail ?? '{}')).toMatchObject({
      privacyVersion: PRIVACY_VERSIONS.privacy,
    });
  });

  it('keeps the time an anonymous user agreed on the device, sent when they sign in', async () => {
    const me = await loginConsumer(t.app);
    const earlier = new Date(clock.now().getTime() - 3600_000).toISOString();
    const res = await agree(me.token, { ...current, channel: 'h5', agreedAt: earlier });
    expect(res.statusCode).toBe(200);
    expect(res.json<PrivacyConsentState>().agreed).toEqual({
      ...current,
      channel: 'h5',
      agreedAt: earlier,
    });
  });

  it('shows each person only their own agreement', async () => {
    const [a, b] = [await loginConsumer(t.app), await loginConsumer(t.app)];
    expect((await agree(a.token, current)).statusCode).toBe(200);
    expect((await read(b.token)).json<PrivacyConsentState>().agreed).toBeNull();
  });

  it('needs a signed-in caller', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/privacy/consent',
      payload: current,
    });
    expect(res.statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/privacy/consent' })).statusCode).toBe(
      401,
    );
  });

  it.each([
    [
      'an old privacy version',
      { privacyVersion: '2020-01-01' },
      'privacyVersion',
      /隐私政策已更新/,
    ],
    ['an old terms version', { termsVersion: '2020-01-01' }, 'termsVersion', /用户协议已更新/],
    ['a time in the future', { agreedAt: '2027-06-01T00:00:00.000Z' }, 'agreedAt', /不能晚于现在/],
    ['a time before the version', { agreedAt: '2020-01-01T00:00:00.000Z' }, 'agreedAt', /不能早于/],
  ])(
    'refuses %s with a Chinese message on the field, writing nothing',
    async (_, patch, field, message) => {
      const me = await loginConsumer(t.app);
      const res = await agree(me.token, { ...current, ...patch });
      expect(res.statusCode).toBe(400);
      const body = res.json<{ code: string; message: string; fields: Record<string, string> }>();
      expect(body.code).toBe('PRIVACY_CONSENT_INVALID');
      expect(body.fields[field]).toMatch(message);
      expect(body.message).toMatch(message);
      expect((await read(me.token)).json<PrivacyConsentState>().agreed).toBeNull();
      expect(await auditRows(me.user.id)).toHaveLength(0);
    },
  );

  it.each([
    ['no body fields', {}],
    ['a malformed version', { ...current, privacyVersion: 'latest' }],
    ['an unknown channel', { ...current, channel: 'app' }],
    ['an extra field', { ...current, userId: 'someone-else' }],
  ])('answers 400 in Chinese to %s', async (_, payload) => {
    const me = await loginConsumer(t.app);
    const res = await agree(me.token, payload);
    expect(res.statusCode).toBe(400);
    expect(res.json<{ message: string }>().message).toMatch(/[\u4e00-\u9fa5]/);
  });
});
