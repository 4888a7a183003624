import type { MembershipReviewPage } from '@api/merchants';
import { bearer, createTestApp, loginConsumer, loginStaff, type TestApp } from './support/app';
import { register, testCode } from './support/merchants';

let t: TestApp;
let staffToken: string;
beforeAll(async () => {
  t = await createTestApp({ env: { SEED_DEMO: 'false' } });
  staffToken = (await loginStaff(t)).token;
});
afterAll(() => t.close());

const queueItem = async (creditCode: string) => {
  const res = await t.app.inject({
    method: 'GET',
    url: '/api/v1/merchants/memberships?limit=50',
    headers: bearer(staffToken),
  });
  expect(res.statusCode).toBe(200);
  return res.json<MembershipReviewPage>().items.find((item) => item.creditCode === creditCode);
};

describe('商家核验: the credit code’s 行政区划码 in words (GB/T 2260)', () => {
  test.each([
    ['350100', '福建省福州市'],
    ['350102', '福建省福州市鼓楼区'],
    ['110105', '北京市朝阳区'],
    ['130185', '河北省石家庄市（区县代码未收录）'],
  ])('%s → %s', async (area, name) => {
    const code = testCode(Number(area), '企业', area);
    await register(t, (await loginConsumer(t.app)).token, { creditCode: code });
    expect((await queueItem(code))?.registeredArea).toBe(name);
  });

  test('a code of no province: no name, the page says so itself', async () => {
    const code = testCode(7, '企业', '990000');
    await register(t, (await loginConsumer(t.app)).token, { creditCode: code });
    const item = await queueItem(code);
    expect(item?.creditCode).toBe(code);
    expect(item).not.toHaveProperty('registeredArea');
  });
});
