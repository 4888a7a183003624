import { existsSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Upload } from '@api/uploads';
import { bearer, createTestApp, loginConsumer, loginStaff, type TestApp } from './support/app';
import { makePng, multipart, upload } from './support/merchants';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { SEED_DEMO: 'false' } });
});
afterAll(() => t.close());

const post = (token: string | undefined, payload: Buffer | string, contentType: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/uploads?purpose=evidence',
    payload,
    headers: { 'content-type': contentType, ...(token ? bearer(token) : {}) },
  });
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
const uploadsOf = (ownerId: string) =>
  t.db.db.selectFrom('uploads').select('id').where('owner_id', '=', ownerId).execute();

/** A real image of the given size and format, coloured by `seed` so each is different. */
const image = (width: number, height: number, format: 'jpeg' | 'png' | 'webp', seed = 0) =>
  sharp({
    create: { width, height, channels: 3, background: { r: seed % 256, g: 90, b: 160 } },
  })
    .toFormat(format)
    .toBuffer();

describe('POST /api/v1/uploads: decoded and re-encoded', () => {
  it('a photo comes back as the JPEG that was stored, same size in pixels, on disk by sha256', async () => {
    const user = await loginConsumer(t.app);
    const png = await image(40, 30, 'png', 201);
    const res = await send(user.token, png, 'licence', { filename: 'x.txt', type: 'text/plain' });
    expect(res.statusCode).toBe(201);
    const up = res.json<Upload>();
    expect(up).toEqual({
      id: expect.any(String),
      url: `/api/v1/uploads/${up.id}`,
      mime: 'image/jpeg',
      size: expect.any(Number),
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const back = await read(user.token, up.id);
    expect(back.statusCode).toBe(200);
    expect(back.headers['content-type']).toBe('image/jpeg');
    expect(back.headers['cache-control']).toBe('private, max-age=86400');
    expect(back.rawPayload.length).toBe(up.size);
    const meta = await sharp(back.rawPayload).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 40, 30]);
    const path = join(t.dir, 'uploads', up.sha256.slice(0, 2), up.sha256.slice(2, 4), up.sha256);
    expect(existsSync(path)).toBe(true);
  });

  it('JPEG, PNG and WebP are all taken (type from the bytes, not the name)', async () => {
    const user = await loginConsumer(t.app);
    for (const format of ['jpeg', 'png', 'webp'] as const) {
      const res = await send(user.token, await image(16, 12, format, 202), 'model-unit', {
        filename: 'a.gif',
        type: 'image/gif',
      });
      expect(res.statusCode).toBe(201);
      expect(res.json<Upload>().mime).toBe('image/jpeg');
    }
  });

  it('a signature stays a PNG and keeps its transparency', async () => {
    const user = await loginConsumer(t.app);
    const stroke = await sharp({
      create: { width: 120, height: 40, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .composite([
        {
          input: {
            create: { width: 80, height: 4, channels: 4, background: '#000000' },
          },
          top: 18,
          left: 20,
        },
      ])
      .png()
      .toBuffer();
    const up = await upload(t, user.token, 'signature', stroke);
    expect(up.mime).toBe('image/png');
    const stored = (await read(user.token, up.id)).rawPayload;
    const meta = await sharp(stored).metadata();
    expect([meta.format, meta.width, meta.height, meta.hasAlpha]).toEqual(['png', 120, 40, true]);
    const { data } = await sharp(stored).raw().toBuffer({ resolveWithObject: true });
    expect(data[3]).toBe(0); // top-left corner: still transparent
    expect(data[(20 * 120 + 50) * 4 + 3]).toBe(255); // on the stroke: opaque
  });

  it('refuses anything that is not a JPEG, PNG or WebP, whatever it claims to be', async () => {
    const user = await loginConsumer(t.app);
    for (const bytes of [
      Buffer.from('just some text, not a photo'),
      Buffer.from('GIF89a\x01\0\x01\0', 'latin1'),
      await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } })
        .tiff()
        .toBuffer(),
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
    const jpeg = await image(64, 64, 'jpeg');
    for (const broken of [jpeg.subarray(0, 12), jpeg.subarray(0, jpeg.length - 100)]) {
      expect((await send(user.token, broken)).json()).toEqual({
        code: 'INVALID_IMAGE',
        message: '图片文件已损坏，请重新选择',
      });
    }
    expect(await uploadsOf(user.user.id)).toEqual([]);
  });

  it('refuses more than 5 MB with 413', async () => {
    const user = await loginConsumer(t.app);
    const big = Buffer.concat([makePng(), Buffer.alloc(5 * 1024 * 1024)]);
    const res = await send(user.token, big);
    expect(res.statusCode).toBe(413);
    expect(res.json()).toEqual({ code: 'UPLOAD_TOO_LARGE', message: '图片不能超过 5MB' });
    expect(await uploadsOf(user.user.id)).toEqual([]);
  });

  it('the same image twice → the same sha256, one file, two uploads', async () => {
    const user = await loginConsumer(t.app);
    const png = await image(8, 8, 'png', 204);
    const a = (await send(user.token, png)).json<Upload>();
    const b = (await send(user.token, png)).json<Upload>();
    expect(b.sha256).toBe(a.sha256);
    expect(b.id).not.toBe(a.id);
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

describe('POST /api/v1/uploads: malformed multipart → 400, nothing stored', () => {
  const B = 'xYzBoundary42';
  const head = (name = 'file') =>
    `--${B}\r\nContent-Disposition: form-data; name="${name}"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n`;
  const png = makePng([], 99);
  const multi = `multipart/form-data; boundary=${B}`;
  const MALFORMED = 'UPLOAD_MALFORMED';
  const cases: [string, string, Buffer | string, string][] = [
    [
      'no boundary',
      'multipart/form-data',
      `${head()}${png.toString('latin1')}\r\n--${B}--\r\n`,
      MALFORMED,
    ],
    [
      'an empty boundary',
      'multipart/form-data; boundary=',
      `--\r\n${head()}x\r\n----\r\n`,
      MALFORMED,
    ],
    ['a quoted empty boundary', 'multipart/form-data; boundary=""', 'garbage', MALFORMED],
    ['a 71-character boundary', `multipart/form-data; boundary=${'b'.repeat(71)}`, '', MALFORMED],
    ['a garbage body', multi, 'this is not multipart at all', MALFORMED],
    ['random bytes', multi, Buffer.from(png).reverse(), MALFORMED],
    ['only the opening delimiter', multi, `--${B}\r\n`, MALFORMED],
    ['headers cut short', multi, `--${B}\r\nContent-Disp`, MALFORMED],
    [
      'a truncated part',
      multi,
      Buffer.concat([Buffer.from(head()), png.subarray(0, 30)]),
      MALFORMED,
    ],
    ['an empty body', multi, '', 'UPLOAD_MISSING'],
    [
      'a part without Content-Disposition',
      multi,
      `--${B}\r\nContent-Type: image/png\r\n\r\nxx\r\n--${B}--\r\n`,
      'UPLOAD_MISSING',
    ],
  ];

  it.each(cases)('%s', async (_label, contentType, body, code) => {
    const user = await loginConsumer(t.app);
    const res = await post(user.token, body, contentType);
    expect(res.statusCode).toBe(400);
    const error = res.json();
    expect(error).toEqual({ code, message: expect.any(String) });
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(await uploadsOf(user.user.id)).toEqual([]);
  });

  it('two files in one request → 400 UPLOAD_TOO_MANY_FILES, neither stored', async () => {
    const user = await loginConsumer(t.app);
    for (const second of ['file', 'file2']) {
      const body = Buffer.concat([
        Buffer.from(head()),
        await image(8, 8, 'png', 1),
        Buffer.from(`\r\n${head(second)}`),
        await image(8, 8, 'png', 2),
        Buffer.from(`\r\n--${B}--\r\n`),
      ]);
      const res = await post(user.token, body, `multipart/form-data; boundary=${B}`);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toEqual({
        code: 'UPLOAD_TOO_MANY_FILES',
        message: '一次只能上传一张图片',
      });
    }
    expect(await uploadsOf(user.user.id)).toEqual([]);
  });

  it('a form field next to the file is fine (wx.uploadFile formData)', async () => {
    const user = await loginConsumer(t.app);
    const body = Buffer.concat([
      Buffer.from(`--${B}\r\nContent-Disposition: form-data; name="note"\r\n\r\nhello\r\n`),
      Buffer.from(head()),
      await image(8, 8, 'png', 3),
      Buffer.from(`\r\n--${B}--\r\n`),
    ]);
    const res = await post(user.token, body, `multipart/form-data; boundary=${B}`);
    expect(res.statusCode).toBe(201);
  });
});
