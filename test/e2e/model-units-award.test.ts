/**
 * Issue 13, the merchant side on a 390×844 phone, normal and 大字模式: staff's 商家核验 names the
 * place a credit code was issued (福建省福州市, never a bare 350100), and once a 示范单位
 * application is approved the shop's 我的商家 shows the award instead of offering 申请 again.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import type { Session } from '@api/auth';
import type { MembershipList } from '@api/merchants';
import type { ModelUnitApplication } from '@api/model-units';
import type { Region } from '@api/region';
import { apiCall } from '../support/api-client';
import { getJson } from '../support/real-server';
import { signInNewStaff } from '../support/staff';
import { openPhone, PHONE_390, shotsDir } from './support/browser';
import { e2eFixture } from './support/fixture';
import { button, expectNoSidewaysScroll } from './support/journey';
import { approveShop, creditCode, registerShop } from './support/journey-seed';
import { signedInStaff } from './support/staff-phone';

const e2e = e2eFixture();
const SHOTS = shotsDir('merchant');
const SHOP = '榕城示范茶行';

async function shot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

/** The session the browser's 体验登录 stored (Taro keeps it in localStorage, maybe wrapped). */
const storedSession = (page: Page) =>
  page.evaluate(() => {
    let value: unknown = JSON.parse(localStorage.getItem('fx.session') ?? 'null');
    if (value && typeof value === 'object' && 'data' in value) value = value.data;
    return (typeof value === 'string' ? JSON.parse(value) : value) as Session;
  });

test('商家核验 says where the code was issued; after approval 我的商家 shows the award, not 申请', async () => {
  const origin = e2e.server.origin;
  const region = (await getJson<Region>(`${origin}/api/v1/region`)).body;
  const staff = await signInNewStaff(origin, e2e.server.dataDir, 'award-staff');

  const owner = await openPhone(e2e.browser, PHONE_390);
  await owner.goto(`${origin}/pages/me/index`);
  await button(owner, '体验登录').click();
  await owner.locator('.me').getByText('消费者').waitFor();
  const session = await storedSession(owner);
  // 92 350100 …: registered in 福州市.
  await registerShop(origin, session, { creditCode: creditCode('MA2AWARD1'), name: SHOP });

  for (const largeText of [false, true]) {
    const page = await signedInStaff(e2e.browser, origin, 'award-staff', largeText);
    await page.goto(`${origin}/features/merchants/pages/verify/index`);
    const card = page.locator('.verify__card', { hasText: SHOP });
    await card.getByText('登记地：福建省福州市').waitFor();
    expect(await card.textContent()).not.toMatch(/行政区划 ?350100/);
    await expectNoSidewaysScroll(page, `verify ${largeText ? 'large' : 'normal'}`);
    await shot(page, `verify${largeText ? '-large-text' : ''}`);
    await page.context().close();
  }

  await approveShop(origin, staff, SHOP);
  const mine = await apiCall<MembershipList>(
    origin,
    'GET',
    '/merchants/memberships/mine',
    undefined,
    session.token,
  );
  const applied = await apiCall<ModelUnitApplication>(
    origin,
    'POST',
    '/model-units/applications',
    {
      merchantId: mine.items[0].merchantId,
      category: region.modelUnit.categories[0].name,
      checklist: region.modelUnit.checklist.map((item) => ({ item, checked: true })),
      photos: [],
    },
    session.token,
  );
  const inAYear = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
  const approved = await apiCall<ModelUnitApplication>(
    origin,
    'POST',
    `/model-units/applications/${applied.id}/review`,
    { decision: 'approve', level: '县级', validUntil: inAYear },
    staff.token,
  );
  // One year for the form and the title: the county's campaign year.
  expect(approved.badge?.year).toBe(region.theme.year);

  for (const largeText of [false, true]) {
    if (largeText) {
      await owner.goto(`${origin}/pages/me/index`);
      await owner.locator('.me .lite-switch').click();
      await owner.locator('.me.large-text').waitFor();
    }
    await owner.goto(`${origin}/features/merchants/pages/mine/index`);
    const award = owner.locator('[aria-label="示范单位称号"]:visible');
    await award.getByText(`${region.theme.year}年度县级放心消费示范单位`).waitFor();
    await award.getByText(`证书编号 ${approved.badge!.certificateNo}`).waitFor();
    expect(await owner.locator('.nut-button:visible', { hasText: /申请.*示范单位/ }).count()).toBe(
      0,
    );
    await expectNoSidewaysScroll(owner, `my shops ${largeText ? 'large' : 'normal'}`);
    await shot(owner, `my-shops-awarded${largeText ? '-large-text' : ''}`);
  }
  await owner.context().close();
}, 90_000);
