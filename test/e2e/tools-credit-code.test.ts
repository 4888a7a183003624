/**
 * Issue 13: the credit-code tool names the place of the 行政区划码 from the GB/T 2260 list
 * (350102 → 福建省福州市鼓楼区), on a 390×844 phone in normal and 大字模式, without sideways scroll.
 */
import fs from 'node:fs';
import { creditCodeCheckChar } from '@/domain/credit-code';
import { openPhone, PHONE_390, shotsDir } from './support/browser';
import { e2eFixture } from './support/fixture';
import { button, expectNoSidewaysScroll } from './support/journey';

const e2e = e2eFixture();
const SHOTS = shotsDir('merchant');
const BODY = '91350102MA2T8QL01';

test('the 行政区划码 is named down to the county, in both text sizes', async () => {
  const page = await openPhone(e2e.browser, PHONE_390);
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const largeText of [false, true]) {
    if (largeText) {
      await page.goto(`${e2e.server.origin}/pages/me/index`);
      await button(page, '体验登录').click();
      await page.locator('.me .lite-switch').click();
      await page.locator('.me.large-text').waitFor();
    }
    await page.goto(`${e2e.server.origin}/features/tools/pages/credit-code/index`);
    await page.locator('input[name="creditCode"]').fill(BODY + creditCodeCheckChar(BODY));
    const area = page.locator('.nut-cell', { hasText: '行政区划码' });
    await area.getByText('登记地：福建省福州市鼓楼区').waitFor();
    await page.getByText('本平台未登记该商家').waitFor();
    await area.scrollIntoViewIfNeeded();
    await expectNoSidewaysScroll(page, `credit code ${largeText ? 'large' : 'normal'}`);
    await page.screenshot({
      path: `${SHOTS}/tools-credit-code${largeText ? '-large-text' : ''}.png`,
    });
  }
  await page.context().close();
});
