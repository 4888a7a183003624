/**
 * Issue 13: H5 subpages have a title and a back control. Taro's own H5 navigation bar (the app's
 * navigationStyle is 'default') shows each page's navigationBarTitleText and sets document.title;
 * 返回 goes to the previous page, and on a page opened directly it offers 首页 instead.
 * Screenshots (normal and 大字模式) of a subpage, the 倡议 wall and 查商家 offline go to
 * test-results/e2e/consumer.
 */
import fs from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import type { MerchantPage } from '@api/merchants';
import { getJson } from '../support/real-server';
import { PHONE_390, openPhone, shotsDir } from './support/browser';
import { e2eFixture } from './support/fixture';

const e2e = e2eFixture();
const SHOTS = shotsDir('consumer');

/** The page on screen: Taro's H5 router marks a page "stationed" once its slide-in has finished. */
const current = (page: Page) => page.locator('.taro_page_stationed:visible').last();
const barTitle = (page: Page) => page.locator('#taro-navigation-bar .taro-navigation-bar-title');
const back = (page: Page) => page.getByRole('button', { name: '返回', exact: true });
const home = (page: Page) => page.getByRole('button', { name: '返回首页', exact: true });

/** A finger's tap at the middle of what is on screen. */
async function tap(page: Page, target: Locator) {
  const box = (await target.boundingBox())!;
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
}

async function shot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

/** Title in the tab, and in the bar shown whole (not cut to "倡议签…"). */
async function expectTitle(page: Page, title: string) {
  await page.waitForFunction((expected) => document.title === expected, title);
  await expect(barTitle(page).textContent()).resolves.toBe(title);
  const cut = await barTitle(page).evaluate((el) => el.scrollWidth > el.clientWidth);
  expect(cut).toBe(false);
}

/** The bar pushes the page down: the page's end must still scroll into view above the screen's edge. */
async function expectEndReachable(page: Page) {
  const overhang = await current(page).evaluate((scroller) => {
    scroller.scrollTop = scroller.scrollHeight;
    const content = scroller.querySelector('.page')!;
    return content.getBoundingClientRect().bottom - window.innerHeight;
  });
  expect(overhang).toBeLessThanOrEqual(1);
}

/** A phone whose user switched on 大字模式 in 我的 (kept on the phone for later visits). */
async function phone(largeText: boolean) {
  const page = await openPhone(e2e.browser, PHONE_390);
  if (largeText) {
    await page.goto(`${e2e.server.origin}/pages/me/index`);
    await page.locator('.me .lite-switch').click();
    await page.locator('.me.large-text').waitFor();
  }
  return page;
}

test('a subpage opened from 查商家 has its title, and 返回 goes back to the search', async () => {
  const target = (await getJson<MerchantPage>(`${e2e.server.origin}/api/v1/merchants?limit=1`)).body
    .items[0];
  const page = await phone(false);
  await page.goto(`${e2e.server.origin}/pages/merchants/index`);
  await current(page).locator('.merchant-card').first().waitFor();
  await expectTitle(page, '查商家');
  // A tab page: nothing to go back to.
  expect(await back(page).isVisible()).toBe(false);
  expect(await home(page).isVisible()).toBe(false);

  await current(page).locator('.merchant-card', { hasText: target.name }).click();
  await current(page).locator('.merchant-detail').waitFor();
  await expectTitle(page, '商家信息');
  expect(await home(page).isVisible()).toBe(false);
  const box = (await back(page).boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(44);
  expect(box.height).toBeGreaterThanOrEqual(44);
  await shot(page, 'subpage-back');
  await expectEndReachable(page);

  await back(page).click();
  await page.waitForURL(/\/pages\/merchants\/index$/);
  await current(page).locator('.merchant-card', { hasText: target.name }).waitFor();
  await expectTitle(page, '查商家');
  expect(await back(page).isVisible()).toBe(false);
  await page.context().close();
});

test('a subpage opened directly offers 首页 instead, and it leads there', async () => {
  const page = await phone(false);
  await page.goto(`${e2e.server.origin}/features/pledges/pages/wall/index`);
  await current(page).getByText('签署意味着什么').waitFor();
  await expectTitle(page, '倡议签署墙');
  expect(await back(page).isVisible()).toBe(false);
  await shot(page, 'wall');

  await home(page).click();
  await page.waitForURL(/\/pages\/index\/index$/);
  await expectTitle(page, '放心消费');
  expect(await home(page).isVisible()).toBe(false);
  await page.context().close();
});

test('大字模式: the bar grows with the text; the wall and a subpage fit the screen', async () => {
  const page = await phone(true);
  await page.goto(`${e2e.server.origin}/features/pledges/pages/wall/index`);
  await current(page).locator('.wall.large-text').getByText('签署意味着什么').waitFor();
  await expectTitle(page, '倡议签署墙');
  const size = await barTitle(page).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(20);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await shot(page, 'wall-large');
  await tap(page, current(page).getByRole('button', { name: '展开全文' }));
  await current(page).getByRole('button', { name: '收起' }).scrollIntoViewIfNeeded();
  await shot(page, 'wall-large-open');

  await current(page).locator('.wall__item').first().click();
  await current(page).locator('.merchant-detail').waitFor();
  await expectTitle(page, '商家信息');
  await shot(page, 'subpage-back-large');
  await expectEndReachable(page);
  await back(page).click();
  await page.waitForURL(/\/features\/pledges\/pages\/wall\/index$/);
  await expectTitle(page, '倡议签署墙');
  await page.context().close();
});

test.each([
  ['normal', false],
  ['large', true],
])(
  '查商家 offline (%s): a new query says it failed, keeps the words, retries',
  async (mode, large) => {
    const page = await phone(large);
    await page.goto(`${e2e.server.origin}/pages/merchants/index`);
    await current(page).locator('.merchant-card').first().waitFor();
    await page.route(/\/api\/v1\/merchants\?/, (route) => route.abort('internetdisconnected'));
    await current(page).locator('.merchants__input input').fill('米粉');
    const alert = current(page).getByRole('alert');
    await alert.getByText('没能查询“米粉”').waitFor();
    expect(await current(page).locator('.merchant-card').count()).toBe(0);
    expect(await current(page).locator('.merchants__input input').inputValue()).toBe('米粉');
    await shot(page, `merchants-offline${mode === 'large' ? '-large' : ''}`);

    await page.unroute(/\/api\/v1\/merchants\?/);
    await alert.locator('.lite-button', { hasText: '重试' }).click();
    await current(page).locator('.merchant-card', { hasText: '米粉' }).first().waitFor();
    await page.context().close();
  },
);
