import type { MerchantDetail, MerchantPage } from '@api/merchants';
import { getJson, startRealServer, type RealServer } from '../support/real-server';
import { installWeapp, openPage, waitForText } from './support/taro-simulate';

let server: RealServer;

beforeAll(async () => {
  server = await startRealServer();
  installWeapp(server.origin);
});

afterAll(() => server?.stop());

test('a seeded pledge certificate renders in the weapp build, intact', async () => {
  const pledged = (
    await getJson<MerchantPage>(`${server.origin}/api/v1/merchants?badge=pledge&limit=1`)
  ).body.items[0];
  const merchant = (
    await getJson<MerchantDetail>(`${server.origin}/api/v1/merchants/${pledged.id}`)
  ).body;
  const pledge = merchant.pledges.find(
    (p) => p.kind === 'offline-return' && p.status === 'verified',
  )!;

  const page = openPage('features/pledges/pages/certificate/index', { id: pledge.id });
  await waitForText(page, pledge.certificateNo);
  const text = page.dom?.textContent ?? '';
  expect(text).toContain(merchant.name);
  expect(text).toContain('已核验');
  expect(text).toContain('内容完整，未被改动');
  expect(text).toContain(`${pledge.windowDays}日内`);
});
