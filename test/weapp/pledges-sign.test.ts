import type { Session } from '@api/auth';
import type { MerchantPage } from '@api/merchants';
import { apiCall } from '../support/api-client';
import { startRealServer, type RealServer } from '../support/real-server';
import {
  calls,
  installWeapp,
  openPage,
  setStorage,
  simulate,
  waitForText,
} from './support/taro-simulate';

let server: RealServer;

beforeAll(async () => {
  server = await startRealServer();
  const owner = await apiCall<Session>(server.origin, 'POST', '/auth/dev', {
    openid: 'weapp-sign',
  });
  setStorage('fx.session', owner);
  installWeapp(server.origin);
});

afterAll(() => server?.stop());

type Simulated = ReturnType<typeof openPage>;
const buttonLabelled = (page: Simulated, label: string) =>
  page.querySelectorAll('.nut-button').find((b) => b.dom?.textContent?.includes(label));

test('the weapp pad: a 2d canvas that takes touches; a missing signature is marked at the pad', async () => {
  const shop = (await apiCall<MerchantPage>(server.origin, 'GET', '/merchants?limit=1')).items[0];
  const page = openPage('features/pledges/pages/sign/index', {
    merchantId: shop.id,
    kind: 'initiative',
  });
  await waitForText(page, '我已阅读，去签名');
  buttonLabelled(page, '我已阅读，去签名')!.dispatchEvent('tap');
  await waitForText(page, '请在此处手写签名');

  const canvas = page.querySelector('.signature-pad__canvas')!;
  expect(canvas).toBeTruthy();
  expect(canvas.dom?.tagName.toLowerCase()).toContain('canvas');

  // Nothing written: the pad's field says so, and nothing is uploaded.
  buttonLabelled(page, '确认签署')!.dispatchEvent('tap');
  await waitForText(page, '请在签名框内手写签名');
  expect(calls.toasts).toContain('请先改正标红的内容');

  // A finger on the canvas (WeChat gives canvas-relative x/y) writes and clears the error.
  const touch = (x: number, y: number) => ({ touches: [{ x, y }], changedTouches: [{ x, y }] });
  canvas.dispatchEvent('touchstart', touch(20, 40));
  canvas.dispatchEvent('touchmove', touch(60, 50));
  canvas.dispatchEvent('touchend', { touches: [], changedTouches: [{ x: 60, y: 50 }] });
  for (let i = 0; i < 100 && page.dom?.textContent?.includes('请在签名框内手写签名'); i++)
    await simulate.sleep(20);
  expect(page.dom?.textContent).not.toContain('请在签名框内手写签名');
  expect(page.dom?.textContent).not.toContain('请在此处手写签名');
});
