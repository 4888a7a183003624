import path from 'node:path';
import type { Page } from 'playwright-core';
import type { PrivacyConsentState } from '@api/privacy';
import type { Region } from '@api/region';
import { PRIVACY_VERSIONS } from '@/domain/privacy';
import { getJson } from '../support/real-server';
import { openPhone, PHONE_390, shotsDir } from './support/browser';
import { e2eFixture } from './support/fixture';
import { button, current, expectNoSidewaysScroll, tapCell } from './support/journey';

const e2e = e2eFixture();
const SHOTS = shotsDir('privacy');
const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SHOTS, `${name}.png`) });

/** The 隐私保护提示 card of the page on screen. */
const card = (page: Page) => current(page).locator('.privacy-prompt--ask');

test('a visitor is asked once on 我的, reads 关于 and 隐私政策, agrees, and it is recorded at sign-in', async () => {
  const region = (await getJson<Region>(`${e2e.server.origin}/api/v1/region`)).body;
  const page = await openPhone(e2e.browser, PHONE_390);
  await page.goto(`${e2e.server.origin}/pages/me/index`);
  await card(page).waitFor();
  await card(page).scrollIntoViewIfNeeded();
  await expectNoSidewaysScroll(page, '我的 with the card');
  await shot(page, 'me-privacy-card-normal');

  await tapCell(page, '关于');
  await current(page).getByText(`由${region.bureau}提供`).waitFor();
  await expectNoSidewaysScroll(page, '关于');
  await shot(page, 'about-normal');

  await tapCell(page, '隐私政策');
  await current(page).getByText(`“放心消费”由${region.bureau}提供`, { exact: false }).waitFor();
  await expectNoSidewaysScroll(page, '隐私政策');
  await shot(page, 'policy-normal');
  // Read to the end, then agree there.
  await card(page).scrollIntoViewIfNeeded();
  await shot(page, 'policy-end-card-normal');
  await card(page).locator('.lite-button', { hasText: '同意' }).click();
  await card(page).waitFor({ state: 'detached' });

  await page.goBack();
  await current(page)
    .getByText(`同意了隐私政策 ${PRIVACY_VERSIONS.privacy} 版`, { exact: false })
    .waitFor();
  await page.goBack();
  expect(await card(page).count()).toBe(0);

  // Signing in records the agreement made before, for the account.
  await button(page, '体验登录').click();
  // Signed in once the session is stored (a text on the page may say 消费者 before that).
  // Taro keeps the session in localStorage, wrapped as { data: '<json>' }.
  const stored = await page.waitForFunction(() => {
    let value: unknown = JSON.parse(localStorage.getItem('fx.session') ?? 'null');
    if (value && typeof value === 'object' && 'data' in value) value = value.data;
    const session = (typeof value === 'string' ? JSON.parse(value) : value) as {
      token?: string;
    } | null;
    return session?.token ? session : null;
  });
  const token = (await stored.jsonValue()) as { token: string };
  await current(page).getByText('消费者', { exact: true }).first().waitFor();
  let state: PrivacyConsentState | undefined;
  for (let i = 0; i < 20 && !state?.agreed; i++) {
    const res = await fetch(`${e2e.server.origin}/api/v1/privacy/consent`, {
      headers: { authorization: `Bearer ${token.token}` },
    });
    state = (await res.json()) as PrivacyConsentState;
    if (!state.agreed) await page.waitForTimeout(100);
  }
  expect(state).toMatchObject({
    upToDate: true,
    agreed: { privacyVersion: PRIVACY_VERSIONS.privacy },
  });
  await page.context().close();
});

test('in 大字模式 the card, 关于 and 隐私政策 still fit the screen', async () => {
  const page = await openPhone(e2e.browser, PHONE_390);
  await page.goto(`${e2e.server.origin}/pages/me/index`);
  await page.locator('.me .lite-switch').click();
  await page.locator('.me.large-text').waitFor();
  await card(page).scrollIntoViewIfNeeded();
  await expectNoSidewaysScroll(page, '我的 (大字)');
  await shot(page, 'me-privacy-card-large');

  await tapCell(page, '关于');
  await current(page).locator('.about.large-text').waitFor();
  await current(page).getByText('我的同意记录').waitFor();
  await expectNoSidewaysScroll(page, '关于 (大字)');
  await shot(page, 'about-large');

  await tapCell(page, '隐私政策');
  await current(page)
    .locator('.privacy-doc.large-text')
    .getByText('谁能看到', { exact: true })
    .waitFor();
  await expectNoSidewaysScroll(page, '隐私政策 (大字)');
  await shot(page, 'policy-large');
  await current(page).getByText('谁能看到', { exact: true }).scrollIntoViewIfNeeded();
  await shot(page, 'policy-who-sees-large');
  await page.context().close();
});
