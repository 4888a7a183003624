import path from 'node:path';
import Database from 'better-sqlite3';
import type { MerchantPage } from '@api/merchants';
import { getJson, startRealServer, type RealServer } from '../support/real-server';
import { installWeapp, openPage, waitForText } from './support/taro-simulate';

/** The merchant page's 投诉公示 section in the weapp build (a page opens once per file). */
let server: RealServer;

beforeAll(async () => {
  server = await startRealServer();
  installWeapp(server.origin);
});

afterAll(() => server?.stop());

test('the merchant page shows its latest 投诉公示 figures and statement in the weapp build', async () => {
  const [, merchant] = (await getJson<MerchantPage>(`${server.origin}/api/v1/merchants?limit=2`))
    .body.items;
  // As publishing a batch leaves it (the running server reads the row on its next page load).
  const db = new Database(path.join(server.dataDir, 'fangxin.db'));
  try {
    db.prepare(
      `insert into disclosure_business_figures (merchant_id, batch_id, batch_title, published_at,
         accepted, settled, rate_permille, median_days, ranked, statements)
       values (?, 'B1', '2026年第三季度投诉公示', '2026-10-20T02:00:00.000Z', 12, 9, 750, 6, 1, ?)`,
    ).run(merchant.id, JSON.stringify(['已为消费者办理退货。']));
  } finally {
    db.close();
  }
  const page = openPage('features/merchants/pages/detail/index', { id: merchant.id });
  await waitForText(page, '经营者说明');
  const text = page.dom?.textContent ?? '';
  expect(text).toContain(
    '最近一期公示（2026年第三季度投诉公示）：受理12件 · 调解成功9件 · 调解成功率75% · 办结中位6天',
  );
  expect(text).toContain('已为消费者办理退货。');
  expect(text).toContain('查看公示的投诉明细 ›');
});
