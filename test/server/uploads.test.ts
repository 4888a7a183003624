import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Upload } from '@api/uploads';
import { bearer, createTestApp, loginConsumer, loginStaff, type TestApp } from './support/app';
import {
  exifWithGps,
  jpegSegment,
  makeJpeg,
  makePng,
  multipart,
  upload,
} from './support/merchants';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { SEED_DEMO: 'false' } });
});
afterAll(() => t.close());

const send = (token: string | undefined, bytes: Buffer, purpose = 'evidence', opts = {}) => {
  const { payload, headers } = multipart(bytes, opts);
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/uploads?purpose=${purpose}`,
    payload,
    headers: { ...headers, ...(token ? bearer(token) : {}) },
  });
};
const read = (token: string | undefined, id: string) =>
  t.app.inject({
    method: 'GET',
    url: `/api/v1/uploads/${id}`,
    headers: token ? bearer(token) : {},
  });

describe('POST /api/v1/uploads', () => {
  it('accepts a PNG and gives it back to its owner, byte for byte', async () => {
    const user = await loginConsumer(t.app);
    const png = makePng([], 201);
    const res = await send(user.token, png, 'licence', { filename: 'x.txt', type: 'text/plain' });
    expect(res.statusCode).toBe(201);
    const up = res.json<Upload>();
    expect(up).toEqual({
      id: expect.any(String),
      url: `/api/v1/uploads/${up.id}`,
      mime: 'image/png',
      size: png.length,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const back = await read(user.token, up.id);
    expect(back.statusCode).toBe(200);
    expect(back.headers['content-type']).toBe('image/png');
    expect(back.headers['cache-control']).toBe('private, max-age=86400');
    expect(back.rawPayload.equals(png)).toBe(true);
    expect(
      existsSync(join(t.dir, 'uploads', up.sha256.slice(0, 2), up.sha256.slice(2, 4), up.sha256)),
    ).toBe(true);
  });

  it('accepts a JPEG and a WebP (type from the bytes, not the name)', async () => {
    const user = await loginConsumer(t.app);
    const jpeg = await send(user.token, makeJpeg([], 202), 'model-unit', {
      filename: 'a.png',
      type: 'image/png',
    });
    expect(jpeg.statusCode).toBe(201);
    expect(jpeg.json<Upload>().mime).toBe('image/jpeg');
    const webp = Buffer.concat([
      Buffer.from('RIFF\x16\0\0\0WEBP', 'latin1'),
      Buffer.from('VP8L\x0a\0\0\0', 'latin1'),
      Buffer.from([0x2f, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11, 0x01]),
    ]);
    const res = await send(user.token, webp, 'signature');
    expect(res.statusCode).toBe(201);
    expect(res.json<Upload>().mime).toBe('image/webp');
  });

  it('refuses anything that is not a JPEG, PNG or WebP, whatever it claims to be', async () => {
    const user = await loginConsumer(t.app);
    for (const bytes of [
      Buffer.from('just some text, not a photo'),
      Buffer.from('GIF89a\x01\0\x01\0', 'latin1'),
    ]) {
      const res = await send(user.token, bytes, 'evidence', {
        filename: 'photo.jpg',
        type: 'image/jpeg',
      });
      expect(res.statusCode).toBe(415);
      expect(res.json()).toEqual({
        code: 'UNSUPPORTED_IMAGE_TYPE',
        message: '只能上传 JPG、PNG 或 WebP 图片',
      });
    }
    const broken = makeJpeg().subarray(0, 12);
    expect((await send(user.token, broken)).json()).toEqual({
      code: 'INVALID_IMAGE',
      message: '图片文件已损坏，请重新选择',
    });
  });

  it('refuses more than 5 MB with 413', async () => {
    const user = await loginConsumer(t.app);
    const big = Buffer.concat([makePng(), Buffer.alloc(5 * 1024 * 1024)]);
    const res = await send(user.token, big);
    expect(res.statusCode).toBe(413);
    expect(res.json()).toEqual({ code: 'UPLOAD_TOO_LARGE', message: '图片不能超过 5MB' });
    const rows = await t.db.db
      .selectFrom('uploads')
      .select('id')
      .where('owner_id', '=', user.user.id)
      .execute();
    expect(rows).toEqual([]);
  });

  it('strips the EXIF GPS of a JPEG before storing it', async () => {
    const user = await loginConsumer(t.app);
    const jpeg = makeJpeg([jpegSegment(0xe1, exifWithGps(1))], 203);
    const res = await send(user.token, jpeg);
    const up = res.json<Upload>();
    const stored = (await read(user.token, up.id)).rawPayload;
    expect(stored.indexOf('Exif')).toBe(-1);
    expect(stored.equals(makeJpeg([], 203))).toBe(true);
    expect(up.size).toBe(stored.length);
    expect(up.size).toBeLessThan(jpeg.length);
  });

  it('the same bytes twice → the same sha256, one file, two uploads', async () => {
    const user = await loginConsumer(t.app);
    const png = makePng([], 204);
    const a = (await send(user.token, png)).json<Upload>();
    const b = (await send(user.token, png)).json<Upload>();
    expect(b.sha256).toBe(a.sha256);
    expect(b.id).not.toBe(a.id);
    // The same photo with and without EXIF is the same stored content.
    const c = (
      await send(user.token, makeJpeg([jpegSegment(0xe1, exifWithGps(1))], 205))
    ).json<Upload>();
    const d = (await send(user.token, makeJpeg([], 205))).json<Upload>();
    expect(c.sha256).toBe(d.sha256);
  });

  it("another user's upload → 404; staff may read it; without a token → 401", async () => {
    const owner = await loginConsumer(t.app);
    const other = await loginConsumer(t.app);
    const up = await upload(t, owner.token, 'licence');
    const res = await read(other.token, up.id);
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ code: 'UPLOAD_NOT_FOUND', message: '文件不存在' });
    expect((await read(other.token, '01HZZZZZZZZZZZZZZZZZZZZZZZ')).json()).toEqual(res.json());
    const staff = await loginStaff(t);
    expect((await read(staff.token, up.id)).statusCode).toBe(200);
    expect((await read(undefined, up.id)).statusCode).toBe(401);
    expect((await send(undefined, makePng())).statusCode).toBe(401);
  });

  it('needs a file part named file, multipart, and a known purpose', async () => {
    const user = await loginConsumer(t.app);
    const wrongField = await send(user.token, makePng(), 'evidence', { field: 'photo' });
    expect(wrongField.statusCode).toBe(400);
    expect(wrongField.json().code).toBe('UPLOAD_MISSING');
    const json = await t.app.inject({
      method: 'POST',
      url: '/api/v1/uploads?purpose=evidence',
      headers: bearer(user.token),
      payload: { file: 'x' },
    });
    expect(json.statusCode).toBe(415);
    const purpose = await send(user.token, makePng(), 'selfie');
    expect(purpose.statusCode).toBe(400);
    expect(purpose.json().fields).toEqual({ purpose: '取值不在允许范围内' });
  });
});
