import type { Session } from '@api/auth';
import type { MerchantDetail, MerchantPage, MembershipReviewPage } from '@api/merchants';
import type { PledgeCertificate } from '@api/pledges';
import { apiCall, uploadPng } from '../support/api-client';
import { signInNewStaff } from '../support/staff';
import type { Page } from 'playwright-core';
import { openPhone, PHONE_390, screenshot } from './support/browser';
import { e2eFixture } from './support/fixture';

const e2e = e2eFixture();

/** Where the page is scrolled to (Taro's H5 pages scroll in .taro_page) and how far it could. */
const scrollOffsets = (page: Page) =>
  page.evaluate(() => {
    const pages = Array.from(document.querySelectorAll<HTMLElement>('.taro_page'));
    return {
      window: [window.scrollX, window.scrollY],
      pages: pages.map((el) => [el.scrollLeft, el.scrollTop]),
      room: Math.max(...pages.map((el) => el.scrollHeight - el.clientHeight)),
    };
  });

/** The sign step's handwriting pad, its field's error, and a finger or a mouse writing on it. */
function signaturePad(page: Page) {
  const canvas = page.getByLabel('手写签名区');
  const field = page.locator('.form-field', { has: canvas });
  const box = async () => (await canvas.boundingBox())!;
  return {
    canvas,
    error: field.locator('.form-field__error'),
    size: () =>
      canvas.evaluate((el) => {
        const c = el as HTMLCanvasElement;
        const css = c.getBoundingClientRect();
        return {
          width: c.width,
          height: c.height,
          cssWidth: css.width,
          cssHeight: css.height,
          ratio: window.devicePixelRatio,
        };
      }),
    /** Whether any pixel of the canvas holds ink (read back from the canvas itself). */
    inked: () =>
      canvas.evaluate((el) => {
        const c = el as HTMLCanvasElement;
        const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        return data.some((value, i) => i % 4 === 3 && value > 0);
      }),
    /** A real touch (CDP, as a phone sends it) across the pad, rising by `rise` px. */
    touchStroke: async (rise: number) => {
      const { x, y, width, height } = await box();
      const touch = await page.context().newCDPSession(page);
      const point = (i: number) => ({
        x: x + 30 + (i * (width - 60)) / 12,
        y: y + height / 2 - rise / 2 + (i * rise) / 12,
      });
      await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point(0)] });
      for (let i = 1; i <= 12; i++)
        await touch.send('Input.dispatchTouchEvent', {
          type: 'touchMove',
          touchPoints: [point(i)],
        });
      await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await touch.detach();
    },
    mouseStroke: async () => {
      const { x, y, width, height } = await box();
      await page.mouse.move(x + 30, y + height - 30);
      await page.mouse.down();
      await page.mouse.move(x + width / 2, y + 30, { steps: 8 });
      await page.mouse.move(x + width - 30, y + height - 30, { steps: 8 });
      await page.mouse.up();
    },
  };
}

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
  const page = await openPhone(e2e.browser, PHONE_390);
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
  const pad = signaturePad(page);
  // Centred, with page above and below it: a drag on it could scroll either way.
  await pad.canvas.evaluate((el) => el.scrollIntoView({ block: 'center' }));

  // Nothing written yet: the error sits at the pad and nothing is sent.
  const posts: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST') posts.push(request.url());
  });
  await page.locator('.nut-button', { hasText: '确认签署' }).click();
  expect(await pad.error.textContent()).toBe('请在签名框内手写签名');
  await screenshot(page, 'pledge-sign-error');
  expect(posts).toEqual([]);

  // The backing store follows the pixel ratio (this phone's is 2): the stroke is sharp.
  const size = await pad.size();
  expect(size.ratio).toBe(2);
  expect(size.width).toBe(Math.round(size.cssWidth * 2));
  expect(size.height).toBe(Math.round(size.cssHeight * 2));

  // A finger writes: up, down and sideways strokes paint and move the page not at all.
  const before = await scrollOffsets(page);
  expect(before.room).toBeGreaterThan(100);
  await pad.touchStroke(-40);
  await pad.touchStroke(40);
  const signUrl = page.url();
  await pad.touchStroke(0);
  expect(await scrollOffsets(page)).toEqual(before);
  expect(page.url()).toBe(signUrl);
  expect(await pad.inked()).toBe(true);
  await pad.error.waitFor({ state: 'detached' });

  // 清除重写 empties it; a mouse writes too.
  await page.locator('.nut-button', { hasText: '清除重写' }).click();
  expect(await pad.inked()).toBe(false);
  await pad.mouseStroke();
  expect(await pad.inked()).toBe(true);
  expect(await scrollOffsets(page)).toEqual(before);
  await screenshot(page, 'pledge-sign-written');
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
  const consumer = await openPhone(e2e.browser, PHONE_390);
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

test('大字模式: the signature pad fits the phone, shows its error and takes a finger', async () => {
  const origin = e2e.server.origin;
  const user = await apiCall<Session>(origin, 'POST', '/auth/dev', { openid: 'e2e-large-signer' });
  const shop = (await apiCall<MerchantPage>(origin, 'GET', '/merchants?limit=1')).items[0];
  const page = await openPhone(e2e.browser, PHONE_390);
  await page.addInitScript((session) => {
    localStorage.setItem('fx.session', JSON.stringify({ data: JSON.stringify(session) }));
    localStorage.setItem('fx.prefs', JSON.stringify({ data: JSON.stringify({ largeText: true }) }));
  }, user);
  await page.goto(
    `${origin}/features/pledges/pages/sign/index?merchantId=${shop.id}&kind=initiative`,
  );
  await page.locator('.sign.large-text').waitFor();
  await page.locator('.nut-button', { hasText: '我已阅读，去签名' }).click();
  const pad = signaturePad(page);
  await pad.canvas.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.locator('.nut-button', { hasText: '确认签署' }).click();
  expect(await pad.error.textContent()).toBe('请在签名框内手写签名');
  await pad.canvas.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await screenshot(page, 'pledge-sign-error-large-text');

  const size = await pad.size();
  expect(size.width).toBe(Math.round(size.cssWidth * 2));
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const before = await scrollOffsets(page);
  await pad.touchStroke(60);
  expect(await scrollOffsets(page)).toEqual(before);
  expect(await pad.inked()).toBe(true);
  await pad.error.waitFor({ state: 'detached' });
  await screenshot(page, 'pledge-sign-written-large-text');
  await page.context().close();
}, 60_000);
