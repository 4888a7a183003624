import http from 'node:http';
import type { Session } from '@api/auth';
import type { ComplaintCreated } from '@api/complaints';
import type { MerchantPage } from '@api/merchants';
import { getJson, startRealServer, type RealServer } from '../support/real-server';
import { signInNewStaff } from '../support/staff';
import { installWeapp, openPage, setStorage, waitForText } from './support/taro-simulate';

let server: RealServer;
let consumer: Session;

/** A JSON request to the real server (jsdom has no fetch). */
function send<T>(method: string, path: string, body: unknown, token?: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const data = JSON.stringify(body);
    const req = http.request(
      `${server.origin}/api/v1${path}`,
      {
        method,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(data),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () =>
          (res.statusCode ?? 500) < 300 ? resolve(JSON.parse(text) as T) : reject(new Error(text)),
        );
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

beforeAll(async () => {
  server = await startRealServer();
  // Signed in before the app starts, as a returning user is: the session is read at launch.
  consumer = await send<Session>('POST', '/auth/dev', { openid: 'weapp-consumer' });
  setStorage('fx.session', consumer);
  installWeapp(server.origin);
});

afterAll(() => server?.stop());

test('the complaint form and a complaint timeline render in the weapp build', async () => {
  const form = openPage('features/complaints/pages/new/index');
  await waitForText(form, '搜索商家');
  expect(form.dom?.textContent).toContain('下一步');
  expect(form.dom?.textContent).toContain('填写的内容会自动保存在本机');

  const merchant = (await getJson<MerchantPage>(`${server.origin}/api/v1/merchants?limit=1`)).body
    .items[0];
  const created = await send<ComplaintCreated>(
    'POST',
    '/complaints',
    {
      merchant: { merchantId: merchant.id, name: merchant.name, address: merchant.address },
      category: '售后服务',
      purchaseDate: '2026-11-20',
      amount: 320,
      facts: '购买的洗衣机送货上门后无法脱水，多次联系售后均未上门维修。',
      request: { kinds: ['维修'] },
      evidence: [],
      complainant: { name: '李四', phone: '13912345678', address: '城关镇幸福小区1栋1单元' },
      consent: true,
    },
    consumer.token,
  );
  // Signed in with the one-time password and changed at once: the new session's token is used.
  const staff = await signInNewStaff(server.origin, server.dataDir, 'weapp-staff');
  await send(
    'POST',
    `/complaints/${created.id}/transitions`,
    { action: 'accept', note: '材料齐全' },
    staff.token,
  );

  const detail = openPage('features/complaints/pages/detail/index', { id: created.id });
  await waitForText(detail, created.trackingNo);
  const text = detail.dom?.textContent ?? '';
  expect(text).toContain('已受理');
  expect(text).toContain('材料齐全');
  expect(text).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/); // every step with its time
  expect(text).toContain('调解期限');
  // 第十六条: the complainant's own consent button while pending.
  expect(text).toContain('调解意愿（第十六条）');
  expect(text).toContain('同意调解');

  // 第二十二条: once settled, the 调解书 renders as a page to screenshot (no web-view, no print).
  await send(
    'POST',
    `/complaints/${created.id}/mediation-consent`,
    { decision: 'agree' },
    consumer.token,
  );
  await send(
    'POST',
    `/complaints/${created.id}/mediation-consent`,
    { side: 'merchant', decision: 'agree', method: 'phone' },
    staff.token,
  );
  for (const body of [
    { action: 'mediate', method: 'phone' },
    { action: 'settle', agreement: '商家上门维修并赔偿100元', amountRecovered: 100 },
  ]) {
    await send('POST', `/complaints/${created.id}/transitions`, body, staff.token);
  }
  const paper = openPage('features/complaints/pages/agreement/index', { id: created.id });
  await waitForText(paper, '商家上门维修并赔偿100元');
  const doc = paper.dom?.textContent ?? '';
  expect(doc).toContain('李四（电话 13912345678）');
  expect(doc).toContain(created.trackingNo);
  expect(doc).toContain('可截屏保存');
  expect(doc).not.toContain('打印调解书');
});
