import fs from 'node:fs';
import type { Page } from 'playwright-core';
import type { Session } from '@api/auth';
import type { MerchantPage } from '@api/merchants';
import { apiCall } from '../support/api-client';
import { getJson } from '../support/real-server';
import { signInNewStaff } from '../support/staff';
import { PHONE_390, openPhone, screenshot, shotsDir } from './support/browser';
import { e2eFixture } from './support/fixture';
import { fileComplaint } from './support/journey-seed';
import { signedInStaff } from './support/staff-phone';

// Issue 13, 大字模式 on a 390×844 phone: badges hold their text, the countdown has room inside its
// frame, a time range stays on one line, step circles hold their number, tool notes are body
// size, and digits-only fields open the number pad. Measured in the page, not eyeballed.

const e2e = e2eFixture();
const SHOTS = shotsDir('largetext');

const button = (page: Page, text: string) =>
  page.locator('.nut-button:visible, .lite-button:visible', {
    hasText: new RegExp(`^\\s*${text}\\s*$`),
  });

async function shot(page: Page, name: string) {
  const file = await screenshot(page, name);
  fs.mkdirSync(SHOTS, { recursive: true });
  fs.copyFileSync(file, `${SHOTS}/${name}.png`);
}

/** A signed-in consumer with 大字模式 switched on (it persists in the browser's storage). */
async function largeTextConsumer() {
  const page = await openPhone(e2e.browser, PHONE_390);
  await page.goto(`${e2e.server.origin}/pages/me/index`);
  await button(page, '体验登录').click();
  await page.locator('.me').getByText('消费者').waitFor();
  await page.locator('.me .lite-switch').click();
  await page.locator('.me.large-text').waitFor();
  return page;
}

/** The shown page's root is in 大字模式 (the class the setting puts on every page). */
async function expectLargeText(page: Page) {
  await page.locator('.page.large-text:visible').first().waitFor();
}

/** How far the text of each shown element matching `selector` stays inside its padding box. */
function textRoom(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const shown = [...document.querySelectorAll<HTMLElement>(sel)].filter(
      (el) => el.getBoundingClientRect().width > 0 && (el.textContent ?? '').trim() !== '',
    );
    return shown.map((el) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      const range = document.createRange();
      range.selectNodeContents(el);
      const text = range.getBoundingClientRect();
      return {
        text: (el.textContent ?? '').trim(),
        top: text.top - (box.top + parseFloat(style.borderTopWidth)),
        bottom: box.bottom - parseFloat(style.borderBottomWidth) - text.bottom,
        left: text.left - (box.left + parseFloat(style.borderLeftWidth)),
        right: box.right - parseFloat(style.borderRightWidth) - text.right,
      };
    });
  }, selector);
}

/**
 * Badges whose background does not hold their text with at least 2 px to spare on every side
 * (named, so a failure says which).
 */
async function badgesCutting(page: Page, selector: string) {
  const rooms = await textRoom(page, selector);
  expect(rooms.length).toBeGreaterThan(0);
  return rooms.filter((r) => Math.min(r.top, r.bottom, r.left, r.right) < 2);
}

/** The countdown's least room between its text and its frame. */
async function countdownRoom(page: Page) {
  await page.goto(`${e2e.server.origin}/pages/index/index`);
  await page.locator('.event-card__countdown').first().waitFor();
  const [room] = await textRoom(page, '.event-card__countdown');
  return { ...room, least: Math.min(room.top, room.bottom, room.left, room.right) };
}

test('首页: the countdown has room in its frame, a time range stays on one line', async () => {
  const normal = await openPhone(e2e.browser, PHONE_390);
  const normalRoom = await countdownRoom(normal);
  expect({ ...normalRoom, ok: normalRoom.least >= 4 }).toEqual({ ...normalRoom, ok: true });
  await normal.locator('.event-card').scrollIntoViewIfNeeded();
  await shot(normal, 'home-normal');
  await normal.context().close();

  const page = await largeTextConsumer();
  const room = await countdownRoom(page);
  await expectLargeText(page);
  expect({ ...room, ok: room.least >= 4 }).toEqual({ ...room, ok: true });

  const lines = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.event-card__time')]
      .filter((el) => el.getBoundingClientRect().width > 0)
      .map((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        return { time: el.textContent, lines: tops.size };
      }),
  );
  expect(lines.length).toBeGreaterThan(0);
  expect(lines.filter((l) => l.time?.includes('-'))).not.toEqual([]);
  expect(lines.filter((l) => l.lines !== 1)).toEqual([]);
  await page.locator('.event-card').scrollIntoViewIfNeeded();
  await shot(page, 'home-large-text');
  await page.context().close();
});

test('查商家 and a merchant page: every badge holds its text', async () => {
  const units = (
    await getJson<MerchantPage>(`${e2e.server.origin}/api/v1/merchants?badge=model-unit&limit=1`)
  ).body;
  const target = units.items[0];
  const search = async (page: Page) => {
    await page.goto(`${e2e.server.origin}/pages/merchants/index`);
    await page.locator('.merchants__input input').fill(target.name.slice(0, 4));
    await page.locator('.merchant-card', { hasText: target.name }).waitFor();
  };
  // In normal text too: NutUI's fixed 14 px tag height is shorter than its line of text.
  const normal = await openPhone(e2e.browser, PHONE_390);
  await search(normal);
  expect(await badgesCutting(normal, '.merchant-card .nut-tag')).toEqual([]);
  await shot(normal, 'merchants-search-normal');
  await normal.context().close();

  const page = await largeTextConsumer();
  await search(page);
  await expectLargeText(page);
  expect(await badgesCutting(page, '.merchant-card .nut-tag')).toEqual([]);
  await shot(page, 'merchants-search-large-text');

  await page.locator('.merchant-card', { hasText: target.name }).click();
  await page.locator('.taro_page_stationed .merchant-detail').waitFor();
  await expectLargeText(page);
  expect(await badgesCutting(page, '.taro_page_stationed .nut-tag')).toEqual([]);
  // A short label stays on one line ("有效", never "有" over "效").
  const tagLines = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.taro_page_stationed .nut-tag')]
      .filter((tag) => tag.getBoundingClientRect().width > 0)
      .map((tag) => {
        const range = document.createRange();
        range.selectNodeContents(tag);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      }),
  );
  expect(tagLines.filter((lines) => lines !== 1)).toEqual([]);
  await shot(page, 'merchant-detail-large-text');
  await page.context().close();
});

test('答题: the question tags hold their text; the result page in large text', async () => {
  const page = await largeTextConsumer();
  await page.goto(`${e2e.server.origin}/pages/index/index`);
  await page.getByText('识假答题').click();
  await button(page, '开始答题').click();
  await page.locator('.quiz-paper__progress:visible', { hasText: '第 1/10 题' }).waitFor();
  await page.locator('.taro_page_stationed .quiz-paper').waitFor();
  await expectLargeText(page);
  expect(await badgesCutting(page, '.quiz-tag')).toEqual([]);
  await shot(page, 'quiz-paper-large-text');

  for (let n = 1; n <= 10; n++) {
    await page.locator('.quiz-paper__progress:visible', { hasText: `第 ${n}/10 题` }).waitFor();
    await page.locator('.quiz-option:visible').first().click();
    await page.locator('.quiz-paper__progress:visible', { hasText: `已答 ${n}` }).waitFor();
    if (n < 10) await button(page, '下一题').click();
  }
  await button(page, '交卷').click();
  await page.locator('.taro_page_stationed .quiz-result__score').waitFor();
  await expectLargeText(page);
  await shot(page, 'quiz-result-large-text');
  await page.context().close();
}, 60_000);

test('投诉 stepper: each circle is at least as tall as its title and holds its number', async () => {
  const page = await largeTextConsumer();
  await page.goto(`${e2e.server.origin}/features/complaints/pages/new/index`);
  await page.locator('.new-complaint__steps .nut-step-head-text').first().waitFor();
  await expectLargeText(page);
  const steps = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.new-complaint__steps .nut-step')].map((step) => {
      const circle = step.querySelector<HTMLElement>('.nut-step-head-text')!;
      const title = step.querySelector<HTMLElement>('.nut-step-title')!;
      const box = circle.getBoundingClientRect();
      return {
        title: title.textContent,
        circle: Math.min(box.width, box.height),
        titleSize: parseFloat(getComputedStyle(title).fontSize),
        numberSize: parseFloat(getComputedStyle(circle).fontSize),
      };
    }),
  );
  expect(steps).toHaveLength(4);
  for (const step of steps) {
    expect({ ...step, ok: step.circle >= step.titleSize }).toEqual({ ...step, ok: true });
    expect(step.circle).toBeGreaterThanOrEqual(step.numberSize * 1.5);
  }
  await shot(page, 'complaint-steps-large-text');
  await page.context().close();
});

test('工具箱: notes are body size; the barcode input opens the number pad', async () => {
  const page = await largeTextConsumer();
  await page.goto(`${e2e.server.origin}/features/tools/pages/barcode/index`);
  await page.locator('.tool__notice').first().waitFor();
  await expectLargeText(page);
  const sizes = await page.evaluate(() => ({
    body: parseFloat(
      getComputedStyle(document.querySelector('.taro_page_stationed .page')!).fontSize,
    ),
    notes: [...document.querySelectorAll<HTMLElement>('.tool__notice')].map((el) =>
      parseFloat(getComputedStyle(el).fontSize),
    ),
  }));
  expect(sizes.body).toBeGreaterThanOrEqual(18);
  expect(sizes.notes.length).toBeGreaterThan(0);
  for (const size of sizes.notes) expect(size).toBeGreaterThanOrEqual(sizes.body);

  const input = page.locator('input[name="barcode"]');
  expect(await input.getAttribute('inputmode')).toBe('numeric');
  await input.fill('6901234567892');
  await page.getByText('校验通过').waitFor();
  expect(await badgesCutting(page, '.tool__status .nut-tag')).toEqual([]);
  await shot(page, 'tools-barcode-large-text');
  await page.context().close();
});

test('评价: the stars are at least 24 px and the comment is body size in 大字模式', async () => {
  const page = await largeTextConsumer();
  // The signed-in consumer's own session (Taro keeps it in localStorage as {data: json}).
  const session = await page.evaluate(
    () => JSON.parse(JSON.parse(localStorage.getItem('fx.session')!).data) as Session,
  );
  const origin = e2e.server.origin;
  const filed = await fileComplaint(origin, session, {
    name: '大字测试超市',
    address: '城关镇人民路1号',
  });
  // Refused (第十五条): the quickest way to an ended complaint the consumer may rate.
  const staff = await signInNewStaff(origin, e2e.server.dataDir, 'large-text-staff');
  await apiCall(
    origin,
    'POST',
    `/complaints/${filed.id}/transitions`,
    { action: 'reject', reason: 'not-in-scope' },
    staff.token,
  );

  await page.goto(`${origin}/features/complaints/pages/detail/index?id=${filed.id}`);
  await button(page, '评价').click();
  const star = page.locator('.complaint-action__rate .nut-rate-item').first();
  await star.waitFor();
  await expectLargeText(page);
  const box = (await star.boundingBox())!;
  expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
  // The comment box and its placeholder are body size (a native textarea does not inherit it).
  const comment = page.locator('.complaint-action__text textarea');
  const sizes = await comment.evaluate((element) => ({
    text: parseFloat(getComputedStyle(element).fontSize),
    placeholder: parseFloat(getComputedStyle(element, '::placeholder').fontSize),
  }));
  expect(sizes.text).toBeGreaterThanOrEqual(18);
  expect(sizes.placeholder).toBeGreaterThanOrEqual(18);
  await shot(page, 'complaint-rate-large-text');
  await page.context().close();
});

test('节假日日历 (staff) in 大字模式: the year field opens the number pad', async () => {
  const origin = e2e.server.origin;
  await signInNewStaff(origin, e2e.server.dataDir, 'large-text-calendar');
  const page = await signedInStaff(e2e.browser, origin, 'large-text-calendar', true);
  await page.goto(`${origin}/features/calendar/pages/index/index`);
  await page.locator('.calendar__year').first().waitFor();
  await expectLargeText(page);
  const year = page.locator('input[name="year"]');
  expect(await year.getAttribute('inputmode')).toBe('numeric');
  await shot(page, 'calendar-large-text');
  await page.context().close();
});
