import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { bearer, createTestApp, loginConsumer, type TestApp } from './support/app';
import { upload } from './support/merchants';
import { APP_JS, SHELL_HTML, SMALL_JS, writeTinyH5 } from './support/tiny-h5';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await writeTinyH5(t.config.h5Dir);
});
afterAll(() => t.close());

const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers });

describe('precompressed H5 files', () => {
  it('sends the .br copy to a browser that accepts brotli', async () => {
    const res = await get('/js/app.b909ac59.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.rawPayload.length).toBeLessThan(Buffer.byteLength(APP_JS));
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(APP_JS);
  });

  it('sends the .gz copy when only gzip is accepted', async () => {
    const res = await get('/js/app.b909ac59.js', { 'accept-encoding': 'gzip' });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(gunzipSync(res.rawPayload).toString()).toBe(APP_JS);
  });

  it('sends the file as it is when no compression is accepted', async () => {
    for (const headers of [{}, { 'accept-encoding': 'identity' }] as Record<string, string>[]) {
      const res = await get('/js/app.b909ac59.js', headers);
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.body).toBe(APP_JS);
    }
  });

  it('sends a small asset, which has no compressed copy, as it is and not compressed again', async () => {
    const res = await get('/js/small.0c1d2e3f.js', { 'accept-encoding': 'br, gzip' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body).toBe(SMALL_JS);
  });

  it('the page shell: compressed, revalidated, 304 when unchanged', async () => {
    for (const url of ['/', '/pages/merchants/detail?id=1']) {
      const res = await get(url, { 'accept-encoding': 'br' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.headers.vary).toMatch(/accept-encoding/i);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(brotliDecompressSync(res.rawPayload).toString()).toBe(SHELL_HTML);
      const etag = String(res.headers.etag);
      expect(etag).toBeTruthy();
      const again = await get(url, { 'accept-encoding': 'br', 'if-none-match': etag });
      expect(again.statusCode).toBe(304);
      expect(again.rawPayload.length).toBe(0);
    }
  });

  it('the brotli and plain shell have different ETags, so caches never mix them', async () => {
    const br = await get('/', { 'accept-encoding': 'br' });
    const plain = await get('/');
    expect(plain.body).toBe(SHELL_HTML);
    expect(br.headers.etag).not.toBe(plain.headers.etag);
  });
});

describe('compressed API answers', () => {
  it('compresses JSON over 1 KB and it decodes to the same answer', async () => {
    const plain = await get('/api/docs/json');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.length).toBeGreaterThan(1024);

    const br = await get('/api/docs/json', { 'accept-encoding': 'br, gzip' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length);
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString())).toEqual(plain.json());

    const gz = await get('/api/docs/json', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.rawPayload).toString())).toEqual(plain.json());
  });

  it('leaves small answers and errors alone', async () => {
    const small = await get('/api/v1/health', { 'accept-encoding': 'br, gzip' });
    expect(small.statusCode).toBe(200);
    expect(small.rawPayload.length).toBeLessThan(1024);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.json()).toBeTruthy();
    const missing = await get('/api/v1/nothing', { 'accept-encoding': 'br, gzip' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-encoding']).toBeUndefined();
    expect(missing.json().code).toBe('NOT_FOUND');
  });

  it('a revalidated API answer (304) goes without a body or an encoding', async () => {
    const first = await get('/api/v1/region', { 'accept-encoding': 'br' });
    expect(first.statusCode).toBe(200);
    const etag = String(first.headers.etag);
    expect(etag).toBeTruthy();
    const again = await get('/api/v1/region', { 'accept-encoding': 'br', 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.headers['content-encoding']).toBeUndefined();
    expect(again.rawPayload.length).toBe(0);
  });

  it('streams an uploaded image as it is: images are not compressed again', async () => {
    const { token } = await loginConsumer(t.app);
    const photo = await upload(t, token, 'evidence');
    const plain = await get(`/api/v1/uploads/${photo.id}`, bearer(token));
    expect(plain.statusCode).toBe(200);
    const res = await get(`/api/v1/uploads/${photo.id}`, {
      ...bearer(token),
      'accept-encoding': 'br, gzip',
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^image\//);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.rawPayload.length).toBeGreaterThan(0);
    expect(res.rawPayload.equals(plain.rawPayload)).toBe(true);
  });

  it('a request body sent compressed is not inflated: a 400 in Chinese', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/dev',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      payload: Buffer.from([0x1f, 0x8b, 0x08, 0x00]),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/[\u4e00-\u9fa5]/);
  });
});
