import type { MerchantDetail, MerchantPage } from '@api/merchants';
import { getJson, startRealServer, type RealServer } from '../support/real-server';
import { installWeapp, openPage, waitForText } from './support/taro-simulate';

let server: RealServer;

beforeAll(async () => {
  server = await startRealServer();
  installWeapp(server.origin);
});

afterAll(() => server?.stop());

test('the merchant page of a seeded model unit shows its badge facts in the weapp build', async () => {
  const page1 = await getJson<MerchantPage>(
    `${server.origin}/api/v1/merchants?badge=model-unit&limit=1`,
  );
  const [unit] = page1.body.items;
  expect(unit).toBeDefined();
  const detail = (await getJson<MerchantDetail>(`${server.origin}/api/v1/merchants/${unit.id}`))
    .body;
  const title = detail.modelUnits.find((badge) => badge.status === 'active')!;

  const page = openPage('features/merchants/pages/detail/index', { id: unit.id });
  await waitForText(page, detail.name);
  const text = page.dom?.textContent ?? '';
  expect(text).toContain('放心消费示范单位');
  expect(text).toContain(`证书编号：${title.certificateNo}`);
  expect(text).toContain(`${title.level}放心消费示范单位`);
  expect(text).toContain(detail.creditCode);
  expect(text).not.toContain('撤销示范单位'); // staff only
});

test('查商家 tab lists seeded merchants from the real server', async () => {
  const first = (await getJson<MerchantPage>(`${server.origin}/api/v1/merchants?limit=20`)).body
    .items[0];
  const page = openPage('pages/merchants/index');
  await waitForText(page, first.name);
  expect(page.dom?.textContent).toContain('扫一扫');
});
