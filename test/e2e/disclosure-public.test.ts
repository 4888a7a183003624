/**
 * Issue 15, the public 投诉公示 pages on a 390×844 phone against the real server: complaints about
 * three businesses handled to their end, two batches published (so the trend has two points), then
 * an anonymous visitor reads the list, a batch (charts with their numbers, the ranking) and one
 * business's rows with its statement — in both text sizes, nothing wider than the screen, and
 * nothing personal anywhere. Screenshots go to test-results/e2e (and SHOTS_COPY when set).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Session } from '@api/auth';
import type { BatchCreated, MyDisclosures, ResponseList } from '@api/disclosure';
import type { Membership } from '@api/merchants';
import { creditCodeCheckChar } from '@/domain/credit-code';
import { apiCall, uploadPng } from '../support/api-client';
import { signInNewStaff } from '../support/staff';
import { openPhone, PHONE_390, screenshot } from './support/browser';
import { handledComplaints, setDisclosureRules, type Ending } from './support/disclosure-seed';
import { e2eFixture } from './support/fixture';
import { current, expectNoSidewaysScroll } from './support/journey';
import { approveShop, devSession } from './support/journey-seed';

const e2e = e2eFixture();
const LONG_NAME = '青山县城关镇鸿运来家用电器销售有限责任公司人民路分公司';
const STATEMENT = '门店已按协议全额退款，并对售后人员加强了培训。';
/** What fileComplaint sends about the complainant and the case: never on a public page. */
const PERSONAL = ['张三', '13812345678', '幸福小区', '电饭煲', '299'];

async function shot(page: Page, name: string) {
  const file = await screenshot(page, `disclosure-public-${name}`);
  const copy = process.env.SHOTS_COPY;
  if (copy) {
    fs.mkdirSync(copy, { recursive: true });
    fs.copyFileSync(file, path.join(copy, `${name}.png`));
  }
}

/** A company (企业, so its name is published) in an industry, verified by staff. */
async function company(staff: Session, key: string, name: string, industry: string) {
  const { origin } = e2e.server;
  const owner = await devSession(origin, `pub-owner-${key}`);
  const first17 = `91350100MA2PUB${key}00`;
  const licence = await uploadPng(origin, 'licence', owner.token);
  const membership = await apiCall<Membership>(
    origin,
    'POST',
    '/merchants',
    {
      creditCode: first17 + creditCodeCheckChar(first17),
      name,
      type: '企业',
      industry,
      town: '城关镇',
      address: '城关镇人民路18号',
      contactName: '林经理',
      contactPhone: '13900002222',
      licencePhoto: licence.id,
    },
    owner.token,
  );
  await approveShop(origin, staff, name);
  return { owner, merchantId: membership.merchantId, name, address: '城关镇人民路18号' };
}

/** A batch of today from making to publishing; every business adds a statement, staff keep it. */
async function publishBatch(
  maker: Session,
  approver: Session,
  owners: Session[],
  title: string,
): Promise<string> {
  const { origin } = e2e.server;
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const { id } = await apiCall<BatchCreated>(
    origin,
    'POST',
    '/disclosure/batches',
    { title, kind: 'topic', periodFrom: today, periodTo: today },
    maker.token,
  );
  const move = (who: Session, action: string) =>
    apiCall(origin, 'POST', `/disclosure/batches/${id}/transitions`, { action }, who.token);
  await move(maker, 'notify');
  for (const owner of owners) {
    const mine = await apiCall<MyDisclosures>(
      origin,
      'GET',
      '/disclosure/mine',
      undefined,
      owner.token,
    );
    const row = mine.items.find((item) => item.batch.id === id)!.rows[0];
    await apiCall(
      origin,
      'POST',
      `/disclosure/rows/${row.id}/responses`,
      { kind: 'statement', text: STATEMENT },
      owner.token,
    );
  }
  const pending = await apiCall<ResponseList>(
    origin,
    'GET',
    `/disclosure/batches/${id}/responses?decision=pending`,
    undefined,
    maker.token,
  );
  for (const response of pending.items) {
    await apiCall(
      origin,
      'POST',
      `/disclosure/responses/${response.id}/decision`,
      { decision: 'upheld', remedy: 'publish-statement' },
      maker.token,
    );
  }
  await move(maker, 'submit');
  await move(approver, 'publish');
  return id;
}

/** Nothing wider than the phone and nothing personal on the page shown. */
async function checkPage(page: Page, where: string) {
  await expectNoSidewaysScroll(page, where);
  const text = await current(page).innerText();
  expect({ where, personal: PERSONAL.filter((word) => text.includes(word)) }).toEqual({
    where,
    personal: [],
  });
}

async function walk(page: Page, suffix: string, batchTitle: string) {
  const { origin } = e2e.server;
  await page.goto(`${origin}/features/disclosure/pages/index/index`);
  await current(page).getByText(batchTitle).waitFor();
  await checkPage(page, `list${suffix}`);
  await shot(page, `list${suffix}`);

  await current(page).getByRole('button', { name: batchTitle }).click();
  await current(page).getByText('经营者投诉排名').waitFor();
  await checkPage(page, `batch${suffix}`);
  await shot(page, `batch${suffix}`);
  await current(page).getByLabel('分行业').scrollIntoViewIfNeeded();
  await shot(page, `batch-industries${suffix}`);
  await current(page).getByLabel('历次公示趋势').scrollIntoViewIfNeeded();
  await shot(page, `batch-trend${suffix}`);
  const ranking = current(page).getByLabel('经营者投诉排名');
  await ranking.scrollIntoViewIfNeeded();
  await shot(page, `batch-ranking${suffix}`);
  // Two businesses over the minimum; the one with a single complaint is not listed.
  await expect(ranking.getByRole('link').count()).resolves.toBe(2);
  expect(await ranking.innerText()).not.toContain('小宇便利店');

  await ranking.getByText(LONG_NAME).click();
  await current(page).getByText(`经营者说明：${STATEMENT}`).waitFor();
  await checkPage(page, `business${suffix}`);
  await shot(page, `business${suffix}`);
}

test('an anonymous visitor reads the published batches, in both text sizes', async () => {
  const { origin, dataDir } = e2e.server;
  const maker = await signInNewStaff(origin, dataDir, 'pub-maker');
  const approver = await signInNewStaff(origin, dataDir, 'pub-approver');
  await setDisclosureRules(origin, maker, { publishDelayDays: 0, minComplaintsPerBusiness: 2 });
  const shops: [Awaited<ReturnType<typeof company>>, Ending[]][] = [
    [await company(maker, 'A', LONG_NAME, '家电数码'), ['settled', 'terminated', 'settled']],
    [await company(maker, 'B', '青山县放心餐饮管理有限公司', '餐饮'), ['settled', 'settled']],
    [await company(maker, 'C', '小宇便利店有限公司', '便利店'), ['terminated']],
  ];
  for (const [{ merchantId, name, address }, endings] of shops)
    await handledComplaints(origin, maker, { merchantId, name, address }, endings);
  const owners = shops.map(([shop]) => shop.owner);
  await publishBatch(maker, approver, owners, '3·15专题投诉信息公示（一）');
  const title = '3·15专题投诉信息公示（二）';
  await publishBatch(maker, approver, owners, title);

  const page = await openPhone(e2e.browser, PHONE_390);
  await walk(page, '', title);

  await page.goto(`${origin}/pages/me/index`);
  await page.locator('.me .lite-switch').click();
  await page.locator('.me.large-text').waitFor();
  await walk(page, '-large', title);
}, 300_000);
