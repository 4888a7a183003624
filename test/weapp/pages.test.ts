import type { Region } from '@api/region';
import { getJson, startRealServer, type RealServer } from '../support/real-server';
import { calls, installWeapp, openPage, simulate, waitForText } from './support/taro-simulate';

let server: RealServer;
let region: Region;

beforeAll(async () => {
  server = await startRealServer();
  region = (await getJson<Region>(`${server.origin}/api/v1/region`)).body;
  installWeapp(server.origin);
});

afterAll(() => server?.stop());

describe('weapp build in miniprogram-simulate, against the real server', () => {
  test('首页 shows the seeded county campaign, event and hotlines', async () => {
    const page = openPage('pages/index/index');
    await waitForText(page, region.theme.title);
    const text = page.dom?.textContent ?? '';
    expect(text).toContain(`${region.county} · 3·15 国际消费者权益日`);
    expect(text).toContain(region.event.title);
    expect(text).toContain(region.event.place);
    for (const hotline of region.hotlines) expect(text).toContain(hotline.number);

    // Tapping the local hotline asks WeChat to dial it.
    const cells = page.querySelectorAll('.nut-cell');
    const local = cells.find((cell) => cell.dom?.textContent?.includes(region.hotlines[1].number));
    expect(local).toBeDefined();
    local!.dispatchEvent('tap');
    await simulate.sleep(20);
    expect(calls.makePhoneCall).toContain(region.hotlines[1].number);
  });

  test('我的: WeChat login through the server, role shown; large-text mode applies', async () => {
    const page = openPage('pages/me/index');
    await waitForText(page, '未登录');
    expect(page.dom?.textContent).toContain('微信登录');

    page.querySelector('.lite-button')!.dispatchEvent('tap');
    await waitForText(page, '消费者');
    expect(page.dom?.textContent).toMatch(/微信用户\w{4}/);

    const root = () => page.querySelector('.page')!.dom?.className ?? '';
    expect(root()).not.toContain('large-text');
    page.querySelector('.lite-switch')!.dispatchEvent('tap');
    await simulate.sleep(50);
    expect(root()).toContain('large-text');
  });
});
