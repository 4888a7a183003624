/**
 * Issue 16's flow on a 390×844 phone against the real server: staff publish a campaign running
 * today; an anonymous visitor (never signed in) sees it on 首页, taps its 我要举报, reports a
 * registered shop with a photo and gets a number and a one-time code; staff find the report in
 * 举报处理, look at who reported it (匿名: nothing kept) and open a case (立案); the visitor checks
 * progress with the number and the code and sees 已立案 — and a wrong code gets the same answer as
 * an unknown number. The visitor's pages and the staff pages also in 大字模式, nothing wider than
 * the screen. Screenshots go to test-results/e2e (and SHOTS_COPY when set).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { CampaignCreated } from '@api/campaigns';
import type { ReportProgress } from '@api/reports';
import { apiCall } from '../support/api-client';
import { signInNewStaff } from '../support/staff';
import { OUTPUT_DIR, openPhone, PHONE_390, screenshot } from './support/browser';
import { e2eFixture } from './support/fixture';
import { button, choosePhoto, current, expectNoSidewaysScroll, watch } from './support/journey';
import { approveShop, creditCode, devSession, registerShop } from './support/journey-seed';
import { signedInStaff } from './support/staff-phone';

const e2e = e2eFixture();
const SHOP = '举报甲副食店';
const CAMPAIGN = '食品安全守底线专项行动';
const SEEN = '货架上的散装熟食没有标签，冷柜温度显示12度，店员说是隔夜的。';

async function shot(page: Page, name: string) {
  const file = await screenshot(page, `journeys-reports-${name}`);
  const copy = process.env.SHOTS_COPY;
  if (copy) {
    fs.mkdirSync(copy, { recursive: true });
    fs.copyFileSync(file, path.join(copy, `${name}.png`));
  }
}

const pages: Page[] = [];
afterEach(() => pages.at(-1)?.screenshot({ path: `${OUTPUT_DIR}/journeys-reports-last-step.png` }));

const shanghaiDay = (offsetDays = 0) =>
  new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** A phone in 大字模式 from the first paint (the app reads the preference at start). */
async function phone(largeText: boolean) {
  const page = await openPhone(e2e.browser, PHONE_390);
  if (largeText) {
    await page.addInitScript(() =>
      localStorage.setItem(
        'fx.prefs',
        JSON.stringify({ data: JSON.stringify({ largeText: true }) }),
      ),
    );
  }
  pages.push(page);
  return page;
}

it('an anonymous visitor reports a shop from 首页, staff open a case, the code shows 已立案', async () => {
  const { origin } = e2e.server;
  const staff = await signInNewStaff(origin, e2e.server.dataDir, 'report-staff');
  const owner = await devSession(origin, 'report-shop-owner');
  await registerShop(origin, owner, { creditCode: creditCode('MA2RPT001'), name: SHOP });
  await approveShop(origin, staff, SHOP);
  const { id: campaignId } = await apiCall<CampaignCreated>(
    origin,
    'POST',
    '/campaigns',
    {
      name: CAMPAIGN,
      periodFrom: shanghaiDay(-1),
      // Ends first, so 首页 (active campaigns by end date, three shown) lists it whatever the day.
      periodTo: shanghaiDay(1),
      leadUnit: '县市场监管局食品安全监管股',
      targets: '农贸市场和小餐饮：过期变质食品、“三无”食品、后厨卫生。',
      reportable: ['过期变质食品', '“三无”食品'],
      legalBasis: [{ law: '《中华人民共和国食品安全法》', article: '第三十四条' }],
      advisoryIds: [],
    },
    staff.token,
  );
  await apiCall(
    origin,
    'POST',
    `/campaigns/${campaignId}/transitions`,
    { action: 'publish' },
    staff.token,
  );

  // The visitor: 首页 → the campaign's 我要举报 → the form, never signed in.
  const visitor = await phone(false);
  const { problems } = watch(visitor);
  await visitor.goto(origin);
  const card = current(visitor).locator('.home-campaigns').getByText(CAMPAIGN).first();
  await card.waitFor();
  await card.scrollIntoViewIfNeeded();
  await shot(visitor, 'home-campaign');
  await current(visitor).getByLabel(`举报：${CAMPAIGN}`).click();
  await current(visitor).getByText('1 举报对象').waitFor();
  expect(await current(visitor).getByText(CAMPAIGN).first().isVisible()).toBe(true);

  await current(visitor).locator('input[name="businessQuery"]').fill(SHOP.slice(0, 4));
  await current(visitor)
    .locator('.new-report__results .nut-cell', { hasText: SHOP })
    .first()
    .click();
  await current(visitor).getByText('过期变质食品', { exact: true }).first().click();
  await current(visitor).locator('textarea').fill(SEEN);
  await current(visitor).getByLabel('发现日期').click();
  await visitor.getByText('确认').click();
  await current(visitor).locator('input[name="place"]').fill('城关镇人民路18号店内');
  await choosePhoto(visitor, () => current(visitor).getByText('添加照片').click());
  await current(visitor).getByLabel('照片1', { exact: true }).waitFor();
  await current(visitor).getByText('匿名举报').first().click();
  await expectNoSidewaysScroll(visitor, 'the report form');
  await shot(visitor, 'form');
  await button(visitor, '提交举报').click();

  await current(visitor).getByText('查询码只显示这一次，请截图或抄下').waitFor();
  const reportNo = (await current(visitor).locator('.new-report__code').first().textContent())!;
  const code = (await current(visitor).locator('.new-report__code.is-big').textContent())!;
  expect(reportNo).toMatch(/^JB\d{8}-\d{4}$/);
  expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
  await shot(visitor, 'result');

  // Staff: 举报处理 → the report → who reported it (匿名) → 立案.
  const desk = await signedInStaff(e2e.browser, origin, 'report-staff', false);
  pages.push(desk);
  await desk.goto(`${origin}/features/reports/pages/queue/index`);
  const row = current(desk).getByText(reportNo).first();
  await row.waitFor();
  await expectNoSidewaysScroll(desk, '举报处理');
  await shot(desk, 'staff-queue');
  await row.click();
  await current(desk).getByText(SEEN).waitFor();
  await current(desk).getByText('匿名举报，未留存举报人信息。').waitFor();
  // The photo the visitor sent, which only staff may read.
  await current(desk).locator('.private-image img, img').first().waitFor();
  await button(desk, '立案').click();
  await button(desk, '确认立案').click();
  await current(desk).locator('.report-state').getByText('已立案').waitFor();
  await expectNoSidewaysScroll(desk, '办理举报');
  await shot(desk, 'staff-handle');

  // The visitor checks progress with the number (prefilled) and the code, in lower case.
  await button(visitor, '查询进度').click();
  const codeInput = current(visitor).locator('input[name="code"]');
  await codeInput.waitFor();
  expect(visitor.url()).not.toContain(code.replace('-', ''));
  await codeInput.fill(code.toLowerCase());
  await button(visitor, '查询').click();
  await current(visitor).locator('.report-timeline').waitFor();
  expect(await current(visitor).getByText('已立案').first().isVisible()).toBe(true);
  expect(await current(visitor).getByText(SHOP).first().isVisible()).toBe(true);
  await expectNoSidewaysScroll(visitor, '举报进度查询');
  await shot(visitor, 'progress');
  expect(problems).toEqual([]);

  // A wrong code and an unknown number: the same answer, nothing told about which was wrong.
  const ask = (body: object) =>
    fetch(`${origin}/api/v1/reports/progress`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then(async (r) => [r.status, await r.text()]);
  const wrongCode = await ask({ reportNo, code: 'AAAA-BBBB' });
  const unknownNo = await ask({ reportNo: 'JB20000101-0001', code });
  expect(wrongCode[0]).toBe(404);
  expect(wrongCode).toEqual(unknownNo);
  const right = await apiCall<ReportProgress>(origin, 'POST', '/reports/progress', {
    reportNo,
    code,
  });
  expect(right.status).toBe('case-opened');
});

it('the campaign, the form, the progress and the staff pages in 大字模式 fit the screen', async () => {
  const { origin } = e2e.server;
  const visitor = await phone(true);
  await visitor.goto(`${origin}/features/campaigns/pages/index/index`);
  await current(visitor).getByText(CAMPAIGN).first().click();
  await current(visitor).getByText('可举报事项').first().waitFor();
  await expectNoSidewaysScroll(visitor, '专项整治详情，大字模式');
  await shot(visitor, 'campaign-large-text');
  await button(visitor, '我要举报').click();
  await current(visitor).getByText('1 举报对象').waitFor();
  // 实名 asks to sign in first (the H5 preview login), then asks for name and phone.
  await current(visitor).getByText('实名举报').first().click();
  await visitor.getByText('登录', { exact: true }).click();
  await current(visitor).locator('input[name="name"]').waitFor();
  await current(visitor).getByText('3 举报人').scrollIntoViewIfNeeded();
  await expectNoSidewaysScroll(visitor, '我要举报，大字模式');
  await shot(visitor, 'form-large-text');

  const desk = await signedInStaff(e2e.browser, origin, 'report-staff', true);
  pages.push(desk);
  await desk.goto(`${origin}/features/reports/pages/queue/index`);
  await current(desk).locator('.staff-report-card').first().click();
  await current(desk).locator('.report-state').waitFor();
  await expectNoSidewaysScroll(desk, '办理举报，大字模式');
  await shot(desk, 'staff-handle-large-text');
});
