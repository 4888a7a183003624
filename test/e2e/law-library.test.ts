/**
 * Issue 17 in Chromium at 390×844: the 普法 library from 首页 — search "退货", open 消保法
 * 第二十五条, copy its link and draw its poster — and a quiz explanation's citation opening its
 * article. 大字模式 keeps the article's words roomy (line height ≥ 1.8) and whole.
 */
import type { Page } from 'playwright-core';
import { findCitations } from '@/domain/law-citations';
import { openPhone, PHONE_390, screenshot } from './support/browser';
import { e2eFixture } from './support/fixture';

const e2e = e2eFixture();

/** A button by its exact text: NutUI's, or LiteButton on the tab pages. */
const button = (page: Page, text: string) =>
  page.locator('.nut-button:visible, .lite-button:visible', {
    hasText: new RegExp(`^\\s*${text}\\s*$`),
  });
/** The page on screen (Taro's H5 router keeps the pages below it in the DOM). */
const shown = (page: Page) => page.locator('.taro_page_stationed').last();

async function signedInPhone(largeText = false) {
  const page = await openPhone(e2e.browser, PHONE_390);
  await page.goto(`${e2e.server.origin}/pages/me/index`);
  await button(page, '体验登录').click();
  await page.locator('.me').getByText('消费者').waitFor();
  if (largeText) {
    await page.locator('.me .lite-switch').click();
    await page.locator('.me.large-text').waitFor();
  }
  return page;
}

/** 首页 → 普法 → "退货": the results as typed, 消保法第二十五条 among them. */
async function searchReturns(page: Page) {
  await page.goto(`${e2e.server.origin}/pages/index/index`);
  await page.locator('.feature-entries__label', { hasText: /^普法$/ }).click();
  await shown(page).locator('.law-home__bar input').fill('退货');
  const hit = shown(page).locator('.law-home__hit', {
    has: page.locator('.law-home__hit-law', { hasText: /^消费者权益保护法$/ }),
    hasText: '第二十五条',
  });
  await hit.waitFor();
  expect(await hit.locator('.law-home__match').first().textContent()).toBe('退货');
  return hit;
}

/** Waits until `read` answers `expected` (as the page settles), then asserts it. */
async function eventually<T>(read: () => Promise<T>, expected: T, timeoutMs = 15_000) {
  const started = Date.now();
  let value = await read();
  while (JSON.stringify(value) !== JSON.stringify(expected) && Date.now() - started < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  expect(value).toEqual(expected);
}

/** The ratio of line height to font size of the article's first paragraph. */
const paragraphLeading = (page: Page) =>
  shown(page)
    .locator('.law-article__paragraph')
    .first()
    .evaluate((el) => {
      const style = getComputedStyle(el);
      // Two decimals: 1.6 computes as 1.5999….
      return Math.round((parseFloat(style.lineHeight) / parseFloat(style.fontSize)) * 100) / 100;
    });

test('search 退货, open 消保法第二十五条, copy its link and draw its poster', async () => {
  const origin = e2e.server.origin;
  const page = await signedInPhone();
  const hit = await searchReturns(page);
  await screenshot(page, 'law-index-results');
  await hit.click();

  const article = shown(page);
  await article.locator('.law-article__label', { hasText: '第二十五条' }).waitFor();
  expect(new URL(page.url()).search).toBe('?law=consumer-protection&no=25');
  const words = await article.locator('.law-article__paragraph').allTextContents();
  expect(words[0]).toContain('七日内退货');
  expect(words.length).toBeGreaterThan(3);
  expect(await paragraphLeading(page)).toBeGreaterThanOrEqual(1.6);
  await article.getByText('本条在小程序中的应用').waitFor();
  await screenshot(page, 'law-article');

  // H5 has no 转发: 复制链接 puts the article's address on the clipboard.
  await button(page, '复制链接').click();
  await eventually(
    () => page.evaluate(() => JSON.parse(localStorage.getItem('taro_clipboard') ?? '{}').data),
    `${origin}/features/law/pages/article/index?law=consumer-protection&no=25`,
  );

  // 海报: drawn on the canvas (the red band at the top), ready to save as a PNG.
  await button(page, '海报').click();
  await button(page, '下载海报图片').waitFor();
  const canvas = shown(page).locator('canvas');
  const pixel = () =>
    canvas.evaluate((el: HTMLCanvasElement) =>
      Array.from(el.getContext('2d')!.getImageData(20, 20, 1, 1).data).join(','),
    );
  await eventually(pixel, '200,22,29,255');
  expect(await canvas.evaluate((el: HTMLCanvasElement) => [el.width, el.height])).toEqual([
    1200, 1920,
  ]);
  await screenshot(page, 'law-poster');

  // The law itself: chapters folding open.
  await page.goto(`${origin}/features/law/pages/law/index?law=consumer-protection`);
  await shown(page).getByText('第一章 总则').waitFor();
  await shown(page).getByText('第三章 经营者的义务').click();
  await shown(page).locator('.law-page__article', { hasText: '第二十五条' }).waitFor();
  await screenshot(page, 'law-law');
});

test('a quiz explanation’s citation opens its article', async () => {
  const page = await signedInPhone();
  await page.goto(`${e2e.server.origin}/pages/index/index`);
  await page.getByText('识假答题').click();
  await button(page, '开始答题').click();
  for (let n = 1; n <= 10; n++) {
    const progress = page.locator('.quiz-paper__progress:visible', { hasText: `第 ${n}/10 题` });
    await progress.waitFor();
    await page.locator('.quiz-option:visible').first().click();
    if (n < 10) await button(page, '下一题').click();
  }
  await button(page, '交卷').click();
  await shown(page).getByText('答题解析').waitFor();

  // The explanations cite articles (消费者权益保护法第八条 …); the first one is tapped.
  const link = shown(page).locator('.quiz-explanation .cited-text__link').first();
  await link.scrollIntoViewIfNeeded();
  const cited = findCitations((await link.textContent())!)[0];
  expect(cited).toBeDefined();
  await link.click();
  await eventually(async () => new URL(page.url()).pathname, '/features/law/pages/article/index');
  const params = new URL(page.url()).searchParams;
  expect({ law: params.get('law'), no: Number(params.get('no')) }).toEqual({
    law: cited.law,
    no: cited.articles[0],
  });
  await shown(page).locator('.law-article__paragraph').first().waitFor();
  await screenshot(page, 'law-from-quiz');
});

test('大字模式: the article stays whole and roomy; the pages as a large-text reader sees them', async () => {
  const page = await signedInPhone(true);
  await searchReturns(page);
  await screenshot(page, 'law-index-results-large');
  await page.goto(
    `${e2e.server.origin}/features/law/pages/article/index?law=consumer-protection&no=25`,
  );
  await shown(page).locator('.page.large-text .law-article__label').waitFor();
  expect(await paragraphLeading(page)).toBeGreaterThanOrEqual(1.8);
  // No word is clipped: every paragraph is as tall as its text needs.
  const clipped = await shown(page)
    .locator('.law-article__paragraph')
    .evaluateAll((els) => els.filter((el) => el.scrollHeight > el.clientHeight + 1).length);
  expect(clipped).toBe(0);
  await screenshot(page, 'law-article-large');
  await page.goto(`${e2e.server.origin}/features/law/pages/law/index?law=consumer-protection`);
  await shown(page).getByText('第一章 总则').waitFor();
  await screenshot(page, 'law-law-large');
  await page.goto(
    `${e2e.server.origin}/features/law/pages/poster/index?law=consumer-protection&no=25`,
  );
  await button(page, '下载海报图片').waitFor();
  await page.waitForTimeout(500);
  await screenshot(page, 'law-poster-large');
});
