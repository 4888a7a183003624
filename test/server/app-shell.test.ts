import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import type { RouteAssets } from '../../config/route-assets';
import { firstReads, routesWithFirstReads } from '../../server/src/plugins/first-reads';
import { createTestApp, tokenFor, type TestApp } from './support/app';
import { SHELL_HTML, writeTinyH5 } from './support/tiny-h5';

const MERCHANT_ID = '01J9ZQ4X8M2V6T3R5P7N9K1H0G';

/** What the build writes: each page's files, the home page first (as in app.config). */
const ASSETS: RouteAssets = {
  publicPath: '/',
  routes: {
    'pages/index/index': ['css/2219.2fd1dd43.css', 'js/2219.27c071f7.js'],
    'features/merchants/pages/detail/index': ['css/2388.8082eee2.css', 'js/2388.f2096a1c.js'],
    'pages/me/index': ['js/5532.67407768.js'],
  },
};

/** The <link> tags a shell carries beyond the built index.html, as [rel, href, as, crossorigin]. */
function addedLinks(html: string): string[][] {
  expect(html.replace(/<link rel="preload"[^>]*>/g, '')).toBe(SHELL_HTML);
  return [...html.matchAll(/<link rel="preload" href="([^"]*)" as="([a-z]+)"([^>]*)>/g)].map(
    ([, href, as, rest]) => [href, as, rest.trim()],
  );
}

let t: TestApp;
const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers });

beforeAll(async () => {
  t = await createTestApp();
  await writeTinyH5(t.config.h5Dir);
  writeFileSync(join(t.config.h5Dir, 'route-assets.json'), JSON.stringify(ASSETS));
});
afterAll(() => t.close());

describe('the page shell names what the page needs first', () => {
  it('home ("/"): its script and style, low priority, and the four public reads it starts with', async () => {
    const res = await get('/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(addedLinks(res.body)).toEqual([
      ['/css/2219.2fd1dd43.css', 'style', 'fetchpriority="low"'],
      ['/js/2219.27c071f7.js', 'script', 'fetchpriority="low"'],
      ['/api/v1/region', 'fetch', 'crossorigin="anonymous"'],
      ['/api/v1/advisories/pinned', 'fetch', 'crossorigin="anonymous"'],
      ['/api/v1/advisories?limit=6', 'fetch', 'crossorigin="anonymous"'],
      ['/api/v1/campaigns/active', 'fetch', 'crossorigin="anonymous"'],
    ]);
    // The links go in the head, after what the built page loads itself.
    expect(res.body.indexOf('<link rel="preload"')).toBeGreaterThan(
      res.body.indexOf('/js/app.b909ac59.js'),
    );
    expect(res.body.indexOf('<link rel="preload"')).toBeLessThan(res.body.indexOf('</head>'));
    // The home page by its own path gets the same shell.
    expect((await get('/pages/index/index')).body).toBe(res.body);
  });

  it("a merchant's page: its files and the merchant's public record by the id in the address", async () => {
    const res = await get(`/features/merchants/pages/detail/index?id=${MERCHANT_ID}&src=qr`);
    expect(addedLinks(res.body).map(([href]) => href)).toEqual([
      '/css/2388.8082eee2.css',
      '/js/2388.f2096a1c.js',
      `/api/v1/merchants/${MERCHANT_ID}`,
      '/api/v1/region',
    ]);
  });

  it('an id that is not one is never written into the page', async () => {
    for (const id of ['"><script>alert(1)</script>', 'abc', `${MERCHANT_ID}x`, '']) {
      const res = await get(`/features/merchants/pages/detail/index?id=${encodeURIComponent(id)}`);
      expect(res.statusCode).toBe(200);
      expect(addedLinks(res.body).map(([href]) => href)).toEqual([
        '/css/2388.8082eee2.css',
        '/js/2388.f2096a1c.js',
        '/api/v1/region',
      ]);
      expect(res.body).not.toContain('alert(1)');
    }
  });

  it('a page without reads gets its files only; an unknown route gets the built page as it is', async () => {
    expect(addedLinks((await get('/pages/me/index')).body)).toEqual([
      ['/js/5532.67407768.js', 'script', 'fetchpriority="low"'],
    ]);
    expect((await get('/pages/unknown/index')).body).toBe(SHELL_HTML);
  });

  it('each shell has its own ETag per encoding, and a 304 when the browser has it', async () => {
    const home = await get('/', { 'accept-encoding': 'br' });
    expect(home.headers['content-encoding']).toBe('br');
    expect(home.headers.vary).toMatch(/accept-encoding/i);
    const plain = await get('/');
    expect(brotliDecompressSync(home.rawPayload).toString()).toBe(plain.body);
    expect(home.headers.etag).not.toBe(plain.headers.etag);
    const me = await get('/pages/me/index');
    expect(me.headers.etag).not.toBe(plain.headers.etag);

    const again = await get('/', {
      'accept-encoding': 'br',
      'if-none-match': String(home.headers.etag),
    });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
    const other = await get('/pages/me/index', { 'if-none-match': String(plain.headers.etag) });
    expect(other.statusCode).toBe(200);
  });

  it('a new build is served within a second, its new file names included', async () => {
    const rebuilt: RouteAssets = {
      publicPath: '/',
      routes: { ...ASSETS.routes, 'pages/me/index': ['js/5532.0badc0de.js'] },
    };
    writeFileSync(join(t.config.h5Dir, 'route-assets.json'), JSON.stringify(rebuilt));
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(addedLinks((await get('/pages/me/index')).body)).toEqual([
      ['/js/5532.0badc0de.js', 'script', 'fetchpriority="low"'],
    ]);
  });

  it('a damaged route-assets.json leaves the built page as it is (no 500)', async () => {
    writeFileSync(join(t.config.h5Dir, 'route-assets.json'), '{"routes": [');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const res = await get('/');
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe(SHELL_HTML);
  });
});

describe('first reads are answers the same whoever asks', () => {
  // The browser hands a preloaded (anonymous) answer to a signed-in page's request too.
  it('each one, for the demo data, as a visitor and as every role', async () => {
    const seeded = await createTestApp({ env: { SEED_DEMO: 'true' } });
    try {
      const list = await seeded.app.inject({ method: 'GET', url: '/api/v1/merchants?limit=1' });
      const id = list.json<{ items: { id: string }[] }>().items[0].id;
      const tokens = await Promise.all(
        (['consumer', 'merchant', 'staff', 'admin'] as const).map((role) => tokenFor(seeded, role)),
      );
      const urls = routesWithFirstReads().flatMap((route) =>
        firstReads(route, new URLSearchParams({ id })).map((read) => `/api/v1${read}`),
      );
      expect(urls).toContain(`/api/v1/merchants/${id}`);
      for (const url of urls) {
        const visitor = await seeded.app.inject({ method: 'GET', url });
        expect([url, visitor.statusCode]).toEqual([url, 200]);
        for (const { token } of tokens) {
          const signedIn = await seeded.app.inject({
            method: 'GET',
            url,
            headers: { authorization: `Bearer ${token}` },
          });
          expect([url, signedIn.statusCode, signedIn.body]).toEqual([url, 200, visitor.body]);
        }
      }
    } finally {
      await seeded.close();
    }
  });
});
