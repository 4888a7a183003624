/**
 * Issue 15, the business's objection page, the follow-up pages, the duty view and 督办 on a
 * 390×844 phone against the real server: a shop is told of a batch and adds a statement from its
 * page; once the batch is published staff see the shop on the 预警名单, record a follow-up, mark an
 * open complaint 督办 and find it on the duty view. Both text sizes. Screenshots go to
 * test-results/e2e (and SHOTS_COPY when set).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Session } from '@api/auth';
import type { BatchCreated, ResponseList } from '@api/disclosure';
import { apiCall } from '../support/api-client';
import { signInNewStaff } from '../support/staff';
import { OUTPUT_DIR, openPhone, PHONE_390, screenshot } from './support/browser';
import { handledComplaints, setDisclosureRules } from './support/disclosure-seed';
import { e2eFixture } from './support/fixture';
import { button, confirm, current, expectNoSidewaysScroll, field } from './support/journey';
import {
  approveShop,
  creditCode,
  devSession,
  fileComplaint,
  registerShop,
} from './support/journey-seed';
import { overflowingChips, signedInStaff } from './support/staff-phone';

const e2e = e2eFixture();
const SHOP = '公示丁五金店';
const STATEMENT = '门店已按协议退款，并对售后流程进行了整改。';
const NOTES = '约谈店长，通报公示情况，要求一周内完善退换货登记。';
const NOTE = '投诉人年事已高，请优先调解';

async function shot(page: Page, name: string) {
  const file = await screenshot(page, `disclosure-follow-up-${name}`);
  const copy = process.env.SHOTS_COPY;
  if (copy) {
    fs.mkdirSync(copy, { recursive: true });
    fs.copyFileSync(file, path.join(copy, `${name}.png`));
  }
}

/** Nothing wider than the screen and no chip or tag text past its chip or card. */
async function fits(page: Page, where: string) {
  await expectNoSidewaysScroll(page, where);
  expect(await overflowingChips(page, '.nut-tag, .nut-radio-button, .filter-chips__chip')).toEqual(
    [],
  );
}

const pages: Page[] = [];
afterEach(() =>
  pages.at(-1)?.screenshot({ path: `${OUTPUT_DIR}/disclosure-follow-up-last-step.png` }),
);

/** A phone signed in as `session` (a merchant), in either text size. */
async function signedInPhone(browser: Browser, session: Session, largeText: boolean) {
  const page = await openPhone(browser, PHONE_390);
  await page.addInitScript(
    ({ session, largeText }) => {
      localStorage.setItem('fx.session', JSON.stringify({ data: JSON.stringify(session) }));
      localStorage.setItem('fx.prefs', JSON.stringify({ data: JSON.stringify({ largeText }) }));
    },
    { session, largeText },
  );
  pages.push(page);
  return page;
}

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

test('a shop answers a batch; staff follow it up, mark 督办 and watch the duty view', async () => {
  const { origin, dataDir } = e2e.server;
  const maker = await signInNewStaff(origin, dataDir, 'fu-maker');
  const approver = await signInNewStaff(origin, dataDir, 'fu-approver');
  await setDisclosureRules(origin, maker, {
    publishDelayDays: 0,
    minComplaintsPerBusiness: 1,
    businessComplaints: 2,
  });
  const owner = await devSession(origin, 'fu-owner');
  const membership = await registerShop(origin, owner, {
    creditCode: creditCode('MA2DFU002'),
    name: SHOP,
  });
  await approveShop(origin, maker, SHOP);
  const shop = { merchantId: membership.merchantId, name: SHOP, address: '城关镇人民路18号' };
  await handledComplaints(origin, maker, shop, ['settled', 'terminated']);
  const open = await fileComplaint(origin, await devSession(origin, 'fu-consumer-open'), shop);

  const batch = await apiCall<BatchCreated>(
    origin,
    'POST',
    '/disclosure/batches',
    { title: '本周投诉信息公示', kind: 'topic', periodFrom: today(), periodTo: today() },
    maker.token,
  );
  const transition = (who: Session, action: string) =>
    apiCall(origin, 'POST', `/disclosure/batches/${batch.id}/transitions`, { action }, who.token);
  await transition(maker, 'notify');

  // The shop: its rows, the deadline, a statement checked as typed and sent.
  const m = await signedInPhone(e2e.browser, owner, false);
  await m.goto(`${origin}/features/disclosure/pages/mine/index`);
  await current(m)
    .getByText(/请于.+前提出异议或补充说明/)
    .waitFor();
  await fits(m, 'mine');
  await shot(m, 'mine');
  await current(m).locator('.nut-radio', { hasText: '情况说明' }).first().click();
  await current(m).locator('.response-form textarea').first().fill('已退款');
  await current(m).getByText('内容至少10个字').waitFor();
  await current(m).locator('.response-form').first().scrollIntoViewIfNeeded();
  await shot(m, 'mine-typing');
  await current(m).locator('.response-form textarea').first().fill(STATEMENT);
  await button(m, '提交情况说明').first().click();
  await current(m).getByText('待处理', { exact: true }).waitFor();
  await current(m).getByText(STATEMENT).scrollIntoViewIfNeeded();
  await shot(m, 'mine-answered');

  const large = await signedInPhone(e2e.browser, owner, true);
  await large.goto(`${origin}/features/disclosure/pages/mine/index`);
  await current(large).getByText(STATEMENT).waitFor();
  await fits(large, 'mine large');
  await shot(large, 'mine-large');

  // Staff accept the statement; a colleague publishes: the shop is over the threshold.
  const responses = await apiCall<ResponseList>(
    origin,
    'GET',
    `/disclosure/batches/${batch.id}/responses`,
    undefined,
    maker.token,
  );
  await apiCall(
    origin,
    'POST',
    `/disclosure/responses/${responses.items[0].id}/decision`,
    { decision: 'upheld', remedy: 'publish-statement' },
    maker.token,
  );
  await transition(maker, 'submit');
  await transition(approver, 'publish');
  await large.reload();
  await current(large).getByText('已公示，不能再提出异议或补充说明。').waitFor();
  await shot(large, 'mine-published-large');

  // 预警名单 → 记录跟进 → 跟进记录.
  const s = await signedInStaff(e2e.browser, origin, 'fu-approver', false);
  pages.push(s);
  await s.goto(`${origin}/features/disclosure/pages/follow-ups/index`);
  await current(s).getByText(SHOP).waitFor();
  await fits(s, 'flags');
  await shot(s, 'flags');
  await button(s, '记录跟进').first().click();
  await current(s).locator('.follow-up__target-name', { hasText: SHOP }).waitFor();
  await current(s).locator('.nut-radio', { hasText: '约谈' }).click();
  await field(s, '张科长').fill('张科长、李干事');
  await field(s, '做了什么').fill(NOTES);
  await fits(s, 'follow-up form');
  await shot(s, 'follow-up-form');
  await button(s, '保存跟进记录').click();
  await current(s).getByText('预警名单').waitFor();
  await current(s).getByText('跟进记录', { exact: true }).click();
  await current(s).getByText(NOTES).waitFor();
  await fits(s, 'records');
  await shot(s, 'records');

  // 督办 on the open complaint, then the duty view.
  await s.goto(`${origin}/features/complaints/pages/detail/index?id=${open.id}`);
  await button(s, '督办').click();
  await s.locator('.reason-dialog textarea').fill(NOTE);
  await shot(s, 'supervision-dialog');
  await confirm(s, '确认督办');
  await current(s).getByText(`督办意见：${NOTE}`).waitFor();
  await fits(s, 'supervision');
  await shot(s, 'supervision');

  await s.goto(`${origin}/features/disclosure/pages/duty/index`);
  await current(s).getByText('督办中 1 件').waitFor();
  await fits(s, 'duty');
  await shot(s, 'duty');
  await current(s).getByText(NOTE, { exact: false }).scrollIntoViewIfNeeded();
  await shot(s, 'duty-supervised');

  // 大字模式: the duty view, the lists and the form.
  const big = await signedInStaff(e2e.browser, origin, 'fu-approver', true);
  pages.push(big);
  await big.goto(`${origin}/features/disclosure/pages/duty/index`);
  await current(big).getByText('督办中 1 件').waitFor();
  await fits(big, 'duty large');
  await shot(big, 'duty-large');
  await big.goto(`${origin}/features/disclosure/pages/follow-ups/index`);
  await current(big).getByText(SHOP).waitFor();
  await fits(big, 'flags large');
  await shot(big, 'flags-large');
  await button(big, '记录跟进').first().click();
  await current(big).locator('.follow-up__target-name', { hasText: SHOP }).waitFor();
  await fits(big, 'follow-up form large');
  await shot(big, 'follow-up-form-large');
  await big.goto(`${origin}/features/complaints/pages/detail/index?id=${open.id}`);
  await current(big).getByText(`督办意见：${NOTE}`).waitFor();
  await fits(big, 'supervision large');
  await shot(big, 'supervision-large');
}, 240_000);
