import fs from 'node:fs';
import type { Region } from '@api/region';
import { getJson } from '../support/real-server';
import { openPhone, screenshot } from './support/browser';
import { e2eFixture } from './support/fixture';

const e2e = e2eFixture();
let region: Region;

beforeAll(async () => {
  region = (await getJson<Region>(`${e2e.server.origin}/api/v1/region`)).body;
});

test('首页 shows the seeded county and theme; a QR visit is recorded', async () => {
  const page = await openPhone(e2e.browser);
  const visit = page.waitForResponse((response) => response.url().endsWith('/api/v1/event/visits'));
  await page.goto(`${e2e.server.origin}/?src=square`);

  await page.getByText(region.theme.title, { exact: true }).waitFor();
  await page.getByText(`${region.county} · 3·15 国际消费者权益日`).waitFor();
  await page.getByText(region.event.title).waitFor();
  const hotlines = page.locator('.home .nut-cell');
  expect(await hotlines.count()).toBe(region.hotlines.length);
  expect(await hotlines.first().textContent()).toContain(region.hotlines[0].number);
  expect((await visit).status()).toBe(201);

  const file = await screenshot(page, 'home');
  expect(fs.statSync(file).size).toBeGreaterThan(10_000);
  await page.context().close();
});

test('我的: large-text mode switches on, enlarges the text and survives a reload', async () => {
  const page = await openPhone(e2e.browser);
  await page.goto(`${e2e.server.origin}/`);
  await page.getByText(region.theme.title, { exact: true }).waitFor();

  await page.getByText('我的', { exact: true }).last().click();
  // H5 keeps the 首页 tab in the DOM (hidden): look inside 我的 only.
  const title = page.locator('.me .nut-cell-title', { hasText: '大字模式' });
  await title.waitFor();
  const sizeBefore = parseFloat(await title.evaluate((el) => getComputedStyle(el).fontSize));

  await page.locator('.me .nut-switch').click();
  await page.locator('.me.large-text').waitFor();
  const sizeAfter = parseFloat(await title.evaluate((el) => getComputedStyle(el).fontSize));
  expect(sizeAfter).toBeGreaterThanOrEqual(18);
  expect(sizeAfter).toBeGreaterThan(sizeBefore);
  await screenshot(page, 'me-large-text');

  await page.reload();
  await page.locator('.me.large-text').waitFor();
  await page.context().close();
});
