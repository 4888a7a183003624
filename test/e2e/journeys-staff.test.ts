/**
 * Issue 13, the staff member's journey on a 390×844 phone, through the UI only: the first sign-in
 * with a one-time password and the forced change, 商家核验, 承诺核验, the complaint queue and one
 * complaint handled, and the quiz bank. What they work on was filed beforehand through the API.
 * After every page: no sideways scroll, no console error, no failed request.
 */
import type { Region } from '@api/region';
import { getJson } from '../support/real-server';
import { createStaff, NEW_STAFF_PASSWORD, signInNewStaff } from '../support/staff';
import { e2eFixture } from './support/fixture';
import {
  backToTab,
  button,
  confirm,
  current,
  field,
  startJourney,
  tapCell,
  type Journey,
} from './support/journey';
import {
  approveShop,
  creditCode,
  devSession,
  fileComplaint,
  registerShop,
  signReturnPledge,
} from './support/journey-seed';

const e2e = e2eFixture();

const NEW_SHOP = '福鑫五金店';
const PLEDGED_SHOP = '福鑫水果店';

/** What is waiting for staff: a registration, a signed pledge, a complaint. */
async function seed(origin: string) {
  const newcomer = await devSession(origin, 'journey-staff-newcomer');
  await registerShop(origin, newcomer, { creditCode: creditCode('MA2YUN0Q2'), name: NEW_SHOP });
  const owner = await devSession(origin, 'journey-staff-owner');
  const membership = await registerShop(origin, owner, {
    creditCode: creditCode('MA2YUN0Q3'),
    name: PLEDGED_SHOP,
  });
  const colleague = await signInNewStaff(origin, e2e.server.dataDir, 'journey-colleague');
  await approveShop(origin, colleague, PLEDGED_SHOP);
  await signReturnPledge(origin, owner, membership.merchantId);
  const consumer = await devSession(origin, 'journey-staff-consumer');
  return fileComplaint(origin, consumer, {
    merchantId: membership.merchantId,
    name: PLEDGED_SHOP,
    address: '城关镇人民路18号',
  });
}

const backToMe = async (journey: Journey) => {
  const { page } = journey;
  await backToTab(page, '我的');
  await page.locator('.me').getByText('工作人员').first().waitFor();
};

test('a staff member signs in with a one-time password, changes it, approves a shop and a pledge, handles a complaint and opens the quiz bank', async () => {
  const origin = e2e.server.origin;
  const region = (await getJson<Region>(`${origin}/api/v1/region`)).body;
  const complaint = await seed(origin);
  const oneTime = createStaff(e2e.server.dataDir, 'journey-staff');
  const journey = await startJourney(e2e.browser, 'staff');
  const { page, visit } = journey;

  await page.goto(`${origin}/`);
  await visit('home', () => page.getByText(region.theme.title, { exact: true }).waitFor());
  await page.locator('.weui-tabbar__item', { hasText: '我的' }).click();
  await visit('me', () => page.locator('.me').getByText('工作人员登录').waitFor());
  await tapCell(page, '工作人员登录');
  await visit('staff-login', () => field(page, '用户名').waitFor());
  await field(page, '用户名').fill('journey-staff');
  await field(page, '密码').fill(oneTime);
  await button(page, '登录').click();
  // The first sign-in goes straight to changing the one-time password.
  await visit('change-password', () =>
    page.getByText('首次登录须修改一次性密码，修改后才能办理业务').waitFor(),
  );
  await field(page, '当前密码').fill(oneTime);
  await field(page, '至少10位新密码').fill(NEW_STAFF_PASSWORD);
  await field(page, '再次输入新密码').fill(NEW_STAFF_PASSWORD);
  await button(page, '确认修改').click();
  await visit('me-staff', () => page.locator('.me').getByText('工作人员').first().waitFor());

  // 商家核验: the new shop's registration, approved.
  await tapCell(page, '商家核验');
  const request = page.locator('.taro_page_stationed .verify__card', { hasText: NEW_SHOP });
  await visit('verify', () => request.waitFor());
  await request.locator('.nut-button', { hasText: '通过' }).click();
  await confirm(page, '确认通过');
  await visit('verify-done', () => request.waitFor({ state: 'detached' }));
  await backToMe(journey);

  // 承诺核验: the signed pledge, verified (with its confirmation where the page asks for one).
  await tapCell(page, '承诺核验');
  const pledge = page.locator('.taro_page_stationed .pledge-card', { hasText: PLEDGED_SHOP });
  await visit('pledge-review', () => pledge.waitFor());
  await pledge.locator('.nut-button', { hasText: '核验通过' }).click();
  const dialog = page.locator('.nut-dialog-footer:visible');
  if (
    await dialog.waitFor({ timeout: 1500 }).then(
      () => true,
      () => false,
    )
  ) {
    await dialog.locator('.nut-button').last().click();
  }
  await visit('pledge-review-done', () => pledge.waitFor({ state: 'detached' }));
  await backToMe(journey);

  // 投诉处理: the queue, the complaint, 受理, both sides' consent, 开始调解.
  await tapCell(page, '投诉处理');
  await visit('complaint-queue', () => current(page).getByText(complaint.trackingNo).waitFor());
  await current(page).getByText(complaint.trackingNo).click();
  const detail = page.locator('.taro_page_stationed .complaint-detail');
  await visit('complaint-detail', () => button(page, '受理').waitFor());
  await button(page, '受理').click();
  await confirm(page, '确认受理');
  await visit('complaint-accepted', () => detail.getByText('已受理').first().waitFor());
  for (const side of ['投诉人', '被投诉人']) {
    const consent = page.locator(`.mediation-consent__side[aria-label="${side}"]`);
    await consent.locator('.nut-radio', { hasText: '电话' }).click();
    await button(page, `记录${side}同意`).click();
    await consent.getByText(/^同意调解（电话/).waitFor();
  }
  await visit('complaint-consents');
  await button(page, '开始调解').click();
  await page.locator('.nut-radio', { hasText: '电话调解' }).click();
  await confirm(page, '确认开始调解');
  await visit('complaint-mediating', () => button(page, '调解成功').waitFor());
  await backToMe(journey);

  // 题库管理: the bank, one question opened.
  await tapCell(page, '题库管理');
  const card = page.locator('.taro_page_stationed .staff-question').first();
  await visit('quiz-bank', () => card.waitFor());
  await card.click();
  await visit('quiz-question', () => button(page, '保存修改').waitFor());
  await journey.finish();
}, 110_000);
