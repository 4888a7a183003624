import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import type { MyTip, StaffTipPage, TipPage } from '@api/tips';
import { HttpWechatClient } from '../../server/src/wechat/http-client';
import { WechatError } from '../../server/src/wechat/errors';
import { LOCAL_RISKY_IMAGE_SIZE, LocalWechatDouble } from '../../server/src/wechat/local-double';
import { bearer, createTestApp, loginConsumer, loginStaff, type TestApp } from './support/app';

/**
 * The image check of 消费小贴士 photos: the real client's img_sec_check (multipart `media`,
 * 87014 = risky) against a minimal stand-in for WeChat, and the local double's fixed refusal.
 */

const RISKY_MARKER = Buffer.from('RISKY-IMAGE');

let server: Server;
let base: string;
const seen: { contentType: string; size: number; token: string | null }[] = [];
let answer: 'normal' | 'busy' = 'normal';

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const json = (payload: object) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end(JSON.stringify(payload));
      };
      if (url.pathname === '/cgi-bin/token') return json({ access_token: 'tk', expires_in: 7200 });
      if (url.pathname === '/wxa/img_sec_check') {
        seen.push({
          contentType: String(req.headers['content-type']),
          size: body.length,
          token: url.searchParams.get('access_token'),
        });
        if (answer === 'busy') return json({ errcode: -1, errmsg: 'system error' });
        return body.includes(RISKY_MARKER)
          ? json({ errcode: 87014, errmsg: 'risky content' })
          : json({ errcode: 0, errmsg: 'ok' });
      }
      res.writeHead(404);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const client = () => new HttpWechatClient({ appId: 'wx1', secret: 's1', apiBase: base });

describe('HttpWechatClient.imageSecCheck', () => {
  it('sends the image as multipart media with the access token', async () => {
    const image = Buffer.from('a clean jpeg');
    expect(await client().imageSecCheck({ openid: 'o1', image, mime: 'image/jpeg' })).toEqual({
      pass: true,
      suggest: 'pass',
    });
    const last = seen[seen.length - 1];
    expect(last.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(last.token).toBe('tk');
    expect(last.size).toBeGreaterThan(image.length);
  });

  it('reads errcode 87014 as risky, and any other error as a failure of the call', async () => {
    const risky = Buffer.concat([Buffer.from('jpeg '), RISKY_MARKER]);
    expect(
      await client().imageSecCheck({ openid: 'o1', image: risky, mime: 'image/jpeg' }),
    ).toEqual({ pass: false, suggest: 'risky', label: '87014' });
    answer = 'busy';
    await expect(
      client().imageSecCheck({ openid: 'o1', image: Buffer.from('x'), mime: 'image/png' }),
    ).rejects.toBeInstanceOf(WechatError);
    answer = 'normal';
  });
});

describe('LocalWechatDouble.imageSecCheck', () => {
  const png = (width: number, height: number) =>
    sharp({ create: { width, height, channels: 3, background: '#336699' } })
      .png()
      .toBuffer();

  it(`refuses exactly ${LOCAL_RISKY_IMAGE_SIZE.width}×${LOCAL_RISKY_IMAGE_SIZE.height} images and passes others`, async () => {
    const double = new LocalWechatDouble();
    const risky = await png(LOCAL_RISKY_IMAGE_SIZE.width, LOCAL_RISKY_IMAGE_SIZE.height);
    expect(
      (await double.imageSecCheck({ openid: 'o', image: risky, mime: 'image/png' })).suggest,
    ).toBe('risky');
    for (const [w, h] of [
      [14, 13],
      [13, 14],
      [1, 1],
    ]) {
      const image = await png(w, h);
      expect((await double.imageSecCheck({ openid: 'o', image, mime: 'image/png' })).suggest).toBe(
        'pass',
      );
    }
    // Not an image at all: nothing to refuse for its size.
    expect(
      (await double.imageSecCheck({ openid: 'o', image: Buffer.from('x'), mime: 'image/png' }))
        .suggest,
    ).toBe('pass');
  });
});

describe('what WeChat said decides nothing public: every tip waits for staff', () => {
  /** The local double, but asking for review of one word and unreachable for another. */
  class Unsure extends LocalWechatDouble {
    override async msgSecCheck(input: Parameters<LocalWechatDouble['msgSecCheck']>[0]) {
      if (input.content.includes('网络故障')) throw new WechatError(-1, 'network error');
      if (input.content.includes('待复核')) {
        return { pass: false, suggest: 'review' as const, label: '10001' };
      }
      return super.msgSecCheck(input);
    }
  }
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { SEED_DEMO: 'false' }, wechat: new Unsure() });
  });
  afterAll(() => t.close());

  it('queues review and unchecked tips for staff, with what WeChat said', async () => {
    const staff = await loginStaff(t);
    const author = await loginConsumer(t.app);
    const ids: Record<string, string> = {};
    for (const [word, expected] of [
      ['待复核', 'review'],
      ['网络故障', 'unchecked'],
    ] as const) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/tips',
        headers: bearer(author.token),
        payload: {
          title: '测试小贴士标题',
          body: `这是一条${word}的小贴士，内容足够长了。`,
          category: '其他',
        },
      });
      expect(res.statusCode).toBe(201);
      expect(res.json<MyTip>().status).toBe('pending');
      ids[expected] = res.json<MyTip>().id;
    }
    const queue = (
      await t.app.inject({ method: 'GET', url: '/api/v1/tips/queue', headers: bearer(staff.token) })
    ).json<StaffTipPage>();
    expect(Object.fromEntries(queue.items.map((i) => [i.secCheck, i.id]))).toEqual(ids);
    const list = (await t.app.inject({ method: 'GET', url: '/api/v1/tips' })).json<TipPage>();
    expect(list.items).toEqual([]);
  });
});
