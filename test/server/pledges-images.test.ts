import { randomBytes } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import type { PledgeCreated } from '@api/pledges';
import { shanghaiDate } from '../../server/src/time';
import { bearer, createTestApp, loginConsumer, loginStaff, type TestApp } from './support/app';
import { pngChunk, register, testCode, upload, verify } from './support/merchants';

let t: TestApp;
let staff: { token: string };

beforeAll(async () => {
  t = await createTestApp({ env: { SEED_DEMO: 'false', COUNTY_CODE: 'QS' } });
  staff = await loginStaff(t);
});
afterAll(() => t.close());

/** A handwritten-looking PNG: 64×8 RGB of noise. */
const signaturePng = () =>
  Buffer.concat([
    Buffer.from('89504e470d0a1a0a', 'hex'),
    pngChunk('IHDR', Buffer.from([0, 0, 0, 64, 0, 0, 0, 8, 8, 2, 0, 0, 0])),
    pngChunk(
      'IDAT',
      deflateSync(
        Buffer.concat(
          Array.from({ length: 8 }, () => Buffer.concat([Buffer.from([0]), randomBytes(192)])),
        ),
      ),
    ),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);

let serial = 900;
async function pendingPledge() {
  const owner = await loginConsumer(t.app);
  const m = await register(t, owner.token, {
    creditCode: testCode(serial),
    name: `签名图片测试店${serial++}`,
  });
  await verify(t, staff.token, m.id);
  const up = await upload(t, owner.token, 'signature', signaturePng());
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/pledges',
    headers: bearer(owner.token),
    payload: {
      merchantId: m.merchantId,
      kind: 'offline-return',
      terms: {
        windowDays: 7,
        scope: { kind: 'all' },
        excluded: [],
        conditions: { proof: 'receipt-or-other' },
        refund: { method: 'original', withinDays: 7 },
        otherBranches: false,
        startsOn: shanghaiDate(new Date()),
      },
      signature: { uploadId: up.id, signerName: '王建国', signerRole: '店长' },
    },
  });
  expect(res.statusCode).toBe(201);
  return { owner, id: res.json<PledgeCreated>().id };
}

const get = (url: string, token?: string) =>
  t.app.inject({ method: 'GET', url, headers: token ? bearer(token) : {} });

describe('a certificate’s images: its signature and poster QR code', () => {
  it('pending: only with the owner’s or staff token, and never kept by a shared cache', async () => {
    const { owner, id } = await pendingPledge();
    for (const image of ['signature', 'qrcode']) {
      const url = `/api/v1/pledges/${id}/${image}`;
      // Without the token (an <Image src>) the server answers 404: why the client sends it.
      expect((await get(url)).statusCode).toBe(404);
      const stranger = await loginConsumer(t.app);
      expect((await get(url, stranger.token)).statusCode).toBe(404);
      for (const token of [owner.token, staff.token]) {
        const res = await get(url, token);
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toBe('image/png');
        expect(res.headers['cache-control']).toBe('private, no-store');
      }
    }
  });

  it('verified: anyone, token or not, and cacheable for a day', async () => {
    const { id } = await pendingPledge();
    const verified = await t.app.inject({
      method: 'POST',
      url: `/api/v1/pledges/${id}/transitions`,
      headers: bearer(staff.token),
      payload: { action: 'verify' },
    });
    expect(verified.statusCode).toBe(200);
    for (const image of ['signature', 'qrcode']) {
      const res = await get(`/api/v1/pledges/${id}/${image}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('public, max-age=86400');
    }
  });
});
