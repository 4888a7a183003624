/**
 * Issue 18: the page shell the server sends for a route names what that page needs first — its
 * own script and style, and the public data it reads first (server/src/plugins/app-shell.ts) —
 * so they download beside the app's code. Each named URL must be exactly what the page asks for:
 * the browser then uses the preloaded answer and asks nothing twice, and never warns of a preload
 * left unused.
 */
import type { MerchantPage } from '@api/merchants';
import { getJson } from '../support/real-server';
import { openPhone, PHONE_390 } from './support/browser';
import { e2eFixture } from './support/fixture';
import { current, watch } from './support/journey';

const e2e = e2eFixture();

/** How long after load Chromium waits before it warns of a preload that nothing used. */
const UNUSED_PRELOAD_WARNING_MS = 3_500;

const preloadsOf = (html: string) =>
  [...html.matchAll(/<link rel="preload" href="([^"]+)"/g)].map(([, href]) =>
    href.replace(/&amp;/g, '&'),
  );

async function openAndWatch(path: string, ready: string) {
  const page = await openPhone(e2e.browser, PHONE_390);
  const { problems } = watch(page);
  const requested: string[] = [];
  const warnings: string[] = [];
  page.on('request', (request) => {
    const { pathname, search } = new URL(request.url());
    requested.push(pathname + search);
  });
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  const response = await page.goto(`${e2e.server.origin}${path}`);
  const preloads = preloadsOf((await response?.text()) ?? '');
  await current(page).getByText(ready).first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(UNUSED_PRELOAD_WARNING_MS);
  await page.context().close();
  return { preloads, requested, warnings, problems };
}

const times = (list: string[], item: string) => list.filter((entry) => entry === item).length;

test('each page gets its own files and first reads, and uses every one of them once', async () => {
  const origin = e2e.server.origin;
  const merchant = (await getJson<MerchantPage>(`${origin}/api/v1/merchants?limit=1`)).body
    .items[0];
  const pages = [
    { path: '/', ready: '放心消费', reads: 4 },
    { path: '/pages/merchants/index', ready: merchant.name, reads: 2 },
    {
      path: `/features/merchants/pages/detail/index?id=${merchant.id}`,
      ready: merchant.name,
      reads: 2,
    },
    { path: '/features/quiz/pages/index/index', ready: '识假辨假', reads: 1 },
  ];
  for (const { path, ready, reads } of pages) {
    const { preloads, requested, warnings, problems } = await openAndWatch(path, ready);
    // Its script and style (a page may have no style of its own), then its reads.
    expect(preloads.filter((href) => href.startsWith('/js/'))).toHaveLength(1);
    expect(preloads.filter((href) => href.startsWith('/api/v1/'))).toHaveLength(reads);
    for (const href of preloads) {
      expect([path, href, times(requested, href)]).toEqual([path, href, 1]);
    }
    expect(warnings.filter((text) => /preload/i.test(text))).toEqual([]);
    expect(problems).toEqual([]);
  }
});
