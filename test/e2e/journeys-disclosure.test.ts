/**
 * Issue 15's flow on a 390×844 phone against the real server: complaints about a shop were settled
 * and terminated; staff A opens a batch of today from the form (presets shown), looks at a row's
 * 排除 dialog and tells the business; the shop objects to the terminated row with a statement from
 * its own page; A upholds it and submits, and is told a colleague must publish; staff B publishes
 * and gets the exports; an anonymous visitor opens 投诉公示 from 首页 and sees the chart and the
 * shop's row with its statement, and nothing personal. The staff pages again in 大字模式.
 * Screenshots go to test-results/e2e (and SHOTS_COPY when set).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Session } from '@api/auth';
import { signInNewStaff } from '../support/staff';
import { OUTPUT_DIR, openPhone, PHONE_390, screenshot } from './support/browser';
import { handledComplaints, setDisclosureRules } from './support/disclosure-seed';
import { e2eFixture } from './support/fixture';
import { button, confirm, current, expectNoSidewaysScroll, field } from './support/journey';
import { approveShop, creditCode, devSession, registerShop } from './support/journey-seed';
import { overflowingChips, signedInStaff } from './support/staff-phone';

const e2e = e2eFixture();
const SHOP = '公示丙百货店';
const TITLE = '本周投诉信息公示';
const OBJECTION = '双方已于调解终止后自行和解，门店已全额退款，请更正处理结果。';
/** What the complainants typed (journey-seed's fileComplaint): never on a public page. */
const PERSONAL = ['张三', '13812345678', '幸福小区', '电饭煲', '299'];

async function shot(page: Page, name: string) {
  const file = await screenshot(page, `journeys-disclosure-${name}`);
  const copy = process.env.SHOTS_COPY;
  if (copy) {
    fs.mkdirSync(copy, { recursive: true });
    fs.copyFileSync(file, path.join(copy, `${name}.png`));
  }
}

/** Nothing wider than the screen and no chip text past its chip or card. */
async function fits(page: Page, where: string) {
  await expectNoSidewaysScroll(page, where);
  expect(await overflowingChips(page, '.filter-chips__chip, .nut-tag, .nut-radio-button')).toEqual(
    [],
  );
}

const pages: Page[] = [];
afterEach(() =>
  pages.at(-1)?.screenshot({ path: `${OUTPUT_DIR}/journeys-disclosure-last-step.png` }),
);

/** The shop owner's phone, signed in as the app keeps a session. */
async function ownerPhone(browser: Browser, owner: Session) {
  const page = await openPhone(browser, PHONE_390);
  await page.addInitScript((session) => {
    localStorage.setItem('fx.session', JSON.stringify({ data: JSON.stringify(session) }));
  }, owner);
  pages.push(page);
  return page;
}

/** Nothing personal in what the page shows. */
async function nothingPersonal(page: Page, where: string) {
  const text = await current(page).innerText();
  expect({ where, personal: PERSONAL.filter((word) => text.includes(word)) }).toEqual({
    where,
    personal: [],
  });
}

/** Today from NutUI's date picker (it opens on today when the field is empty). */
async function pickToday(page: Page, label: string) {
  await current(page)
    .locator('.form-field', { hasText: label })
    .locator('.nut-button', { hasText: '选择日期' })
    .click();
  await page.locator('.nut-picker-confirm-btn:visible').click();
}

test('a batch from ended complaints: the shop objects, staff uphold, a colleague publishes, the public sees it', async () => {
  const { origin, dataDir } = e2e.server;
  const maker = await signInNewStaff(origin, dataDir, 'dis-maker');
  await signInNewStaff(origin, dataDir, 'dis-approver');
  await setDisclosureRules(origin, maker, { publishDelayDays: 0, minComplaintsPerBusiness: 1 });
  const owner = await devSession(origin, 'dis-owner');
  const membership = await registerShop(origin, owner, {
    creditCode: creditCode('MA2DK7C01'),
    name: SHOP,
  });
  await approveShop(origin, maker, SHOP);
  await handledComplaints(
    origin,
    maker,
    { merchantId: membership.merchantId, name: SHOP, address: '城关镇人民路18号' },
    ['settled', 'terminated'],
  );

  // Staff A: an empty list, the form with a preset.
  const a = await signedInStaff(e2e.browser, origin, 'dis-maker', false);
  pages.push(a);
  await a.goto(`${origin}/features/disclosure/pages/manage/index`);
  await current(a).getByText('还没有公示批次').waitFor();
  await button(a, '新建公示批次').click();
  await button(a, '上季度').click();
  expect(await field(a, '如：').inputValue()).toMatch(/^\d{4}年第.季度投诉信息公示$/);
  await fits(a, 'manage form');
  await shot(a, 'manage-form');
  await button(a, '放弃').click();

  // A batch of today, by hand.
  await button(a, '新建公示批次').click();
  await field(a, '如：').fill(TITLE);
  await current(a).locator('.nut-radio', { hasText: '专题公示' }).click();
  await pickToday(a, '开始日期');
  await pickToday(a, '结束日期');
  await button(a, '生成公示批次').click();
  await current(a).getByText('候选条目').waitFor();
  await current(a).getByText(TITLE).waitFor();
  await current(a).getByText('公示中 2').waitFor();
  await fits(a, 'review draft');
  await shot(a, 'review-draft');

  await current(a).locator('.batch-row').first().scrollIntoViewIfNeeded();
  await current(a)
    .locator('.batch-row')
    .first()
    .locator('.nut-button', { hasText: '排除' })
    .click();
  await a.locator('.nut-dialog:visible').getByText('重复投诉').click();
  await a.locator('.nut-dialog:visible').getByText('涉及国家秘密、商业秘密或个人隐私').click();
  await fits(a, 'exclusion dialog');
  await shot(a, 'exclusion-dialog');
  await a.locator('.nut-dialog-footer .nut-button:visible', { hasText: '取消' }).click();

  // Tell the business; from its own page it objects to the terminated row, with its statement.
  await button(a, '通知经营者').click();
  await confirm(a, '确认通知');
  await current(a).getByText('异议期', { exact: true }).waitFor();
  const m = await ownerPhone(e2e.browser, owner);
  await m.goto(`${origin}/pages/me/index`);
  await m.locator('.me .nut-cell', { hasText: '投诉公示异议' }).click();
  const terminated = current(m).locator('.mine-row', { hasText: '终止调解' });
  await terminated.waitFor();
  await terminated.locator('.nut-radio', { hasText: '异议' }).click();
  await terminated.locator('.response-form textarea').fill(OBJECTION);
  await terminated.locator('.nut-button', { hasText: '提交异议' }).click();
  await terminated.getByText('待处理', { exact: true }).waitFor();
  await fits(m, 'merchant objection');
  await shot(m, 'merchant-objection');

  await a.reload();
  await current(a).getByText(OBJECTION).waitFor();
  await current(a).getByText(OBJECTION).scrollIntoViewIfNeeded();
  await shot(a, 'review-notice');
  await current(a)
    .locator('.batch-response .nut-button', { hasText: /^采纳$/ })
    .click();
  await a.locator('.nut-dialog:visible').getByText('公布说明').click();
  await shot(a, 'uphold-dialog');
  await confirm(a, '确认采纳');
  await current(a).getByText('没有待处理的异议或说明').waitFor();

  await button(a, '提交审批').click();
  await current(a).getByText('待审批', { exact: true }).waitFor();
  await current(a).getByText('这批由您新建或提交，需由其他工作人员审批发布').waitFor();
  await a.evaluate(() => window.scrollTo(0, 0));
  await shot(a, 'review-submitted-own');
  const id = new URL(a.url()).searchParams.get('id')!;

  // Staff B publishes.
  const b = await signedInStaff(e2e.browser, origin, 'dis-approver', false);
  pages.push(b);
  await b.goto(`${origin}/features/disclosure/pages/review/index?id=${id}`);
  await button(b, '发布').click();
  await confirm(b, '确认发布');
  await current(b).getByText('已公示', { exact: true }).waitFor();
  await button(b, '导出CSV').waitFor();
  await button(b, '更正（生成新版本）').waitFor();
  await fits(b, 'review published');
  await shot(b, 'review-published');
  await current(b).getByLabel('操作记录').scrollIntoViewIfNeeded();
  await current(b).getByLabel('操作记录').getByText('dis-approver 审批发布').waitFor();
  await shot(b, 'review-history');

  // Anyone: 首页 → 投诉公示 → the batch's chart and ranking → the shop's rows with its statement.
  const visitor = await openPhone(e2e.browser, PHONE_390);
  pages.push(visitor);
  await visitor.goto(`${origin}/`);
  await current(visitor).getByText('投诉公示', { exact: true }).click();
  await current(visitor).getByRole('button', { name: TITLE }).click();
  await current(visitor).getByLabel('分行业').waitFor();
  const ranking = current(visitor).getByLabel('经营者投诉排名');
  await ranking.getByText(SHOP).waitFor();
  await nothingPersonal(visitor, 'public batch');
  await fits(visitor, 'public batch');
  await shot(visitor, 'public-batch');
  await ranking.getByText(SHOP).click();
  await current(visitor).getByText(`经营者说明：${OBJECTION}`).waitFor();
  await nothingPersonal(visitor, 'public business');
  await fits(visitor, 'public business');
  await shot(visitor, 'public-business');

  // 大字模式: the list and the review.
  const large = await signedInStaff(e2e.browser, origin, 'dis-approver', true);
  pages.push(large);
  await large.goto(`${origin}/features/disclosure/pages/manage/index`);
  await current(large).getByText(TITLE).waitFor();
  await fits(large, 'manage large');
  await shot(large, 'manage-large');
  await button(large, '新建公示批次').click();
  await button(large, '3·15专题').click();
  await fits(large, 'manage form large');
  await shot(large, 'manage-form-large');
  await button(large, '放弃').click();
  await large.goto(`${origin}/features/disclosure/pages/review/index?id=${id}`);
  await current(large).getByText('已公示', { exact: true }).waitFor();
  await fits(large, 'review large');
  await shot(large, 'review-large');
  await current(large).locator('.batch-row').first().scrollIntoViewIfNeeded();
  await shot(large, 'review-rows-large');
}, 240_000);
