import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from '../../support/real-server';

export const OUTPUT_DIR = path.join(ROOT, 'test-results/e2e');
/** Where a group of screenshots goes (test-results/e2e/<group>, kept out of git). */
export const shotsDir = (group: string) => path.join(OUTPUT_DIR, group);

/** Debian's Chromium, headless, with the flags this closed network needs. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The 390×844 phone that issue 13's walk-through used. */
export const PHONE_390 = { width: 390, height: 844 };

/** A phone-sized page, as at the square. */
export async function openPhone(
  browser: Browser,
  viewport: { width: number; height: number } = { width: 375, height: 812 },
): Promise<Page> {
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = await context.newPage();
  // Fail a step with its own message well before the test's timeout; 15 s because in CI the
  // e2e layer shares two cores with the server suites, and a cold subpackage can take 10 s.
  page.setDefaultTimeout(15_000);
  return page;
}

/** Saves a screenshot under test-results/e2e (and docs/ when UPDATE_SCREENSHOTS=1). */
export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  const file = path.join(OUTPUT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  if (process.env.UPDATE_SCREENSHOTS === '1')
    fs.copyFileSync(file, path.join(ROOT, 'docs', `${name}.png`));
  return file;
}
