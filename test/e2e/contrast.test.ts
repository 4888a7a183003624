import type { Browser, Page } from 'playwright-core';
import type { MerchantPage } from '@api/merchants';
import { getJson } from '../support/real-server';
import { PHONE_390, openPhone } from './support/browser';
import { scanContrast } from './support/contrast';
import { e2eFixture } from './support/fixture';

// Issue 18: every text colour stands out from its background by at least 4.5:1 (WCAG AA for body
// text; applied to large text too), on the four pages Lighthouse measures and 我的, in normal and
// in 大字模式 — measured on what Chromium drew, not on a list of colour codes.

const e2e = e2eFixture();
const MINIMUM = 4.5;

/** Taro's H5 storage wraps each value as {"data": …}; prefs are stored as a JSON string. */
const LARGE_TEXT = JSON.stringify({ data: JSON.stringify({ largeText: true }) });

async function openAt(browser: Browser, largeText: boolean): Promise<Page> {
  const page = await openPhone(browser, PHONE_390);
  if (largeText) {
    await page.addInitScript((prefs) => localStorage.setItem('fx.prefs', prefs), LARGE_TEXT);
  }
  return page;
}

async function pages() {
  const merchant = (
    await getJson<MerchantPage>(`${e2e.server.origin}/api/v1/merchants?badge=model-unit&limit=1`)
  ).body.items[0];
  return [
    { name: '首页', path: '/', ready: '.home__footer' },
    { name: '查商家', path: '/pages/merchants/index', ready: '.merchant-card__name' },
    {
      name: '商家详情',
      path: `/features/merchants/pages/detail/index?id=${merchant.id}`,
      ready: '.taro_page_stationed .merchant-detail__head',
    },
    { name: '答题', path: '/features/quiz/pages/index/index', ready: '.quiz-home .section-title' },
    { name: '我的', path: '/pages/me/index', ready: '.me__name' },
  ];
}

test.each([
  ['normal', false],
  ['大字模式', true],
])(
  'every visible text has contrast ≥ 4.5:1 (%s)',
  async (_mode, largeText) => {
    const page = await openAt(e2e.browser, largeText);
    const found: string[] = [];
    for (const target of await pages()) {
      await page.goto(e2e.server.origin + target.path);
      await page.locator(target.ready).first().waitFor();
      if (largeText) await page.locator('.page.large-text:visible').first().waitFor();
      const scan = await scanContrast(page, MINIMUM);
      // A page that drew nothing would pass: each of them shows plenty of text.
      expect(scan.measured).toBeGreaterThan(10);
      for (const f of scan.failures) {
        // One line per style: a list of twenty merchants fails twenty times for one colour.
        const style = `${target.name}: ${f.color} on ${f.background} = ${f.ratio} (${f.where})`;
        if (!found.some((line) => line.startsWith(style))) found.push(`${style} "${f.text}"`);
      }
    }
    await page.context().close();
    expect(found).toEqual([]);
  },
  60_000,
);
