/**
 * Issue 13's walk through every journey: one person on a phone, through the UI only. A watcher
 * records every console error, uncaught exception and failed request of their pages; after each
 * page visited the journey checks that nothing is wider than the screen, takes a screenshot and
 * that nothing has failed so far.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page, Request, Response } from 'playwright-core';
import { TINY_PNG } from '../../support/api-client';
import { openPhone, PHONE_390, shotsDir } from './browser';

export const SHOTS_DIR = shotsDir('journeys');

/**
 * JOURNEY_KEEP_GOING=1 walks on past a page with problems and fails at the end with all of them
 * (to see everything a journey meets in one run); by default the first page with one fails.
 */
const KEEP_GOING = process.env.JOURNEY_KEEP_GOING === '1';

/** A button by its exact text: NutUI's, or LiteButton on the tab pages (the host takes the click). */
export const button = (page: Page, text: string) =>
  page.locator('.nut-button:visible, .lite-button:visible', {
    hasText: new RegExp(`^\\s*${text}\\s*$`),
  });

/** A native text field by (part of) its placeholder (Taro wraps it in a custom element). */
export const field = (page: Page, placeholder: string) =>
  page.locator(
    `input[placeholder*="${placeholder}"]:visible, textarea[placeholder*="${placeholder}"]:visible`,
  );

/** The open dialog's confirm button (NutUI Dialog footer). */
export const confirm = (page: Page, text: string) =>
  page.locator('.nut-dialog-footer .nut-button:visible', { hasText: text }).click();

/** The page on screen: Taro's H5 router marks a page "stationed" once its slide-in has finished. */
export const current = (page: Page) => page.locator('.taro_page_stationed:visible').last();

/**
 * Issue 13: nothing on the page may be wider than the screen. Taro's H5 page clips its content,
 * so besides the document's scroll width this looks for any shown element reaching past the right
 * edge (a line that does not wrap).
 */
export async function expectNoSidewaysScroll(page: Page, where: string) {
  const tooWide = await tooWideElements(page);
  // Named, so a failure says on which step the page got too wide and what.
  expect({ where, tooWide }).toEqual({ where, tooWide: [] });
}

/** The document's scroll width and every shown element past the right edge, if any. */
function tooWideElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const found = [`document ${document.documentElement.scrollWidth}`].filter(
      () => document.documentElement.scrollWidth > width,
    );
    for (const element of document.querySelectorAll('.taro_page_stationed *')) {
      // A row in a sideways ScrollView (scrollX) is meant to be swiped; the view itself is checked.
      if (element.parentElement?.closest('.taro-scroll-view__scroll-x')) continue;
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.height > 0 && box.right > width + 1)
        found.push(`${element.className || element.tagName} ${Math.round(box.right)}`);
    }
    return found;
  });
}

/** A 4xx the journey asks for on purpose, and why (none in a happy journey). */
interface ExpectedFailure {
  status: number;
  url: RegExp;
  why: string;
}

export interface Journey {
  page: Page;
  /** Everything that went wrong so far: console errors, exceptions, failed requests. */
  problems: string[];
  /**
   * After arriving on a page: waits for `ready`, lets the slide-in finish, then asserts no
   * sideways scroll and no problem so far, and takes a screenshot named `name`.
   */
  visit: (name: string, ready?: () => Promise<unknown>) => Promise<void>;
  /** Declares that the next matching answer is expected to fail, and why. */
  expectFailure: (failure: ExpectedFailure) => void;
  /** Asserts nothing failed since the last page visited, and closes the phone. */
  finish: () => Promise<void>;
}

const describeRequest = (request: Request) =>
  `${request.method()} ${new URL(request.url()).pathname}`;

/** Watches one page: every console error, page error, failed request and ≥ 400 answer. */
export function watch(page: Page): Pick<Journey, 'problems' | 'expectFailure'> {
  const problems: string[] = [];
  const expected: ExpectedFailure[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url;
    problems.push(`console error: ${message.text()}${where ? ` (${where})` : ''}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${describeRequest(request)} (${request.failure()?.errorText})`),
  );
  page.on('response', (response: Response) => {
    const status = response.status();
    if (status < 400) return;
    const url = response.url();
    const index = expected.findIndex((e) => e.status === status && e.url.test(url));
    if (index >= 0) expected.splice(index, 1);
    else problems.push(`${status}: ${describeRequest(response.request())}`);
  });
  return { problems, expectFailure: (failure) => expected.push(failure) };
}

/** A person on a 390×844 phone; `who` names their screenshots. */
export async function startJourney(browser: Browser, who: string): Promise<Journey> {
  const page = await openPhone(browser, PHONE_390);
  const { problems, expectFailure } = watch(page);
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  let step = 0;
  const found: { where: string; tooWide: string[]; problems: string[] }[] = [];
  const visit = async (name: string, ready?: () => Promise<unknown>) => {
    const shot = (suffix: string) =>
      page.screenshot({
        path: path.join(
          SHOTS_DIR,
          `${who}-${String(step + 1).padStart(2, '0')}-${name}${suffix}.png`,
        ),
      });
    try {
      if (ready) await ready();
      await current(page).waitFor();
    } catch (error) {
      // What the person saw instead, and Taro's page stack.
      await shot('-FAILED');
      const stack = await page.evaluate(() =>
        [...document.querySelectorAll('.taro_page')].map(
          (p) => `${p.id} | ${p.className} | ${p.textContent?.slice(0, 80)}`,
        ),
      );
      fs.writeFileSync(path.join(SHOTS_DIR, `${who}-${name}-FAILED.txt`), stack.join('\n'));
      throw error;
    }
    // Lazy images and late answers of the page's own requests.
    await page.waitForLoadState('networkidle');
    const where = `${who}: ${name}`;
    if (KEEP_GOING) {
      // Exploring: note what is wrong on this page and walk on; finish() fails with the lot.
      const tooWide = await tooWideElements(page);
      if (tooWide.length || problems.length) {
        found.push({ where, tooWide, problems: [...problems] });
        fs.writeFileSync(path.join(SHOTS_DIR, `${who}-found.json`), JSON.stringify(found, null, 1));
      }
      problems.length = 0;
    } else await expectNoSidewaysScroll(page, where);
    await shot('');
    step += 1;
    expect({ where, problems }).toEqual({ where, problems: [] });
  };
  const finish = async () => {
    await page.waitForLoadState('networkidle');
    expect(found).toEqual([]);
    expect({ where: `${who}: end`, problems }).toEqual({ where: `${who}: end`, problems: [] });
    await page.context().close();
  };
  return { page, problems, visit, expectFailure, finish };
}

/**
 * The browser's back (as a phone's back gesture), one page at a time: Taro's router ignores a
 * second back while the first page is still sliding out.
 */
export async function back(page: Page) {
  const pages = await page.locator('.taro_page').count();
  await page.goBack();
  await page.waitForFunction((n) => document.querySelectorAll('.taro_page').length < n, pages);
  await current(page).waitFor();
}

/** Back until a tab page (首页, 查商家, 我的) is on screen, then taps the tab `name`. */
export async function backToTab(page: Page, name: string) {
  while (!(await page.locator('.weui-tabbar__item:visible').count())) await back(page);
  await page.locator('.weui-tabbar__item', { hasText: name }).click();
}

/** On 我的: 体验登录 (the H5 preview sign-in); waits for the role tag. */
export async function signInFromMe(journey: Journey, role = '消费者') {
  const { page } = journey;
  await button(page, '体验登录').click();
  await page.locator('.me').getByText(role).first().waitFor();
}

/** Taps a 我的 entry cell by its title. */
export const tapCell = (page: Page, title: string) =>
  current(page).locator('.nut-cell', { hasText: title }).first().click();

/** Answers the browser's file chooser (H5's chooseImage) with a small PNG photo. */
export async function choosePhoto(page: Page, open: () => Promise<void>) {
  const chooser = page.waitForEvent('filechooser');
  await open();
  await (await chooser).setFiles({ name: 'photo.png', mimeType: 'image/png', buffer: TINY_PNG });
}

/**
 * Writes a zig-zag signature on a canvas with a finger (touch events, as on a phone), again
 * until the canvas holds ink (a pad may clear itself while it sets up).
 */
export async function drawSignature(page: Page, canvasSelector: string) {
  const canvas = page.locator(canvasSelector).first();
  await canvas.scrollIntoViewIfNeeded();
  const box = (await canvas.boundingBox())!;
  const touch = await page.context().newCDPSession(page);
  const point = (i: number) => ({
    x: box.x + 30 + i * 20,
    y: box.y + box.height / 2 + (i % 2 ? -25 : 25),
  });
  const inked = () =>
    canvas.evaluate((el) => {
      const c = el as HTMLCanvasElement;
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      return data.some((value, i) => i % 4 === 3 && value > 0);
    });
  const write = async () => {
    await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point(0)] });
    for (let i = 1; i <= 12; i++) {
      await touch.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point(i)] });
    }
    await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
  await write();
  for (let attempt = 0; attempt < 5 && !(await inked()); attempt++) {
    await page.waitForTimeout(400);
    await write();
  }
  expect(await inked()).toBe(true);
}
