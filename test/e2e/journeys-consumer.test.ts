/**
 * Issue 13, the consumer's journey on a 390×844 phone, through the UI only: 首页, 查商家, a
 * merchant, a complaint filed and followed, the quiz, a tool, then everything again in 大字模式.
 * After every page: no sideways scroll, no console error, no failed request.
 */
import type { MerchantPage } from '@api/merchants';
import type { Region } from '@api/region';
import { getJson } from '../support/real-server';
import { e2eFixture } from './support/fixture';
import {
  backToTab,
  button,
  current,
  field,
  signInFromMe,
  startJourney,
  tapCell,
  type Journey,
} from './support/journey';

const e2e = e2eFixture();

const tab = (journey: Journey, name: string) =>
  journey.page.locator('.weui-tabbar__item', { hasText: name }).click();

/** The four steps of 我要投诉 from a merchant page, to the tracking number. */
async function fileComplaint(journey: Journey, merchantName: string) {
  const { page, visit } = journey;
  await visit('complaint-step1', () => current(page).getByText(merchantName).first().waitFor());
  await button(page, '下一步').click();

  await visit('complaint-step2', () => current(page).getByText('投诉类别').first().waitFor());
  await page.locator('.nut-radio', { hasText: '商品质量' }).click();
  await page.getByLabel('选择消费日期').click();
  // The open picker's 确定 (the 发现问题的日期 picker keeps its own, hidden).
  await page.getByText('确定', { exact: true }).filter({ visible: true }).click();
  await field(page, '如 199.00').fill('199');
  await field(page, '请如实描述').fill(
    '在该店购买的电热水壶使用三天后底座漏电，要求退货被店员拒绝，称已拆封不退。',
  );
  await button(page, '下一步').click();

  await visit('complaint-step3', () =>
    page.locator('.nut-checkbox', { hasText: '退货' }).waitFor(),
  );
  await page.locator('.nut-checkbox', { hasText: '退货' }).click();
  await button(page, '下一步').click();

  await visit('complaint-step4', () => field(page, '您的真实姓名').waitFor());
  await field(page, '您的真实姓名').fill('张三');
  await field(page, '11位手机号码').fill('13812345678');
  await field(page, '城关镇幸福小区').fill('城关镇幸福小区3栋2单元');
  await page.locator('.new-complaint__consent').click();
  await button(page, '提交投诉').click();

  await visit('complaint-submitted', () => page.getByText('投诉已提交').waitFor());
  const trackingNo = (await current(page).textContent())?.match(/TS[0-9A-Z-]{10,}/)?.[0];
  expect(trackingNo).toBeDefined();
  return trackingNo!;
}

/** 识假答题: start a paper, answer every question (the first option), hand it in. */
async function takeQuiz(journey: Journey) {
  const { page, visit } = journey;
  await current(page).getByText('识假答题').click();
  await visit('quiz-landing', () => button(page, '开始答题').waitFor());
  await button(page, '开始答题').click();
  const progress = page.locator('.quiz-paper__progress:visible');
  await visit('quiz-paper', () => progress.getByText(/第 1\/\d+ 题/).waitFor());
  const total = Number((await progress.textContent())!.match(/第 1\/(\d+) 题/)![1]);
  for (let n = 1; n <= total; n++) {
    await progress.getByText(`第 ${n}/${total} 题`).waitFor();
    await page.locator('.quiz-option:visible').first().click();
    await progress.getByText(`已答 ${n}`).waitFor();
    if (n < total) await button(page, '下一题').click();
  }
  await button(page, '交卷').click();
  await visit('quiz-result', () =>
    current(page)
      .getByText(new RegExp(`答对\\d+/${total}`))
      .waitFor(),
  );
}

test('a consumer searches, complains, follows it, takes the quiz, checks a barcode and reads it all again in 大字模式', async () => {
  const origin = e2e.server.origin;
  const region = (await getJson<Region>(`${origin}/api/v1/region`)).body;
  const target = (await getJson<MerchantPage>(`${origin}/api/v1/merchants?limit=1`)).body.items[0];
  const journey = await startJourney(e2e.browser, 'consumer');
  const { page, visit } = journey;

  await page.goto(`${origin}/`);
  await visit('home', () => page.getByText(region.theme.title, { exact: true }).waitFor());
  await tab(journey, '我的');
  await signInFromMe(journey);
  await visit('me-signed-in');

  // 查商家: two characters from the middle of a name, then its page, then 投诉该商家.
  await tab(journey, '查商家');
  await page.locator('.merchants__input input').fill(target.name.slice(2, 4));
  const card = page.locator('.merchant-card', { hasText: target.name });
  await visit('merchants-search', () => card.waitFor());
  await card.click();
  await visit('merchant-detail', () =>
    current(page).locator('.merchant-detail__name', { hasText: target.name }).waitFor(),
  );
  await button(page, '投诉该商家').click();
  const trackingNo = await fileComplaint(journey, target.name);
  await button(page, '查看进度').click();
  await visit('complaint-progress', () =>
    page.locator('.taro_page_stationed .complaint-detail').getByText(trackingNo).first().waitFor(),
  );

  // 我的 → 我的投诉 → the complaint just filed.
  await backToTab(page, '我的');
  await tapCell(page, '我的投诉');
  await visit('my-complaints', () => current(page).getByText(trackingNo).waitFor());
  await current(page).getByText(trackingNo).click();
  await visit('my-complaint-detail', () =>
    page.locator('.taro_page_stationed .complaint-detail').getByText('待受理').first().waitFor(),
  );

  // 首页 → 识假答题; then 识假工具 → 条码查询.
  await backToTab(page, '首页');
  await takeQuiz(journey);
  await backToTab(page, '首页');
  await current(page).getByText('识假工具').click();
  await visit('tools', () => current(page).getByText('条码查询').waitFor());
  await tapCell(page, '条码查询');
  await field(page, '13位或8位').fill('6901234567892');
  await visit('tool-barcode', () => current(page).getByText('校验通过').waitFor());

  // 大字模式 on in 我的, then a few pages again.
  await backToTab(page, '我的');
  await current(page).locator('.lite-switch').click();
  await visit('large-me', () => page.locator('.me.large-text').waitFor());
  await tab(journey, '首页');
  await visit('large-home', () => page.locator('.home.large-text').waitFor());
  await tab(journey, '查商家');
  await visit('large-merchants', () => page.locator('.merchants.large-text').waitFor());
  await page.locator('.merchant-card', { hasText: target.name }).click();
  await visit('large-merchant-detail', () =>
    current(page).locator('.merchant-detail.large-text').waitFor(),
  );
  await button(page, '投诉该商家').click();
  await visit('large-complaint-step1', () => current(page).locator('.large-text').waitFor());
  await backToTab(page, '我的');
  await tapCell(page, '我的投诉');
  await visit('large-my-complaints', () => current(page).getByText(trackingNo).waitFor());
  await current(page).getByText(trackingNo).click();
  await visit('large-complaint-detail', () =>
    page
      .locator('.taro_page_stationed .complaint-detail.large-text')
      .getByText(trackingNo)
      .first()
      .waitFor(),
  );
  await journey.finish();
}, 110_000);
