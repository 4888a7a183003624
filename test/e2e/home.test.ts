import fs from 'node:fs';
import type { PinnedAdvisories } from '@api/advisories';
import type { Region } from '@api/region';
import { getJson } from '../support/real-server';
import { openPhone, PHONE_390, screenshot, shotsDir } from './support/browser';
import { e2eFixture } from './support/fixture';
import { expectNoSidewaysScroll } from './support/journey';

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

  await page.locator('.me .lite-switch').click();
  await page.locator('.me.large-text').waitFor();
  const sizeAfter = parseFloat(await title.evaluate((el) => getComputedStyle(el).fontSize));
  expect(sizeAfter).toBeGreaterThanOrEqual(18);
  expect(sizeAfter).toBeGreaterThan(sizeBefore);
  await screenshot(page, 'me-large-text');

  await page.reload();
  await page.locator('.me.large-text').waitFor();
  await page.context().close();
});

test('首页 shows the current 警示 in red above the newest 提示, in both text sizes', async () => {
  const { origin } = e2e.server;
  const pinned = (await getJson<PinnedAdvisories>(`${origin}/api/v1/advisories/pinned`)).body;
  expect(pinned.items.length).toBeGreaterThan(0);
  const shots = shotsDir('home');
  fs.mkdirSync(shots, { recursive: true });

  for (const largeText of [false, true]) {
    const page = await openPhone(e2e.browser, PHONE_390);
    await page.addInitScript((large) => {
      localStorage.setItem(
        'fx.prefs',
        JSON.stringify({ data: JSON.stringify({ largeText: large }) }),
      );
    }, largeText);
    await page.goto(`${origin}/`);
    const warnings = page.locator('.home .home-warnings');
    await warnings.getByText(pinned.items[0].title).waitFor();
    const red = await warnings
      .locator('.home-warnings__name')
      .first()
      .evaluate((el) => getComputedStyle(el).color);
    expect(red).toBe('rgb(168, 7, 26)');
    const newest = page.locator('.home .home-tips__item');
    expect(await newest.count()).toBeGreaterThan(0);
    expect(await newest.count()).toBeLessThanOrEqual(3);
    // The pinned 警示 are not listed again below.
    expect(await newest.filter({ hasText: pinned.items[0].title }).count()).toBe(0);
    await expectNoSidewaysScroll(page, `首页${largeText ? ' 大字模式' : ''}`);

    const name = largeText ? 'home-advisories-large' : 'home-advisories';
    await warnings.scrollIntoViewIfNeeded();
    fs.copyFileSync(await screenshot(page, name), `${shots}/${name}.png`);
    await page.locator('.home .home-tips__voices').scrollIntoViewIfNeeded();
    fs.copyFileSync(await screenshot(page, `${name}-tips`), `${shots}/${name}-tips.png`);

    await warnings.getByText(pinned.items[0].title).click();
    await page.waitForURL(/\/features\/advisories\/pages\/detail\/index\?id=/);
    await page.context().close();
  }
});
