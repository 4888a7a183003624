import { HttpWechatClient } from '../../server/src/wechat/http-client';
import { LocalWechatDouble } from '../../server/src/wechat/local-double';
import { WechatError } from '../../server/src/wechat/errors';
import { FAKE_PNG, startFakeWechat, type FakeWechat } from './support/fake-wechat';

describe('HttpWechatClient against a fake WeChat server', () => {
  let fake: FakeWechat;
  let client: HttpWechatClient;
  let now: number;

  beforeEach(async () => {
    fake = await startFakeWechat();
    now = Date.parse('2027-03-15T01:00:00Z');
    client = new HttpWechatClient({
      appId: fake.appId,
      secret: fake.secret,
      apiBase: fake.url,
      now: () => now,
    });
  });
  afterEach(() => fake.close());

  const check = (content: string) => client.msgSecCheck({ openid: 'o1', content, scene: 2 });

  it('caches the access token across calls', async () => {
    await check('你好');
    await check('你好');
    await client.sendSubscribeMessage({
      touser: 'o1',
      templateId: 'T1',
      data: { thing1: '已受理' },
    });
    expect(fake.tokenRequests()).toBe(1);
    const call = fake.calls.find((c) => c.path === '/wxa/msg_sec_check');
    expect(call?.query.access_token).toBe('token_1');
    expect(call?.body).toEqual({ content: '你好', version: 2, scene: 2, openid: 'o1' });
  });

  it('shares one token request between concurrent callers', async () => {
    await Promise.all([check('a'), check('b'), check('c')]);
    expect(fake.tokenRequests()).toBe(1);
  });

  it('renews the token shortly before it expires', async () => {
    await check('a');
    now += 7200_000 - 4 * 60_000; // within the 5-minute margin
    await check('b');
    expect(fake.tokenRequests()).toBe(2);
  });

  it('refreshes once and retries when WeChat says the token is invalid (40001)', async () => {
    await check('a');
    fake.revokeTokens();
    const result = await check('b');
    expect(result.pass).toBe(true);
    expect(fake.tokenRequests()).toBe(2);
    const checks = fake.calls.filter((c) => c.path === '/wxa/msg_sec_check');
    expect(checks.map((c) => c.query.access_token)).toEqual(['token_1', 'token_1', 'token_2']);
  });

  it('msgSecCheck: risky → pass false with the label; normal → pass true', async () => {
    expect(await check('这是危险内容')).toEqual({ pass: false, suggest: 'risky', label: '20001' });
    expect(await check('商家拒绝退货')).toEqual({ pass: true, suggest: 'pass', label: undefined });
  });

  it('sends subscribe messages in WeChat’s { key: { value } } form', async () => {
    await client.sendSubscribeMessage({
      touser: 'o1',
      templateId: 'TPL',
      page: 'pages/index/index',
      data: { thing1: '投诉已受理', time2: '2027-03-15 10:00' },
    });
    const call = fake.calls.find((c) => c.path === '/cgi-bin/message/subscribe/send');
    expect(call?.body).toMatchObject({
      touser: 'o1',
      template_id: 'TPL',
      page: 'pages/index/index',
      data: { thing1: { value: '投诉已受理' }, time2: { value: '2027-03-15 10:00' } },
    });
  });

  it('returns the QR code image bytes', async () => {
    const png = await client.getUnlimitedQrCode({ scene: 'm=01ABC', page: 'pages/index/index' });
    expect(png.equals(FAKE_PNG)).toBe(true);
  });

  it('code2Session: an unknown code → WechatError 40029', async () => {
    await expect(client.code2Session('nope')).rejects.toMatchObject({ errcode: 40029 });
    await expect(client.code2Session('nope')).rejects.toBeInstanceOf(WechatError);
  });

  it('wrong credentials → WechatError with WeChat’s errcode', async () => {
    const bad = new HttpWechatClient({ appId: 'wrong', secret: 'x', apiBase: fake.url });
    await expect(bad.msgSecCheck({ openid: 'o', content: 'x', scene: 1 })).rejects.toMatchObject({
      errcode: 40013,
    });
  });

  it('an unreachable server → WechatError -1 that does not leak the secret', async () => {
    const down = new HttpWechatClient({
      appId: 'a',
      secret: 'TOPSECRET',
      apiBase: 'http://127.0.0.1:1',
    });
    const err = await down.code2Session('x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WechatError);
    expect((err as WechatError).errcode).toBe(-1);
    expect((err as Error).message).not.toContain('TOPSECRET');
  });
});

describe('LocalWechatDouble', () => {
  const double = new LocalWechatDouble();

  it('dev:<openid> signs in as that openid; other codes map to a stable openid', async () => {
    expect((await double.code2Session('dev:alice')).openid).toBe('alice');
    const a = await double.code2Session('some-code');
    const b = await double.code2Session('some-code');
    expect(a.openid).toBe(b.openid);
    expect(a.openid).toMatch(/^local_[0-9a-f]{24}$/);
  });

  it('flags built-in risky words', async () => {
    expect((await double.msgSecCheck({ openid: 'o', content: '正常投诉', scene: 2 })).pass).toBe(
      true,
    );
    expect(
      (await double.msgSecCheck({ openid: 'o', content: '出售代开发票', scene: 2 })).pass,
    ).toBe(false);
  });

  it('keeps sent subscribe messages in an outbox', async () => {
    await double.sendSubscribeMessage({ touser: 'o', templateId: 'T', data: { thing1: 'x' } });
    expect(double.outbox).toHaveLength(1);
    expect(double.outbox[0]).toMatchObject({ touser: 'o', templateId: 'T' });
  });

  it('renders a real QR code (PNG) of page?scene', async () => {
    const png = await double.getUnlimitedQrCode({ scene: 'x', page: 'p' });
    expect(png.length).toBeGreaterThan(200);
    expect(png.subarray(0, 8).equals(Buffer.from('89504e470d0a1a0a', 'hex'))).toBe(true);
  });
});
