/**
 * The poster QR codes of advisories and tips: a PNG for a public item, 404 otherwise; with an
 * AppID a mini-program code whose scene is the share source (sa.<id>/st.<id>, ≤ 32 characters).
 */
import { createTestApp, loginStaff, type TestApp } from './support/app';
import { startFakeWechat } from './support/fake-wechat';
import { moveAdvisory, publishAdvisory, publishTip } from './support/reading';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
const qrcode = (t: TestApp, path: string) =>
  t.app.inject({ method: 'GET', url: `/api/v1/${path}/qrcode` });

describe('share QR codes (local double)', () => {
  let t: TestApp;
  let staffA: string;
  let staffB: string;
  beforeAll(async () => {
    t = await createTestApp({ env: { SEED_DEMO: 'false' } });
    staffA = (await loginStaff(t)).token;
    staffB = (await loginStaff(t)).token;
  });
  afterAll(() => t.close());

  it('answers a PNG for a public advisory and tip, 404 once it is not public', async () => {
    const advisory = await publishAdvisory(t, staffA, staffB);
    const tip = await publishTip(t, staffA);
    for (const path of [`advisories/${advisory}`, `tips/${tip.id}`]) {
      const res = await qrcode(t, path);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('image/png');
      expect(res.rawPayload.subarray(0, 4).equals(PNG)).toBe(true);
    }
    await moveAdvisory(t, staffB, advisory, { action: 'unpublish', reason: '内容已过时' });
    expect((await qrcode(t, `advisories/${advisory}`)).statusCode).toBe(404);
    expect((await qrcode(t, 'tips/01ARZ3NDEKTSV4RRFFQ69G5FAV')).statusCode).toBe(404);
    expect((await qrcode(t, 'tips/not-an-id')).statusCode).toBe(400);
  });
});

describe('share QR codes (real WeChat client)', () => {
  it('asks getwxacodeunlimit for the advisory page with scene sa.<id>', async () => {
    const fake = await startFakeWechat();
    const w = await createTestApp({
      env: {
        SEED_DEMO: 'false',
        WECHAT_APPID: fake.appId,
        WECHAT_SECRET: fake.secret,
        WECHAT_API_BASE: fake.url,
      },
    });
    try {
      const a = (await loginStaff(w)).token;
      const b = (await loginStaff(w)).token;
      const advisory = await publishAdvisory(w, a, b);
      expect((await qrcode(w, `advisories/${advisory}`)).statusCode).toBe(200);
      const calls = fake.calls.filter((c) => c.path === '/wxa/getwxacodeunlimit');
      expect(calls.map((c) => c.body)).toEqual([
        expect.objectContaining({
          scene: `sa.${advisory}`,
          page: 'features/advisories/pages/detail/index',
        }),
      ]);
      // A weapp code's scene holds at most 32 characters.
      expect(`sa.${advisory}`.length).toBeLessThanOrEqual(32);
    } finally {
      await w.close();
      await fake.close();
    }
  });
});
