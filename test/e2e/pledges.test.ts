import type { Session } from '@api/auth';
import type { MerchantDetail, MerchantPage, MembershipReviewPage } from '@api/merchants';
import { apiCall, uploadPng } from '../support/api-client';
import { signInNewStaff } from '../support/staff';
import { openPhone, screenshot } from './support/browser';
import { e2eFixture } from './support/fixture';

const e2e = e2eFixture();

test('a merchant signs the no-reason-return pledge; staff verify it; consumers see it on the merchant page', async () => {
  const origin = e2e.server.origin;
  // Set-up through the API: a consumer registers as the owner of a listed shop; staff approve.
  const owner = await apiCall<Session>(origin, 'POST', '/auth/dev', { openid: 'e2e-owner' });
  const unpledged = (await apiCall<MerchantPage>(origin, 'GET', '/merchants?limit=50')).items.find(
    (m) => !m.badges.pledge,
  )!;
  const shop = await apiCall<MerchantDetail>(origin, 'GET', `/merchants/${unpledged.id}`);
  const licence = await uploadPng(origin, 'licence', owner.token);
  await apiCall(
    origin,
    'POST',
    '/merchants',
    {
      creditCode: shop.creditCode,
      name: shop.name,
      type: shop.type,
      industry: shop.industry,
      town: shop.town,
      address: shop.address,
      contactName: '王老板',
      contactPhone: '13900001111',
      licencePhoto: licence.id,
    },
    owner.token,
  );
  // First sign-in with the one-time password, changed at once (nothing else is allowed before).
  const staff = await signInNewStaff(origin, e2e.server.dataDir, 'e2e-pledge-staff');
  const queue = await apiCall<MembershipReviewPage>(
    origin,
    'GET',
    '/merchants/memberships',
    undefined,
    staff.token,
  );
  const request = queue.items.find((item) => item.merchantId === shop.id)!;
  await apiCall(
    origin,
    'POST',
    `/merchants/memberships/${request.id}/verification`,
    { decision: 'approve' },
    staff.token,
  );

  // The owner, signed in on this phone, signs in the app.
  const page = await openPhone(e2e.browser);
  // As the app saved it at sign-in: Taro's H5 storage wraps each value as { data }.
  await page.addInitScript((session) => {
    localStorage.setItem('fx.session', JSON.stringify({ data: JSON.stringify(session) }));
  }, owner);
  await page.goto(
    `${origin}/features/pledges/pages/sign/index?merchantId=${shop.id}&kind=offline-return`,
  );
  await page.locator('.nut-button', { hasText: '下一步：预览承诺全文' }).click();
  await page
    .getByText(/无理由退货/)
    .first()
    .waitFor();
  await page.locator('.nut-button', { hasText: '确认无误，去签名' }).click();
  await page.locator('input[placeholder="本人真实姓名"]').fill('王老板');
  await page.locator('.nut-radio').first().click();
  // Write a signature with a finger: touch events, as on a phone.
  const canvas = page.locator('.signature-pad canvas').first();
  const box = (await canvas.boundingBox())!;
  const touch = await page.context().newCDPSession(page);
  const point = (i: number) => ({
    x: box.x + 30 + i * 20,
    y: box.y + box.height / 2 + (i % 2 ? -25 : 25),
  });
  await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point(0)] });
  for (let i = 1; i <= 12; i++) {
    await touch.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point(i)] });
  }
  await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await page.locator('.nut-button', { hasText: '确认签署' }).click();
  await page.getByText('待核验').first().waitFor();
  const pledgeId = new URL(page.url()).searchParams.get('id')!;
  expect(pledgeId).toBeTruthy();
  await page.getByText('内容完整，未被改动').waitFor();
  await screenshot(page, 'pledge-certificate');

  // Staff verify it; a consumer (signed out, another phone) sees it on the merchant page.
  await apiCall(
    origin,
    'POST',
    `/pledges/${pledgeId}/transitions`,
    { action: 'verify' },
    staff.token,
  );
  const consumer = await openPhone(e2e.browser);
  await consumer.goto(`${origin}/features/merchants/pages/detail/index?id=${shop.id}`);
  const pledge = consumer.locator('.merchant-detail__pledge.is-active');
  await pledge.waitFor();
  expect(await pledge.textContent()).toMatch(/线下购物 \d+ 天无理由退货.*已核验/);
  await consumer.locator('.merchant-detail__head', { hasText: '线下无理由退货' }).waitFor();
  await consumer.locator('.taro_page_stationed .merchant-detail').waitFor();
  await screenshot(consumer, 'merchant-pledge');
  await page.context().close();
  await consumer.context().close();
}, 120_000);
