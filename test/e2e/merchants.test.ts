import type { MerchantDetail, MerchantPage } from '@api/merchants';
import { getJson } from '../support/real-server';
import { openPhone, screenshot } from './support/browser';
import { e2eFixture } from './support/fixture';

const e2e = e2eFixture();

test('search → open merchant → see the model-unit badge', async () => {
  const units = (
    await getJson<MerchantPage>(`${e2e.server.origin}/api/v1/merchants?badge=model-unit&limit=1`)
  ).body;
  const target = units.items[0];
  const detail = (
    await getJson<MerchantDetail>(`${e2e.server.origin}/api/v1/merchants/${target.id}`)
  ).body;
  const title = detail.modelUnits.find((badge) => badge.status === 'active')!;

  const page = await openPhone(e2e.browser);
  await page.goto(`${e2e.server.origin}/pages/merchants/index`);
  const input = page.locator('.merchants__input input');
  await input.waitFor();
  // Two characters from the middle of the name: the short-query path of the search.
  const middle = target.name.slice(2, 4);
  const expected = (
    await getJson<MerchantPage>(
      `${e2e.server.origin}/api/v1/merchants?q=${encodeURIComponent(middle)}`,
    )
  ).body.items.map((item) => item.name);
  expect(expected).toContain(target.name);
  await input.fill(middle);
  // The list shows exactly the server's answer for the typed query, in its order.
  await page.waitForFunction(
    (names) =>
      JSON.stringify(
        [...document.querySelectorAll('.merchant-card__name')].map((el) => el.textContent),
      ) === JSON.stringify(names),
    expected,
  );
  await screenshot(page, 'merchants-search');
  const card = page.locator('.merchant-card', { hasText: target.name });

  await card.click();
  await page.getByText(`证书编号：${title.certificateNo}`).waitFor();
  await page
    .locator('.merchant-detail__head', { hasText: `${title.level}放心消费示范单位` })
    .waitFor();
  // Taro's H5 router marks a page "stationed" once its slide-in has finished.
  await page.locator('.taro_page_stationed .merchant-detail').waitFor();
  await screenshot(page, 'merchant-detail');
  await page.context().close();
});
