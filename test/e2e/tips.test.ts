/**
 * Issue 14, the consumer tip screens on a 390×844 phone against the real server: a consumer writes
 * a tip (refused first by the content check's test word), staff approve it in the queue, another
 * consumer marks it 有用 and reports it, staff block it from the reports, and it is gone; every
 * screen in both text sizes. Screenshots go to test-results/e2e (and SHOTS_COPY when set).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { MyTip, TipPage } from '@api/tips';
import { apiCall } from '../support/api-client';
import { signInNewStaff } from '../support/staff';
import { openPhone, PHONE_390, screenshot } from './support/browser';
import { e2eFixture } from './support/fixture';
import { button, confirm, current, expectNoSidewaysScroll, field } from './support/journey';
import { devSession } from './support/journey-seed';
import { signedInStaff } from './support/staff-phone';

const e2e = e2eFixture();
const TITLE = '办预付卡前先问清退卡规则';
const BODY =
  '在小区门口的健身房办年卡时，店员只说“随时可退”，合同里却写着概不退款。\n办卡前一定要看清合同里的退卡条款，保留好收据和聊天记录。';

async function shot(page: Page, name: string) {
  const file = await screenshot(page, `tips-${name}`);
  const copy = process.env.SHOTS_COPY;
  if (copy) {
    fs.mkdirSync(copy, { recursive: true });
    fs.copyFileSync(file, path.join(copy, `${name}.png`));
  }
}

/** A consumer signed in through 体验登录 on 我的, optionally in 大字模式. */
async function consumer(largeText: boolean) {
  const page = await openPhone(e2e.browser, PHONE_390);
  await page.goto(`${e2e.server.origin}/pages/me/index`);
  await button(page, '体验登录').click();
  await page.locator('.me').getByText('消费者').waitFor();
  if (largeText) {
    await page.locator('.me .lite-switch').click();
    await page.locator('.me.large-text').waitFor();
  }
  return page;
}

const open = (page: Page, url: string) => page.goto(`${e2e.server.origin}${url}`);

/** Published tips for the lists and the large-text screens, written and approved by the API. */
async function seedPublished(staffToken: string) {
  const writer = await devSession(e2e.server.origin, 'tips-e2e-writer');
  const tip = await apiCall<MyTip>(
    e2e.server.origin,
    'POST',
    '/tips',
    {
      title: '网购直播间下单先看店铺资质',
      body: '直播间里的“工厂价”不一定便宜，下单前点进店铺看看营业执照和评价，付款别走私下转账。',
      category: '网购直播',
    },
    writer.token,
  );
  await apiCall(
    e2e.server.origin,
    'POST',
    `/tips/${tip.id}/moderation`,
    { decision: 'approve' },
    staffToken,
  );
  return tip.id;
}

test('write → refused → submitted → approved → 有用 → reported → blocked, in both text sizes', async () => {
  const { origin, dataDir } = e2e.server;
  const staffSession = await signInNewStaff(origin, dataDir, 'tips-staff');
  const seededId = await seedPublished(staffSession.token);

  // A consumer writes a tip; the content check's test word is refused with a clear message.
  const author = await consumer(false);
  await open(author, '/features/tips/pages/write/index');
  await current(author).getByText('分享你的消费经验').waitFor();
  await shot(author, 'write');
  await field(author, '一句话说清要点').fill(TITLE);
  await field(author, '分享你的经验').fill(`${BODY}赌博`);
  await current(author).getByText('预付式消费', { exact: true }).click();
  await button(author, '提交审核').click();
  await current(author).getByText('内容未通过微信内容安全检测，请修改标题或正文后再提交').waitFor();
  await expectNoSidewaysScroll(author, 'write refused');
  await shot(author, 'write-refused');
  await field(author, '分享你的经验').fill(BODY);
  await button(author, '提交审核').click();
  await current(author).getByText(TITLE).waitFor();
  await current(author).locator('.my-tip', { hasText: TITLE }).getByText('审核中').waitFor();
  await shot(author, 'mine');

  // Staff approve it in the queue: WeChat's check result is shown.
  const staff = await signedInStaff(e2e.browser, origin, 'tips-staff', false);
  await open(staff, '/features/tips/pages/queue/index');
  const queued = current(staff).locator('.staff-tip', { hasText: TITLE });
  await queued.getByText('微信检测：通过').waitFor();
  await shot(staff, 'queue');
  await queued.locator('.nut-button', { hasText: /^\s*通过\s*$/ }).click();
  await current(staff).getByText('没有待审核的投稿').waitFor();

  // Another consumer finds it, marks it 有用 and reports it.
  const list = await apiCall<TipPage>(origin, 'GET', `/tips?q=${encodeURIComponent('退卡')}`);
  const id = list.items.find((item) => item.title === TITLE)!.id;
  const reader = await consumer(false);
  await open(reader, `/features/tips/pages/detail/index?id=${id}`);
  await current(reader).getByText(TITLE).waitFor();
  await expectNoSidewaysScroll(reader, 'detail');
  await shot(reader, 'detail');
  await button(reader, '有用 0').click();
  await button(reader, '已觉得有用 1').waitFor();
  await current(reader).getByText('举报不当内容').click();
  await reader.locator('.nut-dialog').getByText('广告推广').click();
  await shot(reader, 'report-dialog');
  await confirm(reader, '提交举报');
  await reader.getByText('已提交举报，感谢你的监督').waitFor();
  await open(reader, `/features/tips/pages/poster/index?id=${id}`);
  await button(reader, '下载海报图片').waitFor();
  await reader.waitForTimeout(800);
  await shot(reader, 'poster');

  // Staff block it from the reports; it is gone for everybody.
  await open(staff, '/features/tips/pages/reports/index');
  const reported = current(staff).locator('.staff-tip', { hasText: TITLE });
  await reported.getByText('举报原因：广告推广').waitFor();
  await shot(staff, 'reports');
  await reported.locator('.nut-button', { hasText: '屏蔽小贴士' }).click();
  await confirm(staff, '确认屏蔽');
  await current(staff).getByText('没有待处理的举报').waitFor();
  await open(reader, `/features/tips/pages/detail/index?id=${id}`);
  await current(reader).getByText('这条小贴士已不存在').waitFor();
  // The empty-state picture sits inside its box (Taro's aspectFit rules once pushed it half out).
  const picture = current(reader).locator('.empty-state__image');
  const [box, img] = await Promise.all([
    picture.boundingBox(),
    picture.locator('img').boundingBox(),
  ]);
  expect(img!.x).toBeGreaterThanOrEqual(box!.x - 1);
  expect(img!.x + img!.width).toBeLessThanOrEqual(box!.x + box!.width + 1);
  await shot(reader, 'gone');

  // 大字模式: every screen again.
  const big = await consumer(true);
  await open(big, '/features/tips/pages/write/index');
  await current(big).getByText('分享你的消费经验').waitFor();
  await expectNoSidewaysScroll(big, 'write large');
  await shot(big, 'write-large');
  await open(big, `/features/tips/pages/detail/index?id=${seededId}`);
  await current(big).getByText('网购直播间下单先看店铺资质').waitFor();
  await expectNoSidewaysScroll(big, 'detail large');
  await shot(big, 'detail-large');
  await open(big, `/features/tips/pages/poster/index?id=${seededId}`);
  await button(big, '下载海报图片').waitFor();
  await big.waitForTimeout(800);
  await shot(big, 'poster-large');
  await open(author, '/pages/me/index');
  await author.locator('.me .lite-switch').click();
  await author.locator('.me.large-text').waitFor();
  await open(author, '/features/tips/pages/mine/index');
  await current(author).getByText(TITLE).waitFor();
  await expectNoSidewaysScroll(author, 'mine large');
  await shot(author, 'mine-large');

  const bigStaff = await signedInStaff(e2e.browser, origin, 'tips-staff', true);
  const writer = await devSession(origin, 'tips-e2e-writer-2');
  await apiCall(
    origin,
    'POST',
    '/tips',
    {
      title: '旅游团低价揽客要当心',
      body: '报名前看清合同里的购物安排，拒绝强制消费。',
      category: '旅游出行',
    },
    writer.token,
  );
  await open(bigStaff, '/features/tips/pages/queue/index');
  await current(bigStaff).getByText('旅游团低价揽客要当心').waitFor();
  await expectNoSidewaysScroll(bigStaff, 'queue large');
  await shot(bigStaff, 'queue-large');
  await open(bigStaff, '/features/tips/pages/reports/index');
  await current(bigStaff).getByRole('tab', { name: '已屏蔽' }).click();
  await current(bigStaff).locator('.staff-tip', { hasText: TITLE }).waitFor();
  await expectNoSidewaysScroll(bigStaff, 'reports large');
  await shot(bigStaff, 'reports-large');
}, 240_000);
