/**
 * Issue 15, the staff batch screens on a 390×844 phone against the real server: staff A opens a
 * batch of today from the form (presets shown), looks at a row's 排除 dialog, tells the business,
 * accepts its statement and submits; A is told a colleague must publish; staff B publishes and
 * gets the exports. The list and the review again in 大字模式. Screenshots go to
 * test-results/e2e (and SHOTS_COPY when set).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { DisclosureResponse, MyDisclosures } from '@api/disclosure';
import { apiCall } from '../support/api-client';
import { signInNewStaff } from '../support/staff';
import { OUTPUT_DIR, screenshot } from './support/browser';
import { handledComplaints, setDisclosureRules } from './support/disclosure-seed';
import { e2eFixture } from './support/fixture';
import { button, confirm, current, expectNoSidewaysScroll, field } from './support/journey';
import { approveShop, creditCode, devSession, registerShop } from './support/journey-seed';
import { overflowingChips, signedInStaff } from './support/staff-phone';

const e2e = e2eFixture();
const SHOP = '公示丙百货店';
const TITLE = '本周投诉信息公示';
const STATEMENT = '门店已按协议全额退款，并对店员加强了售后培训。';

async function shot(page: Page, name: string) {
  const file = await screenshot(page, `disclosure-staff-${name}`);
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
afterEach(() => pages.at(-1)?.screenshot({ path: `${OUTPUT_DIR}/disclosure-staff-last-step.png` }));

/** Today from NutUI's date picker (it opens on today when the field is empty). */
async function pickToday(page: Page, label: string) {
  await current(page)
    .locator('.form-field', { hasText: label })
    .locator('.nut-button', { hasText: '选择日期' })
    .click();
  await page.locator('.nut-picker-confirm-btn:visible').click();
}

test('staff A makes and submits a batch, staff B publishes it; both text sizes', async () => {
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

  // Tell the business; it adds a statement.
  await button(a, '通知经营者').click();
  await confirm(a, '确认通知');
  await current(a).getByText('异议期', { exact: true }).waitFor();
  const mine = await apiCall<MyDisclosures>(
    origin,
    'GET',
    '/disclosure/mine',
    undefined,
    owner.token,
  );
  await apiCall<DisclosureResponse>(
    origin,
    'POST',
    `/disclosure/rows/${mine.items[0].rows[0].id}/responses`,
    { kind: 'statement', text: STATEMENT },
    owner.token,
  );
  await a.reload();
  await current(a).getByText(STATEMENT).waitFor();
  await current(a).getByText(STATEMENT).scrollIntoViewIfNeeded();
  await shot(a, 'review-notice');
  await current(a)
    .locator('.batch-response .nut-button', { hasText: /^采纳$/ })
    .click();
  await a.locator('.nut-dialog:visible').getByText('公布说明').waitFor();
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
