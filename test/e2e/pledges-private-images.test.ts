/**
 * Issue 13, major 3: a pending pledge's signature and poster QR code are private (the server
 * answers 404 without the token). Its owner and staff see them, because every private image is
 * downloaded with the token; a visitor sees a verified pledge's without one. 承诺核验 asks before
 * it passes a pledge and its counters follow. Screenshots at 390×844, normal and 大字模式.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { Session } from '@api/auth';
import type { Page } from 'playwright-core';
import { apiCall, uploadPng } from '../support/api-client';
import { signInNewStaff } from '../support/staff';
import { openPhone, PHONE_390, shotsDir } from './support/browser';
import { e2eFixture } from './support/fixture';
import { approveShop, creditCode, devSession, registerShop } from './support/journey-seed';
import { current, expectNoSidewaysScroll, watch } from './support/journey';

const e2e = e2eFixture();
const SHOTS = shotsDir('private');
const SHOP = '福鑫粮油店';

/** A handwritten-looking name: dark strokes on white, as the signature pad exports it. */
const signaturePng = () =>
  sharp(
    Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="200"><rect width="600" height="200" fill="#fff"/>
      <path d="M60 140 C 90 40, 130 40, 150 130 S 210 60, 240 120 S 300 150, 330 80 L 360 140 M390 70 C 420 160, 470 160, 500 70 S 540 120, 560 100"
        stroke="#111" stroke-width="7" fill="none" stroke-linecap="round"/></svg>`,
    ),
  )
    .png()
    .toBuffer();

async function phone(session: Session | undefined, largeText: boolean) {
  const page = await openPhone(e2e.browser, PHONE_390);
  await page.addInitScript(
    ({ session, largeText }) => {
      if (session)
        localStorage.setItem('fx.session', JSON.stringify({ data: JSON.stringify(session) }));
      localStorage.setItem('fx.prefs', JSON.stringify({ data: JSON.stringify({ largeText }) }));
    },
    { session, largeText },
  );
  return { page, ...watch(page) };
}

const shot = async (page: Page, name: string) => {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
};

/** The image really decoded: a blob URL (downloaded with or without the token) with pixels. */
const decoded = (page: Page, selector: string) =>
  page.waitForFunction((css) => {
    const image = document.querySelector(`.taro_page_stationed ${css} img`) as HTMLImageElement;
    return image?.src.startsWith('blob:') && image.complete && image.naturalWidth > 0;
  }, selector);

test('a pending pledge: its owner and staff see the signature and QR code; staff confirm before passing it; the public sees it once verified', async () => {
  const origin = e2e.server.origin;
  const owner = await devSession(origin, 'private-images-owner');
  const membership = await registerShop(origin, owner, {
    creditCode: creditCode('MA2YUN0P7'),
    name: SHOP,
  });
  const staff = await signInNewStaff(origin, e2e.server.dataDir, 'private-images-staff');
  await approveShop(origin, staff, SHOP);
  const signature = await uploadPng(origin, 'signature', owner.token, await signaturePng());
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const created = await apiCall<{ id: string }>(
    origin,
    'POST',
    '/pledges',
    {
      merchantId: membership.merchantId,
      kind: 'offline-return',
      terms: {
        windowDays: 7,
        scope: { kind: 'all' },
        excluded: ['定制商品', '鲜活易腐商品'],
        conditions: { proof: 'receipt-or-other' },
        refund: { method: 'original', withinDays: 7 },
        otherBranches: false,
        startsOn: today,
      },
      signature: { uploadId: signature.id, signerName: '林建国', signerRole: '店长' },
    },
    owner.token,
  );
  const certificateUrl = `${origin}/features/pledges/pages/certificate/index?id=${created.id}`;

  // The owner, pending: the signature (and, on the poster, the QR code) with the token.
  for (const largeText of [false, true]) {
    const suffix = largeText ? '-large-text' : '';
    const { page, problems } = await phone(owner, largeText);
    await page.goto(certificateUrl);
    await current(page).getByText('待核验').first().waitFor();
    await decoded(page, '.certificate__signature');
    if (!largeText) {
      // A tap opens the full-screen viewer, whose code loads on that first tap.
      const signature = page.locator('.taro_page_stationed .certificate__signature img');
      const src = await signature.getAttribute('src');
      await signature.click();
      const viewer = page.locator('.preview-image');
      await viewer.locator(`img[src="${src}"]`).waitFor();
      await viewer.click();
      await viewer.waitFor({ state: 'detached' });
    }
    await page.locator('.taro_page_stationed .certificate__signature').scrollIntoViewIfNeeded();
    await expectNoSidewaysScroll(page, `certificate pending${suffix}`);
    await shot(page, `certificate-pending${suffix}`);
    await page.locator('.taro_page_stationed .fingerprint').scrollIntoViewIfNeeded();
    await shot(page, `certificate-pending-fingerprint${suffix}`);
    if (!largeText) {
      await page.goto(`${origin}/features/pledges/pages/poster/index?id=${created.id}`);
      const ready = current(page).locator('.nut-button', { hasText: '下载海报图片' });
      await page.waitForFunction(
        () => !document.querySelector('.taro_page_stationed .poster-view__note'),
      );
      await ready.waitFor();
      expect(await current(page).getByRole('alert').count()).toBe(0);
      await shot(page, 'poster-pending');
    }
    expect(problems).toEqual([]);
    await page.context().close();
  }

  // The network drops before the first tap: the viewer's code cannot load; the owner is told so,
  // and once the network is back the next tap opens it.
  {
    const { page } = await phone(owner, false);
    await page.goto(certificateUrl);
    await decoded(page, '.certificate__signature');
    await page.route('**/js/*.js', (route) => route.abort('internetdisconnected'));
    const signature = page.locator('.taro_page_stationed .certificate__signature img');
    await signature.click();
    await page.getByText('网络不通，暂时无法放大查看').waitFor();
    expect(await page.locator('.preview-image').count()).toBe(0);
    await page.unroute('**/js/*.js');
    await signature.click();
    await page.locator('.preview-image img').waitFor();
    await page.context().close();
  }

  // Staff: the signature in the queue; 核验通过 asks first; the counter follows.
  for (const largeText of [true, false]) {
    const suffix = largeText ? '-large-text' : '';
    const { page, problems } = await phone(staff, largeText);
    await page.goto(`${origin}/features/pledges/pages/review/index`);
    const card = current(page).locator('.pledge-card', { hasText: SHOP });
    await card.waitFor();
    await decoded(page, '.pledge-card__signature');
    const pending = current(page).getByLabel(/^待核验\d+$/);
    expect(await pending.textContent()).toContain('1');
    await card.locator('.pledge-card__signature').scrollIntoViewIfNeeded();
    await expectNoSidewaysScroll(page, `review${suffix}`);
    await shot(page, `review-card${suffix}`);
    await card.locator('.nut-button', { hasText: '核验通过' }).click();
    await page.locator('.nut-dialog', { hasText: SHOP }).getByText('确认核验通过').waitFor();
    await page.waitForTimeout(400);
    await expectNoSidewaysScroll(page, `review dialog${suffix}`);
    await shot(page, `review-dialog${suffix}`);
    if (largeText) {
      await page.locator('.nut-dialog-footer .nut-button', { hasText: '取消' }).click();
      await page.getByText('确认核验通过').waitFor({ state: 'hidden' });
    } else {
      await page.locator('.nut-dialog-footer .nut-button', { hasText: '确认通过' }).click();
      await card.waitFor({ state: 'detached' });
      await current(page).getByLabel('待核验0').waitFor();
      await shot(page, 'review-done');
    }
    expect(problems).toEqual([]);
    await page.context().close();
  }

  // A visitor (no session): the verified certificate and its signature, without a token.
  for (const largeText of [false, true]) {
    const suffix = largeText ? '-large-text' : '';
    const { page, problems } = await phone(undefined, largeText);
    const imageRequests: Record<string, string | undefined>[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/signature')) imageRequests.push(request.headers());
    });
    await page.goto(certificateUrl);
    await current(page).getByText('已核验').first().waitFor();
    await decoded(page, '.certificate__signature');
    expect(imageRequests.every((headers) => !headers.authorization)).toBe(true);
    await shot(page, `certificate-approved-top${suffix}`);
    await page.locator('.taro_page_stationed .certificate__signature').scrollIntoViewIfNeeded();
    await expectNoSidewaysScroll(page, `certificate approved${suffix}`);
    await shot(page, `certificate-approved${suffix}`);
    await current(page).getByText('查看完整指纹').click();
    await page.locator('.taro_page_stationed .fingerprint').scrollIntoViewIfNeeded();
    await expectNoSidewaysScroll(page, `certificate fingerprint${suffix}`);
    await shot(page, `certificate-approved-fingerprint${suffix}`);
    expect(problems).toEqual([]);
    await page.context().close();
  }
}, 180_000);
