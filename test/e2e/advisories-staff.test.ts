/**
 * Issue 14, the staff advisory screens on a 390×844 phone against the real server: staff A writes
 * a 警示 naming a merchant (refused until the penalty decision is given), cannot publish it
 * themself, staff B publishes it; the list, the versions and the statistics, in both text sizes.
 * Screenshots go to test-results/e2e/advisories-staff (and SHOTS_COPY when set).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { AdvisoryContent, AdvisoryCreated, AdvisoryList } from '@api/advisories';
import type { Session } from '@api/auth';
import { apiCall } from '../support/api-client';
import { signInNewStaff } from '../support/staff';
import { OUTPUT_DIR, screenshot } from './support/browser';
import { e2eFixture } from './support/fixture';
import { button, current, expectNoSidewaysScroll, field, tapCell } from './support/journey';
import { devSession } from './support/journey-seed';
import { signedInStaff } from './support/staff-phone';

const e2e = e2eFixture();
const MERCHANT = '青山县城关镇惠民超市';
const TITLE = '警惕超市临期食品改标签销售';

async function shot(page: Page, name: string) {
  const file = await screenshot(page, `advisories-staff-${name}`);
  const copy = process.env.SHOTS_COPY;
  if (copy) {
    fs.mkdirSync(copy, { recursive: true });
    fs.copyFileSync(file, path.join(copy, `${name}.png`));
  }
}

const content = (patch: Partial<AdvisoryContent>): AdvisoryContent => ({
  kind: '提示',
  title: '开学季校外培训预付费提醒',
  body: '开学季报班前请先核实机构资质。\n\n- 一次缴费不超过3个月\n- **签订书面合同**',
  images: [],
  category: '教育培训',
  issuer: '青山县市场监督管理局',
  legalBasis: [{ law: '消费者权益保护法', article: '第五十三条' }],
  season: '开学季',
  ...patch,
});

/** A draft, a submission and a published one with a pending new version; reads and shares. */
async function seed(origin: string, writer: Session, reviewer: Session) {
  const create = (c: AdvisoryContent) =>
    apiCall<AdvisoryCreated>(origin, 'POST', '/advisories', c, writer.token);
  const move = (id: string, body: object, who: Session) =>
    apiCall(origin, 'POST', `/advisories/${id}/transitions`, body, who.token);
  await create(content({ title: '电动自行车选购提示', category: '其他' }));
  const submitted = await create(
    content({ title: '老年人保健品讲座防骗提示', category: '老年人保健品' }),
  );
  await move(submitted.id, { action: 'submit' }, writer);
  const published = await create(content({ action: { kind: 'complaint' } }));
  await move(published.id, { action: 'submit' }, writer);
  await move(published.id, { action: 'publish' }, reviewer);
  await apiCall(
    origin,
    'PUT',
    `/advisories/${published.id}`,
    content({ title: '开学季校外培训预付费提醒（修订）', action: { kind: 'complaint' } }),
    writer.token,
  );
  await move(published.id, { action: 'submit' }, writer);

  // Readers of the demo advisories and this one: views, 有用, shares, visits by shared links.
  const list = await apiCall<AdvisoryList>(origin, 'GET', '/advisories?limit=5');
  for (const [n, item] of list.items.entries()) {
    for (let reader = 0; reader < 5 - n; reader++) {
      const consumer = await devSession(origin, `adv-reader-${reader}`);
      await apiCall(origin, 'GET', `/advisories/${item.id}`, undefined, consumer.token);
      if (reader % 2 === 0) {
        await apiCall(origin, 'PUT', `/advisories/${item.id}/useful`, undefined, consumer.token);
        await apiCall(origin, 'POST', `/advisories/${item.id}/shares`, { channel: 'chat' });
        await apiCall(origin, 'POST', '/event/visits', { source: `sa.${item.id}`, channel: 'h5' });
      }
    }
  }
  return { submitted: submitted.id, published: published.id };
}

/** The phones in use: the last screen is kept, to look at when a step fails. */
const pages: Page[] = [];
afterEach(() => pages.at(-1)?.screenshot({ path: `${OUTPUT_DIR}/advisories-staff-last-step.png` }));

const pick = async (page: Page, label: string) => {
  await current(page).getByLabel(label, { exact: true }).first().click();
  await page.locator('.nut-picker-confirm-btn:visible').click();
};

test('staff A writes a 警示, staff B publishes it; lists, versions and statistics in both sizes', async () => {
  const { origin, dataDir } = e2e.server;
  const writer = await signInNewStaff(origin, dataDir, 'adv-writer');
  const reviewer = await signInNewStaff(origin, dataDir, 'adv-reviewer');
  const seeded = await seed(origin, writer, reviewer);
  const manage = `${origin}/features/advisories/pages/manage/index`;
  const review = (id: string) => `${origin}/features/advisories/pages/review/index?id=${id}`;

  // Staff A: the list opens on 待审核.
  const a = await signedInStaff(e2e.browser, origin, 'adv-writer', false);
  pages.push(a);
  await a.goto(manage);
  await current(a).getByText('老年人保健品讲座防骗提示').waitFor();
  await expectNoSidewaysScroll(a, 'manage');
  await shot(a, 'manage');
  await current(a).getByText('已发布', { exact: true }).click();
  await current(a).getByText('有新版本待审').waitFor();
  await shot(a, 'manage-published');

  // 写提示: a 警示 naming a merchant is refused without the penalty decision.
  await button(a, '写提示').click();
  await field(a, '如 春节前后购买').fill(TITLE);
  await field(a, '用平实的话').fill(
    '近期发现个别超市将临期食品更换生产日期标签后销售。\n\n- 购买时查看包装是否有二次粘贴痕迹\n- 发现问题**保留小票**并投诉',
  );
  await pick(a, '选择分类');
  await pick(a, '选择发布单位');
  await current(a)
    .locator('.nut-radio', { hasText: /^警示$/ })
    .click();
  await current(a).locator('.nut-button', { hasText: '添加法律依据' }).click();
  await pick(a, '选择法律法规');
  await field(a, '条款，如').fill('第五十六条');
  await field(a, '搜索商家名称').fill('惠民');
  await tapCell(a, MERCHANT);
  await button(a, '提交审核').click();
  const penaltyError = current(a).getByText('点名商家须依据已公布的行政处罚，请填写处罚决定书文号');
  await penaltyError.waitFor();
  await penaltyError.scrollIntoViewIfNeeded();
  await shot(a, 'edit-penalty-required');
  await field(a, '如 X市监处罚').fill('青市监罚〔2026〕15号');
  await current(a)
    .locator('.form-field', { hasText: '处罚决定日期' })
    .locator('.nut-button', { hasText: '选择日期' })
    .click();
  await a.locator('.nut-picker-confirm-btn:visible').click();
  await current(a).getByText('预览', { exact: true }).scrollIntoViewIfNeeded();
  await button(a, '预览').click();
  await current(a).locator('.markup-view__bold', { hasText: '保留小票' }).waitFor();
  await shot(a, 'edit-preview');
  await button(a, '提交审核').click();

  // Review as the author: publishing is someone else's job.
  await current(a).getByText('这是您撰写的，需由其他工作人员审核发布').waitFor();
  const id = new URL(a.url()).searchParams.get('id')!;
  await shot(a, 'review-author');

  // Staff B publishes it.
  const b = await signedInStaff(e2e.browser, origin, 'adv-reviewer', false);
  pages.push(b);
  await b.goto(review(id));
  await current(b).getByText(MERCHANT).waitFor();
  await button(b, '发布').click();
  await b.locator('.nut-dialog').getByText('定时发布').click();
  await shot(b, 'review-publish-dialog');
  await b.locator('.nut-dialog').getByText('立即发布').click();
  await b.locator('.nut-dialog-footer .nut-button', { hasText: '确认发布' }).click();
  await current(b).getByText('已发布', { exact: true }).waitFor();
  await current(b).getByText('第 1 版（当前）').waitFor();
  await shot(b, 'review-published');
  // 状态记录 and 版本记录 name who wrote and who published; the reader is marked （我）.
  const history = current(b).getByLabel('状态记录');
  await history.getByText('adv-reviewer（我）审核发布').waitFor();
  await history.getByText('adv-writer撰写', { exact: true }).scrollIntoViewIfNeeded();
  await current(b).getByText('adv-writer撰写 · adv-reviewer（我）发布').waitFor();
  await shot(b, 'review-history');
  const pinned = await apiCall<AdvisoryList>(origin, 'GET', '/advisories/pinned');
  expect(pinned.items.map((item) => item.title)).toContain(TITLE);

  // A published one with a new version waiting.
  await b.goto(review(seeded.published));
  await current(b).getByText('新版本（待审核）').waitFor();
  await shot(b, 'review-revision');

  await b.goto(`${origin}/features/advisories/pages/stats/index`);
  await current(b).getByText('按分类').waitFor();
  await expectNoSidewaysScroll(b, 'stats');
  await shot(b, 'stats');

  // 大字模式: the same pages.
  const large = await signedInStaff(e2e.browser, origin, 'adv-reviewer', true);
  pages.push(large);
  await large.goto(manage);
  await current(large).getByText('老年人保健品讲座防骗提示').waitFor();
  await expectNoSidewaysScroll(large, 'manage large');
  await shot(large, 'manage-large');
  await large.goto(`${origin}/features/advisories/pages/edit/index`);
  await current(large)
    .locator('.nut-radio', { hasText: /^警示$/ })
    .click();
  await field(large, '搜索商家名称').fill('惠民');
  await tapCell(large, MERCHANT);
  await current(large).getByText('行政处罚决定书文号').scrollIntoViewIfNeeded();
  await expectNoSidewaysScroll(large, 'edit large');
  await shot(large, 'edit-large');
  await large.goto(review(seeded.submitted));
  await button(large, '发布').waitFor();
  await expectNoSidewaysScroll(large, 'review large');
  await shot(large, 'review-large');
  await button(large, '发布').scrollIntoViewIfNeeded();
  await shot(large, 'review-large-actions');
  await current(large)
    .getByLabel('状态记录')
    .getByText('adv-writer提交审核')
    .scrollIntoViewIfNeeded();
  await expectNoSidewaysScroll(large, 'review large history');
  await shot(large, 'review-large-history');
  await large.goto(`${origin}/features/advisories/pages/stats/index`);
  await current(large).getByText('按分类').waitFor();
  await expectNoSidewaysScroll(large, 'stats large');
  await shot(large, 'stats-large');
}, 240_000);
