import fs from 'node:fs';
import type { Page } from 'playwright-core';
import type { AdvisoryCreated } from '@api/advisories';
import type { Session } from '@api/auth';
import type { MerchantPage } from '@api/merchants';
import type { MyTip } from '@api/tips';
import { apiCall } from '../support/api-client';
import { getJson } from '../support/real-server';
import { signInNewStaff } from '../support/staff';
import { PHONE_390, openPhone, screenshot } from './support/browser';
import { e2eFixture } from './support/fixture';
import { current, expectNoSidewaysScroll } from './support/journey';

// Issue 14: 我的收藏 with an item taken down, the 我的 entries, and the 消费警示 on a merchant page,
// against the real server, at 390×844 in normal and 大字模式.

const e2e = e2eFixture();
const SHOTS = process.env.SHOTS_DIR ?? '';

async function shot(page: Page, name: string) {
  const file = await screenshot(page, `favorites-${name}`);
  if (SHOTS) {
    fs.mkdirSync(SHOTS, { recursive: true });
    fs.copyFileSync(file, `${SHOTS}/${name}.png`);
  }
}

const content = (over: object) => ({
  kind: '提示',
  title: '开学季培训消费提示',
  body: '报班前请注意：\n\n- 查看办学资质\n- 不要一次交太多学费',
  images: [],
  category: '教育培训',
  issuer: '青山县市场监督管理局',
  legalBasis: [{ law: '消费者权益保护法', article: '第五十三条' }],
  ...over,
});

/** Written by staff A, published by staff B: its id. */
async function publish(a: string, b: string, over: object): Promise<string> {
  const { origin } = e2e.server;
  const { id } = await apiCall<AdvisoryCreated>(origin, 'POST', '/advisories', content(over), a);
  await apiCall(origin, 'POST', `/advisories/${id}/transitions`, { action: 'submit' }, a);
  await apiCall(origin, 'POST', `/advisories/${id}/transitions`, { action: 'publish' }, b);
  return id;
}

/** A phone signed in as `session`, in 大字模式 or not (as the app stores both). */
async function phone(session: Session, largeText: boolean) {
  const page = await openPhone(e2e.browser, PHONE_390);
  await page.addInitScript(
    ([saved, large]) => {
      localStorage.setItem('fx.session', JSON.stringify({ data: JSON.stringify(saved) }));
      localStorage.setItem(
        'fx.prefs',
        JSON.stringify({ data: JSON.stringify({ largeText: large }) }),
      );
    },
    [session, largeText] as const,
  );
  return page;
}

let staffA: Session;
let staffB: Session;
let consumer: Session;
let merchantId: string;
let warningId: string;

beforeAll(async () => {
  const { origin, dataDir } = e2e.server;
  staffA = await signInNewStaff(origin, dataDir, 'e2e-fav-a');
  staffB = await signInNewStaff(origin, dataDir, 'e2e-fav-b');
  merchantId = (await getJson<MerchantPage>(`${origin}/api/v1/merchants?limit=1`)).body.items[0].id;
  warningId = await publish(staffA.token, staffB.token, {
    kind: '警示',
    title: '该店销售过期食品受到行政处罚',
    category: '食品',
    legalBasis: [{ law: '消费者权益保护法', article: '第五十六条' }],
    merchant: { merchantId, penaltyNo: '青市监罚〔2026〕18号', penaltyDate: '2026-10-09' },
  });
  const goneId = await publish(staffA.token, staffB.token, { title: '春节出行消费提示' });

  consumer = await apiCall<Session>(origin, 'POST', '/auth/dev', { openid: 'e2e-fav-reader' });
  const author = await apiCall<Session>(origin, 'POST', '/auth/dev', { openid: 'e2e-fav-author' });
  const tip = await apiCall<MyTip>(
    origin,
    'POST',
    '/tips',
    {
      title: '办卡前先看退费条款',
      body: '办卡前看清合同，保留收据，不要一次充值太多。',
      category: '预付式消费',
    },
    author.token,
  );
  await apiCall(
    origin,
    'POST',
    `/tips/${tip.id}/moderation`,
    { decision: 'approve' },
    staffA.token,
  );

  for (const [kind, id] of [
    ['advisory', goneId],
    ['tip', tip.id],
    ['advisory', warningId],
  ]) {
    await apiCall(origin, 'PUT', `/favorites/${kind}/${id}`, undefined, consumer.token);
  }
  await apiCall(
    origin,
    'POST',
    `/advisories/${goneId}/transitions`,
    { action: 'unpublish', reason: '活动已结束，内容过时' },
    staffB.token,
  );
}, 60_000);

test.each([false, true])(
  '我的收藏 (大字模式 %s): newest first, a taken-down one greyed',
  async (large) => {
    const page = await phone(consumer, large);
    await page.goto(`${e2e.server.origin}/features/favorites/pages/index/index`);
    const list = current(page);
    await list.getByText('该店销售过期食品受到行政处罚').waitFor();
    const titles = await list.locator('.favorite-card__title').allTextContents();
    expect(titles).toEqual([
      '该店销售过期食品受到行政处罚',
      '办卡前先看退费条款',
      '春节出行消费提示',
    ]);
    const gone = list.locator('.favorite-card.is-unavailable');
    await expect(gone.getByText('已下线').count()).resolves.toBe(1);
    await expectNoSidewaysScroll(page, `我的收藏 ${large}`);
    await shot(page, large ? 'favorites-large' : 'favorites');

    await list.getByRole('tab', { name: '小贴士' }).click();
    await list.locator('.favorite-card').first().waitFor();
    await expect(list.locator('.favorite-card__title').allTextContents()).resolves.toEqual([
      '办卡前先看退费条款',
    ]);
    await page.close();
  },
);

test('移除 a taken-down item; tap opens the warning', async () => {
  const page = await phone(consumer, false);
  await page.goto(`${e2e.server.origin}/features/favorites/pages/index/index`);
  const list = current(page);
  const gone = list.locator('.favorite-card.is-unavailable');
  await gone.locator('.nut-button', { hasText: '移除' }).click();
  await gone.waitFor({ state: 'detached' });
  const left = await apiCall<{ items: unknown[] }>(
    e2e.server.origin,
    'GET',
    '/favorites',
    undefined,
    consumer.token,
  );
  expect(left.items).toHaveLength(2);

  await list.getByText('该店销售过期食品受到行政处罚').click();
  await page.waitForURL(new RegExp(`/features/advisories/pages/detail/index\\?id=${warningId}`));
  await page.close();
});

test.each([
  ['consumer', false],
  ['consumer', true],
  ['staff', false],
  ['staff', true],
] as const)('我的 for %s (大字模式 %s) has the 消费提示 entries', async (who, large) => {
  const page = await phone(who === 'staff' ? staffA : consumer, large);
  await page.goto(`${e2e.server.origin}/pages/me/index`);
  const me = current(page);
  await me.getByText('我的收藏').waitFor();
  if (who === 'staff') {
    for (const title of ['提示管理', '投稿审核', '投稿举报', '提示数据'])
      await me.getByText(title, { exact: true }).waitFor();
    await me.getByText('提示管理', { exact: true }).scrollIntoViewIfNeeded();
  } else {
    await me.getByText('我的投稿').waitFor();
  }
  await expectNoSidewaysScroll(page, `我的 ${who} ${large}`);
  await shot(page, `me-${who}${large ? '-large' : ''}`);
  await page.close();
});

test.each([false, true])(
  'a merchant named in a 警示 shows it, red (大字模式 %s)',
  async (large) => {
    const page = await phone(consumer, large);
    await page.goto(`${e2e.server.origin}/features/merchants/pages/detail/index?id=${merchantId}`);
    const section = current(page).locator('.merchant-detail__warnings');
    await section.getByText('该店销售过期食品受到行政处罚').waitFor();
    await section.getByText('行政处罚决定书 青市监罚〔2026〕18号 · 2026年10月9日').waitFor();
    await expectNoSidewaysScroll(page, `商家警示 ${large}`);
    await shot(page, large ? 'merchant-warning-large' : 'merchant-warning');
    await section.getByText('查看警示 ›').click();
    await page.waitForURL(new RegExp(`/features/advisories/pages/detail/index\\?id=${warningId}`));
    await page.close();
  },
);

test.each([false, true])(
  '收藏 on a detail page flips and reaches 我的收藏 (大字模式 %s)',
  async (large) => {
    const { origin } = e2e.server;
    const kept = () =>
      apiCall<{ items: { id: string }[] }>(origin, 'GET', '/favorites', undefined, consumer.token);
    const page = await phone(consumer, large);
    await page.goto(`${origin}/features/advisories/pages/detail/index?id=${warningId}`);
    const star = current(page).locator('.favorite-button');
    await star.getByText('已收藏').waitFor();
    // The star and 已收藏 on one line inside a quarter of the bar, in 大字模式 too.
    const fit = await star.evaluate((button) => {
      const words = document.createRange();
      words.selectNodeContents(button.querySelector('.nut-button-text')!);
      const lines = new Set([...words.getClientRects()].map((rect) => Math.round(rect.top)));
      const box = button.getBoundingClientRect();
      const glyphs = words.getBoundingClientRect();
      return {
        oneLine: lines.size === 1,
        inside: glyphs.left >= box.left && glyphs.right <= box.right,
      };
    });
    expect(fit).toEqual({ oneLine: true, inside: true });
    await shot(page, large ? 'advisory-favorited-large' : 'advisory-favorited');

    await star.click();
    await star.getByText(/^收藏$/).waitFor();
    await expect(kept().then((r) => r.items.map((i) => i.id))).resolves.not.toContain(warningId);
    await star.click();
    await star.getByText('已收藏').waitFor();
    await expect(kept().then((r) => r.items.map((i) => i.id))).resolves.toContain(warningId);
    await page.close();
  },
);
