import type { Page } from 'playwright-core';
import type { MerchantPage } from '@api/merchants';
import { getJson } from '../support/real-server';
import { PHONE_390, openPhone, screenshot } from './support/browser';
import { e2eFixture } from './support/fixture';
import { createStaff } from '../support/staff';
import { expectNoSidewaysScroll } from './support/journey';

const e2e = e2eFixture();

/** A button by its exact text: NutUI's, or LiteButton on the tab pages (the host takes the click). */
const button = (page: Page, text: string) =>
  page.locator('.nut-button:visible, .lite-button:visible', {
    hasText: new RegExp(`^\\s*${text}\\s*$`),
  });

/** A native text field by (part of) its placeholder (Taro wraps it in a custom element). */
const field = (page: Page, placeholder: string) =>
  page.locator(
    `input[placeholder*="${placeholder}"]:visible, textarea[placeholder*="${placeholder}"]:visible`,
  );

/** The open dialog's confirm button (NutUI Dialog footer). */
const confirm = (page: Page, text: string) =>
  page.locator('.nut-dialog-footer .nut-button', { hasText: text }).click();

/** The step the stepper highlights (NutUI marks it nut-step-process). */
const currentStep = (page: Page) =>
  page.locator('.new-complaint__steps .nut-step-process .nut-step-title').textContent();

/** A consumer on a 390×844 phone, signed in (H5 preview login), optionally in 大字模式. */
async function signedInConsumer(largeText: boolean) {
  const consumer = await openPhone(e2e.browser, PHONE_390);
  await consumer.goto(`${e2e.server.origin}/pages/me/index`);
  await button(consumer, '体验登录').click();
  await consumer.locator('.me').getByText('消费者').waitFor();
  if (largeText) {
    await consumer.locator('.me .lite-switch').click();
    await consumer.locator('.me.large-text').waitFor();
  }
  return consumer;
}

/**
 * Files a complaint in four steps, checking on every step and on the success page that the
 * current step is highlighted and the page does not scroll sideways. Returns the tracking number.
 */
async function fileComplaint(consumer: Page, merchant: { id: string; name: string }, mode: string) {
  await consumer.goto(
    `${e2e.server.origin}/features/complaints/pages/new/index?merchantId=${merchant.id}`,
  );
  await consumer.getByText(merchant.name).first().waitFor();
  expect(await currentStep(consumer)).toBe('商家');
  await expectNoSidewaysScroll(consumer, `${mode} step 1`);
  await button(consumer, '下一步').click();

  await consumer.locator('.nut-radio', { hasText: '商品质量' }).click();
  expect(await currentStep(consumer)).toBe('经过');
  await expectNoSidewaysScroll(consumer, `${mode} step 2`);
  await consumer.getByLabel('选择消费日期').click();
  // The open picker's 确定 (the 发现问题的日期 picker keeps its own, hidden).
  await consumer.getByText('确定', { exact: true }).filter({ visible: true }).click();
  await field(consumer, '如 199.00').fill('199');
  await field(consumer, '请如实描述').fill(
    '在该店购买的电热水壶使用三天后底座漏电，要求退货被店员拒绝，称已拆封不退。',
  );
  await button(consumer, '下一步').click();

  await consumer.locator('.nut-checkbox', { hasText: '退货' }).click();
  expect(await currentStep(consumer)).toBe('诉求与证据');
  await expectNoSidewaysScroll(consumer, `${mode} step 3`);
  await screenshot(consumer, `complaint-step3-${mode}`);
  await button(consumer, '下一步').click();

  await field(consumer, '您的真实姓名').fill('张三');
  await field(consumer, '11位手机号码').fill('13812345678');
  await field(consumer, '城关镇幸福小区').fill('城关镇幸福小区3栋2单元');
  await consumer.locator('.new-complaint__consent').click();
  expect(await currentStep(consumer)).toBe('联系方式');
  await consumer.locator('.new-complaint__consent').scrollIntoViewIfNeeded();
  await expectNoSidewaysScroll(consumer, `${mode} step 4`);
  await screenshot(consumer, `complaint-step4-${mode}`);
  await button(consumer, '提交投诉').click();
  await consumer.getByText('投诉已提交').waitFor();
  await expectNoSidewaysScroll(consumer, `${mode} success`);
  await screenshot(consumer, `complaint-success-${mode}`);
  const trackingNo = (await consumer.locator('body').textContent())?.match(/TS[0-9A-Z-]{10,}/)?.[0];
  expect(trackingNo).toBeDefined();
  return trackingNo!;
}

test('大字模式: the complaint flow fits a 390 px phone and highlights the current step', async () => {
  const merchant = (await getJson<MerchantPage>(`${e2e.server.origin}/api/v1/merchants?limit=1`))
    .body.items[0];
  const consumer = await signedInConsumer(true);
  await fileComplaint(consumer, merchant, 'large');
  await consumer.context().close();
}, 60_000);

test('a consumer files a complaint; staff accept, both sides consent, staff mediate and settle it; the consumer sees 调解成功, rates it and opens the 调解书', async () => {
  const origin = e2e.server.origin;
  const password = createStaff(e2e.server.dataDir, 'e2e-staff');
  const merchant = (await getJson<MerchantPage>(`${origin}/api/v1/merchants?limit=1`)).body
    .items[0];

  // The consumer signs in (H5 preview login) and files the complaint in four steps.
  const consumer = await signedInConsumer(false);
  const trackingNo = await fileComplaint(consumer, merchant, 'normal');
  await screenshot(consumer, 'complaint-filed');

  // Staff sign in, find it in the queue by its tracking number, and handle it.
  const staff = await openPhone(e2e.browser);
  await staff.goto(`${origin}/features/auth/pages/staff-login/index`);
  await field(staff, '用户名').fill('e2e-staff');
  await field(staff, '密码').fill(password);
  await button(staff, '登录').click();
  // The first sign-in goes straight to changing the one-time password.
  await staff.getByText('首次登录须修改一次性密码，修改后才能办理业务').waitFor();
  await field(staff, '当前密码').fill(password);
  await field(staff, '至少10位新密码').fill('staff-password-2026');
  await field(staff, '再次输入新密码').fill('staff-password-2026');
  await button(staff, '确认修改').click();
  await staff.locator('.me').getByText('工作人员').waitFor();
  await staff.goto(`${origin}/features/complaints/pages/queue/index`);
  await staff.getByText(trackingNo!).click();

  await button(staff, '受理').click();
  await confirm(staff, '确认受理');

  // 第十六条: mediation needs both sides' consent. The consumer agrees in the app; staff record
  // the merchant's answer, given by phone; only then does mediation start.
  await button(consumer, '查看进度').click();
  await consumer.locator('.taro_page_stationed').getByText('已受理').first().waitFor();
  await button(consumer, '同意调解').click();
  await consumer.getByText(/^同意调解（本人在线/).waitFor();
  await screenshot(consumer, 'complaint-consent-consumer');
  const merchantSide = staff.locator('.mediation-consent__side', { hasText: '被投诉人' });
  await merchantSide.locator('.nut-radio', { hasText: '电话' }).click();
  await button(staff, '记录被投诉人同意').click();
  await staff.getByText(/^同意调解（电话，.*工作人员记录）/).waitFor();
  await staff.getByText(/^同意调解（本人在线/).waitFor();
  await screenshot(staff, 'complaint-consent-staff');
  await button(staff, '开始调解').waitFor();
  await button(staff, '开始调解').click();
  await staff.locator('.nut-radio', { hasText: '电话调解' }).click();
  await confirm(staff, '确认开始调解');
  await button(staff, '调解成功').click();
  await field(staff, '调解协议').fill('商家同意全额退货退款199元');
  await field(staff, '挽回经济损失（元）').fill('199');
  await confirm(staff, '确认调解成功');
  await staff.locator('.complaint-detail').getByText('商家同意全额退货退款199元').first().waitFor();

  // The consumer sees the outcome (pull to refresh: reload), rates it and opens the 调解书.
  await consumer.reload();
  await consumer.locator('.taro_page_stationed').getByText('调解成功').first().waitFor();
  await button(consumer, '评价').click();
  await consumer.locator('.complaint-action__rate .nut-rate-item').nth(4).click();
  await confirm(consumer, '提交评价');
  await consumer.locator('.complaint-detail__line', { hasText: '消费者评价：★★★★★' }).waitFor();
  await screenshot(consumer, 'complaint-settled');
  await button(consumer, '查看调解书（第二十二条）').click();
  const paper = consumer.locator('.agreement__paper');
  await paper.getByText('商家同意全额退货退款199元').waitFor();
  await paper.getByText('张三（电话 13812345678）').waitFor();
  await paper.getByText(trackingNo!, { exact: false }).waitFor();
  await screenshot(consumer, 'complaint-agreement');
  await consumer.context().close();
  await staff.context().close();
}, 120_000);
