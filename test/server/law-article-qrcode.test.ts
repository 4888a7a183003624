/**
 * An article's share poster code (issue 17): a PNG for an article the library holds, 404 for
 * one it does not; with an AppID a mini-program code for the article page whose scene
 * `<law>.<no>` fits WeChat's 32 characters for every key the library allows.
 */
import { articleScene, BUILTIN_LAWS, sceneArticle } from '@/domain/law-vocabulary';
import { createTestApp, type TestApp } from './support/app';
import { startFakeWechat } from './support/fake-wechat';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
const qrcode = (t: TestApp, law: string, no: number | string) =>
  t.app.inject({ method: 'GET', url: `/api/v1/law/articles/${law}/${no}/qrcode` });

describe('article QR codes (local double)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { SEED_DEMO: 'false' } });
  });
  afterAll(() => t.close());

  it('answers a PNG for 消保法 第二十五条 and 404 for an article or law the library lacks', async () => {
    const res = await qrcode(t, 'consumer-protection', 25);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.rawPayload.subarray(0, 4).equals(PNG)).toBe(true);
    expect((await qrcode(t, 'consumer-protection', 64)).json()).toMatchObject({
      code: 'ARTICLE_NOT_FOUND',
    });
    expect((await qrcode(t, 'no-such-law', 1)).statusCode).toBe(404);
    expect((await qrcode(t, 'consumer-protection', 'abc')).statusCode).toBe(400);
  });
});

describe('article QR codes (real WeChat client)', () => {
  it('asks getwxacodeunlimit for the article page with scene <law>.<no>', async () => {
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
      expect((await qrcode(w, 'consumer-regulation', 19)).statusCode).toBe(200);
      const calls = fake.calls.filter((c) => c.path === '/wxa/getwxacodeunlimit');
      expect(calls.map((c) => c.body)).toEqual([
        expect.objectContaining({
          scene: 'consumer-regulation.19',
          page: 'features/law/pages/article/index',
        }),
      ]);
    } finally {
      await w.close();
      await fake.close();
    }
  });

  it('fits every key the library allows into a scene, and reads it back', () => {
    const longest = `a${'b'.repeat(26)}`;
    expect(new RegExp('^[a-z][a-z0-9-]{2,26}$').test(longest)).toBe(true);
    expect(articleScene(longest, 1234).length).toBeLessThanOrEqual(32);
    for (const { key } of BUILTIN_LAWS) {
      expect(sceneArticle(articleScene(key, 148))).toEqual({ law: key, no: 148 });
    }
    expect(sceneArticle('sa.01ARZ3NDEKTSV4RRFFQ69G5FAV')).toBeUndefined();
  });
});
