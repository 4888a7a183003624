import { openPhone } from './support/browser';
import { e2eFixture } from './support/fixture';

// Issue 18: the H5 page lets people zoom, and the icon browsers ask for is there — nothing the
// page loads answers 4xx/5xx, and the console stays free of errors.

const e2e = e2eFixture();

test('the viewport allows zooming', async () => {
  const html = await (await fetch(`${e2e.server.origin}/`)).text();
  const viewport = /<meta[^>]*name="?viewport"?[^>]*>/i.exec(html)?.[0] ?? '';
  const content = /content="([^"]*)"/i.exec(viewport)?.[1] ?? '';
  expect(content).toContain('width=device-width');
  expect(content).not.toMatch(/user-scalable\s*=\s*(no|0)/i);
  expect(content).not.toMatch(/maximum-scale/i);
});

test('/favicon.ico is a real icon, and the page names it', async () => {
  const icon = await fetch(`${e2e.server.origin}/favicon.ico`);
  expect(icon.status).toBe(200);
  const bytes = Buffer.from(await icon.arrayBuffer());
  // An ICO file: reserved 0, type 1, then at least one image.
  expect([...bytes.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
  expect(bytes.readUInt16LE(4)).toBeGreaterThan(0);

  const html = await (await fetch(`${e2e.server.origin}/`)).text();
  expect(html).toMatch(/<link[^>]*rel="?icon"?[^>]*href="?\/favicon\.ico/i);
});

test('opening 首页 loads nothing that fails and logs no error', async () => {
  const page = await openPhone(e2e.browser);
  const failed: string[] = [];
  const errors: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => failed.push(`failed ${request.url()}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${e2e.server.origin}/`);
  await page.locator('.home__footer').waitFor();
  // The browser asks for the icon on its own once the page has loaded.
  await page.waitForLoadState('networkidle');
  await page.context().close();
  expect(failed).toEqual([]);
  expect(errors).toEqual([]);
});
