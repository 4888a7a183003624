/**
 * Issue 16: the weapp production build's 举报 pages in miniprogram-simulate against the real
 * server. The form renders its three parts and its 匿名/实名 choice works (real-name asks for a
 * name and phone, anonymous keeps none). The progress page, given a real report's number and the code filing handed out, shows its status
 * (已立案, after staff opened a case through the API) and its steps.
 */
import type { Session } from '@api/auth';
import type { MerchantPage } from '@api/merchants';
import type { ReportCreated } from '@api/reports';
import { apiCall } from '../support/api-client';
import { getJson, startRealServer, type RealServer } from '../support/real-server';
import { signInNewStaff } from '../support/staff';
import { installWeapp, openPage, setStorage, simulate, waitForText } from './support/taro-simulate';

let server: RealServer;

beforeAll(async () => {
  server = await startRealServer();
  // Signed in before the app starts (the session is read at launch): 实名 needs an account.
  const consumer = await apiCall<Session>(server.origin, 'POST', '/auth/dev', {
    openid: 'weapp-reporter',
  });
  setStorage('fx.session', consumer);
  installWeapp(server.origin);
}, 60_000);

afterAll(() => server?.stop());

type Simulated = ReturnType<typeof openPage>;
type Node = NonNullable<ReturnType<Simulated['querySelector']>>;

/** Taps and waits until the page's text passes `until`. */
async function tap(page: Simulated, node: Node, until: (text: string) => boolean) {
  node.dispatchEvent('tap');
  for (let i = 0; i < 100 && !until(page.dom?.textContent ?? ''); i++) await simulate.sleep(20);
  expect(until(page.dom?.textContent ?? '')).toBe(true);
}

const kind = (page: Simulated, title: string) =>
  page.querySelectorAll('.new-report__kind').find((n) => n.dom?.textContent?.includes(title))!;
const isOn = (node: Node) => node.dom?.className.includes('is-on') ?? false;

test('the report form: three parts, and the 匿名/实名 choice', async () => {
  const page = openPage('features/reports/pages/new/index');
  await waitForText(page, '举报方式');
  const text = page.dom?.textContent ?? '';
  for (const part of ['1 举报对象', '2 举报内容', '3 举报人', '提交举报', '第三十三条']) {
    expect(text).toContain(part);
  }
  // 第七条: a report is not a complaint; the way to one is offered.
  expect(text).toContain('去投诉');

  const anonymous = kind(page, '匿名举报');
  const realName = kind(page, '实名举报');
  expect(anonymous.dom?.textContent).toContain('不留姓名和电话');
  expect(realName.dom?.textContent).toContain('第三十一条');

  // 实名: name and phone are asked for.
  await tap(page, realName, (t) => t.includes('手机号码'));
  expect(isOn(kind(page, '实名举报'))).toBe(true);
  expect(isOn(kind(page, '匿名举报'))).toBe(false);
  expect(page.dom?.textContent).toContain('姓名');

  // 匿名: they are gone again.
  await tap(page, anonymous, (t) => !t.includes('手机号码'));
  expect(isOn(kind(page, '匿名举报'))).toBe(true);
  expect(isOn(kind(page, '实名举报'))).toBe(false);
});

test('the progress page: a real report by number and code shows 已立案 and its steps', async () => {
  const merchant = (await getJson<MerchantPage>(`${server.origin}/api/v1/merchants?limit=1`)).body
    .items[0];
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  // Filed without signing in, as an anonymous visitor does.
  const created = await apiCall<ReportCreated>(server.origin, 'POST', '/reports', {
    reporter: { kind: 'anonymous' },
    business: { merchantId: merchant.id, name: merchant.name, address: merchant.address },
    description: '店里货架上在卖过期的牛奶，生产日期已经过了三个月。',
    seenOn: today,
    place: `${merchant.name}店内`,
    photos: [],
    wantsReply: true,
  });
  const staff = await signInNewStaff(server.origin, server.dataDir, 'weapp-report-staff');
  await apiCall(
    server.origin,
    'POST',
    `/reports/${created.id}/decisions`,
    { action: 'open-case' },
    staff.token,
  );

  // The result page's link prefills the number; the code is typed (in lower case, no dash).
  const page = openPage('features/reports/pages/progress/index', { reportNo: created.reportNo });
  await waitForText(page, '查询码');
  // The second field (举报编号, 查询码): NutUI's Input is a native input inside.
  const code = page.querySelectorAll('.nut-input-native')[1];
  expect(code).toBeDefined();
  code.dispatchEvent('input', { detail: { value: created.code.replace('-', '').toLowerCase() } });
  await simulate.sleep(50);
  const query = page
    .querySelectorAll('.nut-button')
    .find((button) => button.dom?.textContent?.includes('查询'));
  expect(query).toBeDefined();
  await tap(page, query!, (t) => t.includes('已立案调查'));

  const text = page.dom?.textContent ?? '';
  expect(text).toContain(created.reportNo);
  expect(text).toContain('已立案');
  expect(text).toContain('匿名举报');
  expect(text).toContain(merchant.name);
  expect(text).toContain('已收到举报');
});
