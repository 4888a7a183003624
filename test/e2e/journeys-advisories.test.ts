/**
 * Issue 14's flow on a 390×844 phone, through the UI only: staff A writes a 警示 in the editor
 * and submits it, staff B publishes it from the review page, a consumer sees it pinned on 首页,
 * reads it and writes a tip, staff B approves the tip in the queue, and another consumer finds it
 * by search in 消费提示 → 消费者说 and marks it 有用 (still 1 after a reload). Only the staff
 * accounts are made through the API. After every page: no sideways scroll, no console error, no
 * failed request; screenshots in test-results/e2e/journeys (advisories-*).
 */
import type { Page } from 'playwright-core';
import type { Region } from '@api/region';
import { getJson } from '../support/real-server';
import { NEW_STAFF_PASSWORD, signInNewStaff } from '../support/staff';
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

const WARNING = '警惕无标签散装熟食：认准证照再购买';
const WARNING_BODY = [
  '近期有消费者反映，个别流动摊点销售无标签的散装熟食，食用后身体不适却找不到商家。',
  '',
  '- 到证照齐全的门店购买',
  '- **保留购物小票**，发现问题及时投诉',
].join('\n');
const TIP = '买散装熟食记得要小票';
const TIP_BODY = '上周在菜市场门口买了卤味，回家发现有异味，幸好留了小票，找到店家退了钱。';
/** Two characters from the middle of the tip's title, as people search. */
const TIP_SEARCH = '熟食';

const tab = (journey: Journey, name: string) =>
  journey.page.locator('.weui-tabbar__item', { hasText: name }).click();

/**
 * A button or field of the page on screen only: waiting for one waits until the page has slid
 * in, so the step's screenshot and checks are of that page.
 */
const buttonHere = (page: Page, text: string) =>
  current(page).locator('.nut-button', { hasText: new RegExp(`^\\s*${text}\\s*$`) });
const fieldHere = (page: Page, placeholder: string) =>
  current(page).locator(
    `input[placeholder*="${placeholder}"], textarea[placeholder*="${placeholder}"]`,
  );

/** Opens the app at 首页 and waits for the county's campaign title. */
async function openHome(journey: Journey, origin: string, title: string) {
  await journey.page.goto(`${origin}/`);
  await journey.visit('home', () => journey.page.getByText(title, { exact: true }).waitFor());
}

/** 我的 → 工作人员登录 with the account's own password (the one-time one was changed). */
async function staffSignsIn(journey: Journey, username: string) {
  const { page, visit } = journey;
  await tab(journey, '我的');
  await tapCell(page, '工作人员登录');
  await visit('staff-login', () => fieldHere(page, '用户名').waitFor());
  await field(page, '用户名').fill(username);
  await field(page, '密码').fill(NEW_STAFF_PASSWORD);
  await button(page, '登录').click();
  await visit('me-staff', () =>
    current(page).locator('.me').getByText('工作人员').first().waitFor(),
  );
}

/** One of the editor's roller pickers (分类, 发布单位, 法律法规), confirmed on its first option. */
async function pickFirst(page: Journey['page'], label: string) {
  await current(page).getByLabel(label, { exact: true }).first().click();
  await page.locator('.nut-picker-confirm-btn:visible').click();
}

/** Staff A: 提示管理 → 写提示, the 警示 typed in the editor, 提交审核. */
async function writeWarning(journey: Journey) {
  const { page, visit } = journey;
  await tapCell(page, '提示管理');
  await visit('manage', () => buttonHere(page, '写提示').waitFor());
  await button(page, '写提示').click();
  await visit('edit', () => fieldHere(page, '如 春节前后购买').waitFor());
  await current(page)
    .locator('.nut-radio', { hasText: /^警示$/ })
    .click();
  await field(page, '如 春节前后购买').fill(WARNING);
  await pickFirst(page, '选择分类');
  await pickFirst(page, '选择发布单位');
  await field(page, '用平实的话').fill(WARNING_BODY);
  await current(page).locator('.nut-button', { hasText: '添加法律依据' }).click();
  await pickFirst(page, '选择法律法规');
  await field(page, '条款，如').fill('第十八条');
  await button(page, '预览').click();
  await current(page).locator('.markup-view__bold', { hasText: '保留购物小票' }).waitFor();
  await visit('edit-preview');
  await button(page, '提交审核').click();
  // The editor hands over to the review page, where the author cannot publish.
  await visit('submitted', () =>
    current(page).getByText('这是您撰写的，需由其他工作人员审核发布').waitFor(),
  );
}

/** Staff B: 提示管理 opens on 待审核; the 警示, 发布 now. */
async function publishWarning(journey: Journey) {
  const { page, visit } = journey;
  await tapCell(page, '提示管理');
  const card = current(page).locator('.staff-advisory', { hasText: WARNING });
  await visit('manage-submitted', () => card.waitFor());
  await card.click();
  await visit('review', () => buttonHere(page, '发布').waitFor());
  await button(page, '发布').click();
  await page.locator('.nut-dialog').getByText('发布后读者即可看到').waitFor();
  await page.locator('.nut-dialog-footer .nut-button', { hasText: '确认发布' }).click();
  await visit('published', () => current(page).getByText('已发布', { exact: true }).waitFor());
}

/** A consumer: 体验登录 on 我的, the 警示 pinned on 首页, read; then 消费者说 → 写小贴士. */
async function readWarningAndWriteTip(journey: Journey) {
  const { page, visit } = journey;
  await tab(journey, '我的');
  await signInFromMe(journey);
  await visit('me-signed-in');
  await tab(journey, '首页');
  const pinned = current(page).locator('.home-warnings__item').first();
  await visit('home-pinned', () => pinned.getByText(WARNING).waitFor());
  await pinned.click();
  const detail = current(page).locator('.advisory__body');
  await visit('warning-detail', () => current(page).locator('.advisory__title').waitFor());
  expect(await current(page).locator('.advisory__title').textContent()).toBe(WARNING);
  expect(await detail.locator('.markup-view__bold').allTextContents()).toEqual(['保留购物小票']);
  expect(await detail.locator('.markup-view__item').count()).toBe(2);
  await current(page).getByText('《消费者权益保护法》第十八条').waitFor();

  await backToTab(page, '首页');
  await current(page).locator('.home-tips__voices').click();
  await visit('tips-tab', () => buttonHere(page, '写小贴士').waitFor());
  await button(page, '写小贴士').click();
  await visit('write-tip', () => fieldHere(page, '一句话说清要点').waitFor());
  await field(page, '一句话说清要点').fill(TIP);
  await field(page, '分享你的经验').fill(TIP_BODY);
  await current(page)
    .locator('.nut-radio', { hasText: /^食品$/ })
    .click();
  await button(page, '提交审核').click();
  const mine = current(page).locator('.my-tip', { hasText: TIP });
  await visit('my-tips', () => mine.getByText('审核中').waitFor());
}

/** Staff B: 投稿审核, the tip approved. */
async function approveTip(journey: Journey) {
  const { page, visit } = journey;
  await backToTab(page, '我的');
  await tapCell(page, '投稿审核');
  const card = current(page).locator('.staff-tip', { hasText: TIP });
  await visit('tip-queue', () => card.waitFor());
  await card.locator('.nut-button', { hasText: /^\s*通过\s*$/ }).click();
  await visit('tip-approved', () => card.waitFor({ state: 'detached' }));
}

/** Another consumer: 首页 → 消费提示 → 消费者说, search, the tip, 有用, and again after a reload. */
async function findTipAndMarkUseful(journey: Journey) {
  const { page, visit } = journey;
  await tab(journey, '我的');
  await signInFromMe(journey);
  await tab(journey, '首页');
  await current(page).locator('.home-tips__more').click();
  await visit('advisories', () => current(page).getByRole('tab', { name: '消费者说' }).waitFor());
  await current(page).getByRole('tab', { name: '消费者说' }).click();
  await field(page, '搜索小贴士').fill(TIP_SEARCH);
  const found = current(page).locator('.tip-card', { hasText: TIP });
  await visit('tips-search', () => found.waitFor());
  await found.click();
  await visit('tip-detail', () => buttonHere(page, '有用 0').waitFor());
  await button(page, '有用 0').click();
  await visit('tip-useful', () => buttonHere(page, '已觉得有用 1').waitFor());
  await page.reload();
  await visit('tip-useful-reloaded', () => buttonHere(page, '已觉得有用 1').waitFor());
}

test('staff A writes a 警示, staff B publishes it, a consumer reads it on 首页 and writes a tip, staff approve it, another consumer finds it and marks it 有用', async () => {
  const { origin, dataDir } = e2e.server;
  const region = (await getJson<Region>(`${origin}/api/v1/region`)).body;
  const title = region.theme.title;
  // The accounts are set-up, not the subject: made and their one-time passwords changed by API.
  await signInNewStaff(origin, dataDir, 'journey-adv-a');
  await signInNewStaff(origin, dataDir, 'journey-adv-b');

  const staffA = await startJourney(e2e.browser, 'advisories-staff-a');
  await openHome(staffA, origin, title);
  await staffSignsIn(staffA, 'journey-adv-a');
  await writeWarning(staffA);
  await staffA.finish();

  const staffB = await startJourney(e2e.browser, 'advisories-staff-b');
  await openHome(staffB, origin, title);
  await staffSignsIn(staffB, 'journey-adv-b');
  await publishWarning(staffB);

  const author = await startJourney(e2e.browser, 'advisories-consumer');
  await openHome(author, origin, title);
  await readWarningAndWriteTip(author);
  await author.finish();

  await approveTip(staffB);
  await staffB.finish();

  const reader = await startJourney(e2e.browser, 'advisories-reader');
  await openHome(reader, origin, title);
  await findTipAndMarkUseful(reader);
  await reader.finish();
}, 90_000);
