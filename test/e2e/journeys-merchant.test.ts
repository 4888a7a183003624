/**
 * Issue 13, the shop owner's journey on a 390×844 phone, through the UI only: sign in, register
 * the business, sign the 线下无理由退货 pledge with a finger, its certificate and poster, the
 * 倡议 wall, and the 示范单位 application. Staff approve the registration through the API (set-up).
 * After every page: no sideways scroll, no console error, no failed request.
 */
import type { Region } from '@api/region';
import { getJson } from '../support/real-server';
import { signInNewStaff } from '../support/staff';
import { e2eFixture } from './support/fixture';
import {
  backToTab,
  button,
  choosePhoto,
  current,
  drawSignature,
  field,
  signInFromMe,
  startJourney,
  tapCell,
  type Journey,
} from './support/journey';
import { approveShop, creditCode } from './support/journey-seed';

const e2e = e2eFixture();

const SHOP = '福鑫便民超市';

const tab = (journey: Journey, name: string) =>
  journey.page.locator('.weui-tabbar__item', { hasText: name }).click();

/** A NutUI roller picker behind a tappable value: the first option, 确定. */
async function pickFirst(journey: Journey, title: string) {
  await journey.page.locator(`[aria-label="${title}"]`).click();
  await journey.page.locator('.nut-picker-confirm-btn:visible').click();
}

/** 商家入驻: the licence facts, its photo, the trade and town, the contact. */
async function register(journey: Journey, code: string) {
  const { page, visit } = journey;
  await tapCell(page, '商家入驻');
  await visit('register', () => field(page, '营业执照上的18位代码').waitFor());
  await field(page, '营业执照上的18位代码').fill(code);
  await field(page, '与营业执照上的名称一致').fill(SHOP);
  await field(page, '与营业执照上的名称一致').blur();
  await choosePhoto(page, () => current(page).getByText('拍照/上传').click());
  await current(page).locator('[aria-label="照片1"]').waitFor();
  await pickFirst(journey, '选择行业');
  await pickFirst(journey, '选择镇街');
  await field(page, '街道、门牌号').fill('城关镇人民路18号');
  await field(page, '负责人或经办人姓名').fill('林老板');
  await field(page, '11位手机号码').fill('13900002222');
  await visit('register-filled');
  await button(page, '提交入驻申请').click();
  await visit('register-submitted', () =>
    current(page).getByText('提交成功，等待工作人员核验').waitFor(),
  );
}

/** 本店承诺 → 签署无理由退货承诺: terms, preview, name, role, signature; then certificate, poster. */
async function signPledge(journey: Journey) {
  const { page, visit } = journey;
  await button(page, '本店承诺').click();
  await visit('pledges-mine', () => button(page, '签署无理由退货承诺').waitFor());
  await button(page, '签署无理由退货承诺').click();
  await visit('pledge-terms', () => button(page, '下一步：预览承诺全文').waitFor());
  await button(page, '下一步：预览承诺全文').click();
  await visit('pledge-preview', () =>
    current(page)
      .getByText(/郑重承诺/)
      .first()
      .waitFor(),
  );
  await button(page, '确认无误，去签名').click();
  await field(page, '本人真实姓名').fill('林老板');
  await current(page).locator('.sign__chips .nut-radio').first().click();
  await drawSignature(page, '.taro_page_stationed .signature-pad canvas');
  await visit('pledge-signed-pad');
  await button(page, '确认签署').click();
  await visit('pledge-certificate', () => current(page).getByText('内容完整，未被改动').waitFor());
  await current(page).locator('.certificate__signature').scrollIntoViewIfNeeded();
  await visit('pledge-certificate-signature');
  await button(page, '生成海报').click();
  await visit('pledge-poster', () =>
    page
      .locator('.taro_page_stationed .poster-view__actions .nut-button:not([disabled])')
      .waitFor(),
  );
  expect(await current(page).locator('[role="alert"]').count()).toBe(0);
}

test('a shop owner registers, signs the no-reason-return pledge with a finger, gets the certificate and poster, visits the 倡议 wall and applies for 示范单位', async () => {
  const origin = e2e.server.origin;
  const region = (await getJson<Region>(`${origin}/api/v1/region`)).body;
  const code = creditCode('MA2YUN0Q1');
  const journey = await startJourney(e2e.browser, 'merchant');
  const { page, visit } = journey;

  await page.goto(`${origin}/`);
  await visit('home', () => page.getByText(region.theme.title, { exact: true }).waitFor());
  await tab(journey, '我的');
  await signInFromMe(journey);
  await visit('me-signed-in');
  await register(journey, code);

  const staff = await signInNewStaff(origin, e2e.server.dataDir, 'journey-merchant-staff');
  await approveShop(origin, staff, SHOP);
  await button(page, '查看我的商家').click();
  const card = page.locator('.taro_page_stationed .mine__card', { hasText: SHOP });
  await visit('my-shops', () => card.getByText('已通过').waitFor());

  await signPledge(journey);

  // Back to 首页 (the browser's back, as on a phone) → 倡议签名墙 → 我也要签署.
  await backToTab(page, '首页');
  await current(page).locator('.feature-entries__label', { hasText: '倡议签名墙' }).click();
  await visit('initiative-wall', () => button(page, '我也要签署').waitFor());
  await button(page, '我也要签署').click();
  await visit('initiative-read', () => button(page, '我已阅读，去签名').waitFor());
  await button(page, '我已阅读，去签名').click();
  await field(page, '本人真实姓名').fill('林老板');
  await current(page).locator('.sign__chips .nut-radio').first().click();
  await drawSignature(page, '.taro_page_stationed .signature-pad canvas');
  await button(page, '确认签署').click();
  await visit('initiative-certificate', () =>
    current(page).getByText('内容完整，未被改动').waitFor(),
  );

  // 我的 → 我的商家 → 申请示范单位.
  await backToTab(page, '我的');
  await tapCell(page, '我的商家');
  await visit('my-shops-again', () => card.getByText('已通过').waitFor());
  await button(page, '申请示范单位').click();
  await visit('model-unit-apply', () => current(page).getByText('放心消费示范单位申请').waitFor());
  await current(page).locator('.apply__categories .nut-radio').first().click();
  for (const item of await current(page).locator('.apply__check').all()) await item.click();
  await visit('model-unit-apply-filled');
  await button(page, '提交申请').click();
  await visit('model-unit-applied', () =>
    current(page)
      .getByText(/审核中|已提交/)
      .first()
      .waitFor(),
  );
  await journey.finish();
}, 110_000);
