import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import type { Region } from '@api/region';
import type { Upload } from '@api/uploads';
import { demoRegion } from '../../server/src/db/seed';
import {
  DEFAULT_UPLOAD_BYTES_PER_DAY,
  DEFAULT_UPLOADS_PER_DAY,
  formatBytes,
  uploadQuota,
} from '../../server/src/features/uploads/quota';
import { bearer, createTestApp, loginConsumer, loginStaff, type TestApp } from './support/app';
import { makePng, multipart } from './support/merchants';

let t: TestApp;
let clock = new Date('2027-03-15T02:00:00Z'); // 10:00 in Asia/Shanghai
let staff: { token: string; user: { id: string } };
beforeAll(async () => {
  t = await createTestApp({ env: { SEED_DEMO: 'false' }, now: () => clock });
  staff = await loginStaff(t);
});
afterAll(() => t.close());

async function setQuota(uploads: Region['uploads']) {
  const res = await t.app.inject({
    method: 'PUT',
    url: '/api/v1/region',
    headers: bearer(staff.token),
    payload: { ...demoRegion(), uploads },
  });
  expect(res.statusCode).toBe(200);
}

let salt = 1;
const send = (token: string, bytes = makePng([], salt++)) => {
  const { payload, headers } = multipart(bytes);
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/uploads?purpose=evidence',
    payload,
    headers: { ...headers, ...bearer(token) },
  });
};
const countOf = async (ownerId: string) =>
  (await t.db.db.selectFrom('uploads').select('id').where('owner_id', '=', ownerId).execute())
    .length;

/** Noise does not compress: its JPEG is about as large as every other one like it. */
const noise = (side: number) =>
  sharp(randomBytes(side * side * 3), { raw: { width: side, height: side, channels: 3 } })
    .png({ compressionLevel: 1 })
    .toBuffer();

describe('daily upload quota (county profile)', () => {
  it('defaults when the profile says nothing; staff get ten times as much', () => {
    const region = { ...demoRegion(), uploads: undefined };
    expect(uploadQuota(region, 'consumer')).toEqual({
      perDay: DEFAULT_UPLOADS_PER_DAY,
      bytesPerDay: DEFAULT_UPLOAD_BYTES_PER_DAY,
    });
    expect(uploadQuota({ ...region, uploads: { perUserPerDay: 5 } }, 'staff')).toEqual({
      perDay: 50,
      bytesPerDay: DEFAULT_UPLOAD_BYTES_PER_DAY * 10,
    });
    expect([formatBytes(100 * 1024 * 1024), formatBytes(1536 * 1024), formatBytes(4096)]).toEqual([
      '100MB',
      '1.5MB',
      '4KB',
    ]);
  });

  it('the seeded profile carries the quota', () => {
    expect(demoRegion().uploads).toEqual({
      perUserPerDay: 40,
      perUserBytesPerDay: 100 * 1024 * 1024,
    });
  });

  it('N uploads a day: the next is 429 with the limit, nothing stored; tomorrow is a new day', async () => {
    await setQuota({ perUserPerDay: 3 });
    const user = await loginConsumer(t.app);
    const other = await loginConsumer(t.app);
    for (let i = 0; i < 3; i++) expect((await send(user.token)).statusCode).toBe(201);
    const res = await send(user.token);
    expect(res.statusCode).toBe(429);
    expect(res.json()).toEqual({
      code: 'UPLOAD_QUOTA_EXCEEDED',
      message: '每人每天最多上传 3 张图片，今天已达上限，请明天再试',
    });
    expect(await countOf(user.user.id)).toBe(3);
    // Somebody else's quota is their own; staff have ten times as much.
    expect((await send(other.token)).statusCode).toBe(201);
    for (let i = 0; i < 4; i++) expect((await send(staff.token)).statusCode).toBe(201);
    // 23:59 the same Shanghai day: still refused; 00:00 the next: allowed again.
    clock = new Date('2027-03-15T15:59:00Z');
    expect((await send(user.token)).statusCode).toBe(429);
    clock = new Date('2027-03-15T16:00:00Z');
    expect((await send(user.token)).statusCode).toBe(201);
  });

  it('bytes a day, counted on what is stored: the image that would pass it → 429, not stored', async () => {
    await setQuota({ perUserPerDay: 100, perUserBytesPerDay: 1024 * 1024 });
    const user = await loginConsumer(t.app);
    const first = await send(user.token, await noise(600));
    expect(first.statusCode).toBe(201);
    const size = first.json<Upload>().size;
    expect(size).toBeGreaterThan(150 * 1024);
    let used = size;
    let refusal;
    for (let i = 0; i < 10 && !refusal; i++) {
      const res = await send(user.token, await noise(600));
      if (res.statusCode === 201) used += res.json<Upload>().size;
      else refusal = res;
    }
    expect(refusal?.statusCode).toBe(429);
    expect(refusal?.json()).toEqual({
      code: 'UPLOAD_QUOTA_EXCEEDED',
      message: expect.stringMatching(/^每人每天最多上传 1MB 图片，今天还可上传 \d+KB/),
    });
    expect(used).toBeLessThanOrEqual(1024 * 1024);
    const rows = await t.db.db
      .selectFrom('uploads')
      .select('size')
      .where('owner_id', '=', user.user.id)
      .execute();
    expect(rows.reduce((sum, r) => sum + r.size, 0)).toBe(used);
    // A small one still fits in what is left.
    expect((await send(user.token)).statusCode).toBe(201);
  });

  it('the profile refuses a nonsensical quota', async () => {
    for (const [uploads, field, message] of [
      [{ perUserPerDay: 0 }, 'uploads.perUserPerDay', '不能小于1'],
      [{ perUserBytesPerDay: 10 }, 'uploads.perUserBytesPerDay', '不能小于1048576'],
    ] as const) {
      const res = await t.app.inject({
        method: 'PUT',
        url: '/api/v1/region',
        headers: bearer(staff.token),
        payload: { ...demoRegion(), uploads },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().fields).toEqual({ [field]: message });
    }
  });
});
