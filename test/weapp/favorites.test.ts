/**
 * Issue 14 in the weapp production build (miniprogram-simulate, real server): 我的收藏 lists what
 * a consumer kept, with an item taken down greyed, and a merchant named in a 警示 shows it.
 */
import type { Session } from '@api/auth';
import type { MerchantPage } from '@api/merchants';
import { apiCall } from '../support/api-client';
import { getJson, startRealServer, type RealServer } from '../support/real-server';
import { signInNewStaff } from '../support/staff';
import { publishAdvisory, submitAdvisory } from '../e2e/support/journey-seed';
import { installWeapp, openPage, setStorage, waitForText } from './support/taro-simulate';

let server: RealServer;
let staffA: Session;
let staffB: Session;
let reader: Session;

beforeAll(async () => {
  server = await startRealServer();
  // Signed in before the app loads (app.js reads the session once, at start).
  reader = await apiCall<Session>(server.origin, 'POST', '/auth/dev', { openid: 'wx-fav' });
  setStorage('fx.session', reader);
  installWeapp(server.origin);
  staffA = await signInNewStaff(server.origin, server.dataDir, 'wx-fav-a');
  staffB = await signInNewStaff(server.origin, server.dataDir, 'wx-fav-b');
}, 30_000);

afterAll(() => server?.stop());

const content = (title: string, over: object = {}) => ({
  kind: '提示' as const,
  title,
  body: '购买前请注意核对生产日期和保质期。',
  images: [],
  category: '食品',
  issuer: '青山县市场监督管理局',
  legalBasis: [{ law: '消费者权益保护法', article: '第五十六条' }],
  ...over,
});

async function published(title: string, over: object = {}) {
  const id = await submitAdvisory(server.origin, staffA, content(title, over));
  await publishAdvisory(server.origin, staffB, id);
  return id;
}

test('a merchant named in a published 警示 shows 消费警示 with the penalty decision', async () => {
  const shop = (await getJson<MerchantPage>(`${server.origin}/api/v1/merchants?limit=1`)).body
    .items[0];
  await published('该店销售过期食品被处罚', {
    kind: '警示',
    merchant: { merchantId: shop.id, penaltyNo: '青市监罚〔2026〕21号', penaltyDate: '2026-09-01' },
  });
  const page = openPage('features/merchants/pages/detail/index', { id: shop.id });
  await waitForText(page, '消费警示');
  const text = page.dom?.textContent ?? '';
  expect(text).toContain('该店销售过期食品被处罚');
  expect(text).toContain('行政处罚决定书 青市监罚〔2026〕21号 · 2026年9月1日');
});

test('我的收藏: kept items newest first; one taken down is 已下线 with 移除', async () => {
  const kept = await published('夏季冷饮消费提示');
  const gone = await published('春节年货消费提示');
  for (const id of [gone, kept])
    await apiCall(server.origin, 'PUT', `/favorites/advisory/${id}`, undefined, reader.token);
  await apiCall(
    server.origin,
    'POST',
    `/advisories/${gone}/transitions`,
    { action: 'unpublish', reason: '节日已过，内容过时' },
    staffB.token,
  );

  const page = openPage('features/favorites/pages/index/index');
  await waitForText(page, '夏季冷饮消费提示');
  const text = page.dom?.textContent ?? '';
  expect(text.indexOf('夏季冷饮消费提示')).toBeLessThan(text.indexOf('春节年货消费提示'));
  expect(text).toContain('已下线');
  expect(text).toContain('移除');
  expect(text).toContain('取消收藏');
});
