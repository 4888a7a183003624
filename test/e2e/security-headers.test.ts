import type { MerchantPage } from '@api/merchants';
import type { Page } from 'playwright-core';
import { getJson } from '../support/real-server';
import { openPhone } from './support/browser';
import { e2eFixture } from './support/fixture';

// Issue 18: the Content-Security-Policy allows only our own origin. These pages of the real
// build must still run under it: no violation reported, and each page draws its content.

const e2e = e2eFixture();

/** Opens a phone page that records every CSP violation, as the browser reports them. */
async function openWatched(): Promise<{ page: Page; violations: string[] }> {
  const page = await openPhone(e2e.browser);
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      const text = `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`;
      seen.push(text);
      (window as unknown as { reportCspViolation: (t: string) => void }).reportCspViolation(text);
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return { page, violations };
}

test('首页, 查商家 and a merchant page render with no CSP violation', async () => {
  const merchant = (await getJson<MerchantPage>(`${e2e.server.origin}/api/v1/merchants?limit=1`))
    .body.items[0];
  const { page, violations } = await openWatched();

  const appScript = page.waitForResponse((response) =>
    /\/js\/app\.[0-9a-f]+\.js$/.test(response.url()),
  );
  const shell = await page.goto(`${e2e.server.origin}/`);
  // The browser got the policy, and the build's brotli copy of the app's script.
  expect(shell?.headers()['content-security-policy']).toMatch(/script-src 'self' [^;]*'sha256-/);
  expect((await appScript).headers()['content-encoding']).toBe('br');
  await page.locator('.home .nut-cell').first().waitFor();
  // The page shell's inline script (allowed by its hash) sized the root font.
  expect(await page.evaluate(() => document.documentElement.style.fontSize)).toMatch(/px$/);

  // The tab bar's items are <a href="javascript:;">: a tap must not count as a violation.
  await page.getByText('我的', { exact: true }).last().click();
  await page.waitForURL(/\/pages\/me\/index/);
  await page.getByText('查商家', { exact: true }).last().click();
  await page.waitForURL(/\/pages\/merchants\/index/);
  await page.locator('.merchants__input input').waitFor();
  await page.goto(`${e2e.server.origin}/pages/merchants/index`);
  await page.locator('.merchants__input input').waitFor();
  await page.locator('.merchant-card').first().waitFor();

  await page.goto(`${e2e.server.origin}/features/merchants/pages/detail/index?id=${merchant.id}`);
  await page.locator('.taro_page_stationed .merchant-detail').waitFor();
  await page.getByText(merchant.name).first().waitFor();

  expect(violations).toEqual([]);
  await page.context().close();
});

test('an inline script nobody hashed is refused, and the watcher above sees it', async () => {
  const { page, violations } = await openWatched();
  await page.goto(`${e2e.server.origin}/`);
  await page.locator('.home .nut-cell').first().waitFor();
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injectedScriptRan = true';
    document.head.append(script);
    return (window as unknown as { injectedScriptRan?: boolean }).injectedScriptRan ?? false;
  });
  expect(ran).toBe(false);
  await page.waitForFunction(
    () => (window as unknown as { cspViolations: string[] }).cspViolations.length > 0,
  );
  const seen = await page.evaluate(
    () => (window as unknown as { cspViolations: string[] }).cspViolations,
  );
  expect(seen.some((text) => text.startsWith('script-src'))).toBe(true);
  // The same report reaches, through the exposed function, the list the other tests check.
  for (let roundTrips = 0; violations.length === 0 && roundTrips < 100; roundTrips++) {
    await page.evaluate(() => 0);
  }
  expect(violations.length).toBeGreaterThan(0);
  await page.context().close();
});

test('the API docs (Swagger UI) run under the policy too', async () => {
  const { page, violations } = await openWatched();
  await page.goto(`${e2e.server.origin}/api/docs/`);
  await page.locator('.swagger-ui .opblock').first().waitFor();
  expect(violations).toEqual([]);
  await page.context().close();
});
