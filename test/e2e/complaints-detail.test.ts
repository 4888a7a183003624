import type { Session } from '@api/auth';
import type { MerchantPage } from '@api/merchants';
import { apiCall } from '../support/api-client';
import { getJson } from '../support/real-server';
import { signInNewStaff } from '../support/staff';
import { e2eFixture } from './support/fixture';
import { button, expectNoSidewaysScroll } from './support/journey';
import { devSession, fileComplaint } from './support/journey-seed';
import { overflowingChips, signedInStaff, STAFF_SHOTS } from './support/staff-phone';

const e2e = e2eFixture();

const CHIPS = '.nut-radio-button, .nut-tag, .deadline-mark';

test('staff complaint detail: in 大字模式 every chip and tag holds its text (consent 线上 included)', async () => {
  const origin = e2e.server.origin;
  const staff: Session = await signInNewStaff(origin, e2e.server.dataDir, 'detail-staff');
  const consumer = await devSession(origin, 'detail-consumer');
  const shop = (await getJson<MerchantPage>(`${origin}/api/v1/merchants?limit=1`)).body.items[0];
  const filed = await fileComplaint(origin, consumer, {
    merchantId: shop.id,
    name: shop.name,
    address: shop.address,
  });
  // Accepted: both sides' consent to mediation is open; staff record it with a method chip.
  await apiCall(
    origin,
    'POST',
    `/complaints/${filed.id}/transitions`,
    { action: 'accept' },
    staff.token,
  );

  for (const mode of ['normal', 'large'] as const) {
    const page = await signedInStaff(e2e.browser, origin, 'detail-staff', mode === 'large');
    await page.goto(`${origin}/features/complaints/pages/detail/index?id=${filed.id}`);
    const consent = page.locator('.mediation-consent');
    await consent.locator('.nut-radio-button', { hasText: '线上' }).first().waitFor();
    await page.waitForTimeout(400); // the page's slide-in
    await expectNoSidewaysScroll(page, mode);
    expect({ mode, overflowing: await overflowingChips(page, CHIPS) }).toEqual({
      mode,
      overflowing: [],
    });
    await page.screenshot({ path: `${STAFF_SHOTS}/complaint-detail-${mode}.png` });
    // The submission time stays whole (大字模式 broke it as "2026-/12-06").
    const brokenPieces = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.taro_page_stationed .complaint-detail__whole'))
        .filter((piece) => {
          const range = document.createRange();
          range.selectNodeContents(piece);
          return new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top))).size > 1;
        })
        .map((piece) => piece.textContent),
    );
    expect(brokenPieces).toEqual([]);
    await consent.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${STAFF_SHOTS}/complaint-detail-consent-${mode}.png` });
    await page.context().close();
  }

  // Both sides agree: 开始调解 asks how, with chips that stay inside the dialog in 大字模式.
  for (const side of ['complainant', 'merchant'] as const) {
    const consent = { side, decision: 'agree', method: 'phone' };
    await apiCall(
      origin,
      'POST',
      `/complaints/${filed.id}/mediation-consent`,
      consent,
      staff.token,
    );
  }
  const page = await signedInStaff(e2e.browser, origin, 'detail-staff', true);
  await page.goto(`${origin}/features/complaints/pages/detail/index?id=${filed.id}`);
  await button(page, '开始调解').click();
  await page.locator('.nut-dialog .nut-radio-button', { hasText: '在线调解' }).waitFor();
  await page.waitForTimeout(400); // the dialog's fade-in
  expect(await overflowingChips(page, CHIPS)).toEqual([]);
  await page.screenshot({ path: `${STAFF_SHOTS}/complaint-detail-mediate-large.png` });
  await page.context().close();
}, 90_000);
