import type { Browser, Page } from 'playwright-core';
import { NEW_STAFF_PASSWORD } from '../../support/staff';
import { openPhone, PHONE_390, shotsDir } from './browser';
import { button, field } from './journey';

/** Where the staff pages' screenshots go for issue 13. */
export const STAFF_SHOTS = shotsDir('staff');

/**
 * Staff (whose one-time password was already changed, see signInNewStaff) on a 390×844 phone,
 * signed in through the staff login page, optionally switched to 大字模式 on 我的.
 */
export async function signedInStaff(
  browser: Browser,
  origin: string,
  username: string,
  largeText: boolean,
): Promise<Page> {
  const page = await openPhone(browser, PHONE_390);
  await page.goto(`${origin}/features/auth/pages/staff-login/index`);
  await field(page, '用户名').fill(username);
  await field(page, '密码').fill(NEW_STAFF_PASSWORD);
  await button(page, '登录').click();
  await page.locator('.me').getByText('工作人员').waitFor();
  if (largeText) {
    await page.locator('.me .lite-switch').click();
    await page.locator('.me.large-text').waitFor();
  }
  return page;
}

/**
 * Chips and tags on the page whose text reaches outside their own background, or that reach
 * outside the card (.section) or dialog they sit on (issue 13: in 大字模式 the consent chip 线上 ran past
 * its card): "class 'text'" of each.
 */
export function overflowingChips(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((chipSelector) => {
    const found: string[] = [];
    const chips = document.querySelectorAll(
      `.taro_page_stationed :is(${chipSelector}), .nut-dialog :is(${chipSelector})`,
    );
    for (const chip of chips) {
      const box = chip.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const range = document.createRange();
      range.selectNodeContents(chip);
      const text = range.getBoundingClientRect();
      const outside =
        text.top < box.top - 0.5 ||
        text.bottom > box.bottom + 0.5 ||
        text.left < box.left - 0.5 ||
        text.right > box.right + 0.5;
      if (outside) found.push(`text past its chip: ${chip.className} '${chip.textContent}'`);
      const card = chip.closest('.section, .nut-dialog');
      if (card) {
        const style = getComputedStyle(card);
        const cardBox = card.getBoundingClientRect();
        const right = cardBox.right - parseFloat(style.paddingRight);
        const left = cardBox.left + parseFloat(style.paddingLeft);
        if (box.right > right + 0.5 || box.left < left - 0.5) {
          found.push(`chip past its card: ${chip.className} '${chip.textContent}'`);
        }
      }
    }
    return found;
  }, selector);
}
