import type { Session } from '@api/auth';
import type { MerchantDetail, MerchantPage, MembershipReviewPage } from '@api/merchants';
import type { PledgeCertificate } from '@api/pledges';
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
  const preview = page.locator('.sign__text').first();
  await preview.getByText(/郑重承诺/).waitFor();
  const previewed = await preview.textContent();
  await screenshot(page, 'pledge-sign-preview');
  await page.locator('.nut-button', { hasText: '确认无误，去签名' }).click();
  await page.locator('input[placeholder="本人真实姓名"]').fill('王老板');
  await page.locator('.nut-radio').first().click();
  // Write a signature with a finger: touch events, as on a phone.
  const canvas = page.locator('.signature-pad canvas').first();
  // The full text is previewed above the pad: scroll to it, as a finger would.
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
  // Past NutUI's one-second set-up, then write again if it cleared the pad.
  await page.waitForTimeout(1200);
  for (let attempt = 0; attempt < 5 && !(await inked()); attempt++) {
    await write();
    await page.waitForTimeout(200);
  }
  expect(await inked()).toBe(true);
  await page.locator('.nut-button', { hasText: '确认签署' }).click();
  await page.getByText('待核验').first().waitFor();
  const pledgeId = new URL(page.url()).searchParams.get('id')!;
  expect(pledgeId).toBeTruthy();
  await page.getByText('内容完整，未被改动').waitFor();
  await screenshot(page, 'pledge-certificate');
  // What was signed, stored and hashed is byte for byte what the page previewed.
  const stored = await apiCall<PledgeCertificate>(
    origin,
    'GET',
    `/pledges/${pledgeId}`,
    undefined,
    owner.token,
  );
  expect(stored.text).toBe(previewed);
  expect(stored.text).toContain('第十二条');

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

  // The owner withdraws: announced now, in effect only after the county's notice period; the
  // merchant page keeps the pledge meanwhile and says so.
  const withdrawn = await apiCall<PledgeCertificate>(
    origin,
    'POST',
    `/pledges/${pledgeId}/transitions`,
    { action: 'withdraw', reason: '店铺搬迁' },
    owner.token,
  );
  expect(withdrawn.endedOn! > stored.signedAt.slice(0, 10)).toBe(true);
  await consumer.reload();
  const announced = consumer.locator('.merchant-detail__pledge.is-active');
  await announced.getByText(/起撤回，此前购买的商品仍按承诺退货/).waitFor();
  expect(await announced.textContent()).toContain('撤回公示中');
  await announced.scrollIntoViewIfNeeded();
  await screenshot(consumer, 'merchant-pledge-withdrawal-announced');
  await page.context().close();
  await consumer.context().close();
}, 120_000);
