import fs from 'node:fs';
import path from 'node:path';
import type { Region } from '@api/region';
import { PRIVACY_VERSIONS } from '@/domain/privacy';
import { getJson, startRealServer, type RealServer } from '../support/real-server';
import { installWeapp, openPage, simulate, waitForText, WEAPP_ROOT } from './support/taro-simulate';

type Resolve = (answer: object) => void;
let server: RealServer;
let region: Region;
/** What the app registered with wx.onNeedPrivacyAuthorization. */
let listener: ((resolve: Resolve) => void) | undefined;

beforeAll(async () => {
  server = await startRealServer();
  region = (await getJson<Region>(`${server.origin}/api/v1/region`)).body;
  // WeChat's API, present before the app starts as in the real client.
  const wx = (globalThis as unknown as { wx: Record<string, unknown> }).wx;
  wx.onNeedPrivacyAuthorization = (fn: (resolve: Resolve) => void) => {
    listener = fn;
  };
  installWeapp(server.origin);
});

afterAll(() => server?.stop());

const appJson = () =>
  JSON.parse(fs.readFileSync(path.join(WEAPP_ROOT, 'app.json'), 'utf8')) as {
    lazyCodeLoading?: string;
    subPackages: { root: string; pages: string[] }[];
  };

test('app.json loads components lazily and carries the privacy pages as a subpackage', () => {
  const json = appJson();
  expect(json.lazyCodeLoading).toBe('requiredComponents');
  expect(json.subPackages.find((sub) => sub.root === 'features/privacy')?.pages).toEqual([
    'pages/about/index',
    'pages/policy/index',
    'pages/terms/index',
  ]);
});

test('the app registers for WeChat privacy requests; our dialog answers agree', async () => {
  expect(typeof listener).toBe('function');
  const page = openPage('pages/merchants/index');
  await waitForText(page, '扫一扫');

  const answers: object[] = [];
  listener!((answer) => answers.push(answer));
  await waitForText(page, '这项功能要用到位置、相机或照片');
  expect(answers).toEqual([{ event: 'exposureAuthorization' }]);

  const [, agree] = page.querySelectorAll('.privacy-prompt__button');
  expect(agree.dom?.textContent).toContain('同意');
  // WeChat fires this after a tap on the open-type="agreePrivacyAuthorization" button.
  agree.dispatchEvent('agreeprivacyauthorization');
  await simulate.sleep(50);
  expect(answers).toEqual([
    { event: 'exposureAuthorization' },
    { event: 'agree', buttonId: 'privacy-agree' },
  ]);
  expect(page.dom?.textContent).not.toContain('这项功能要用到位置、相机或照片');
});

test('关于 names the bureau and the versions; 隐私政策 names the county', async () => {
  const about = openPage('features/privacy/pages/about/index');
  await waitForText(about, `由${region.bureau}提供`);
  expect(about.dom?.textContent).toContain(`${PRIVACY_VERSIONS.privacy} 版`);

  const policy = openPage('features/privacy/pages/policy/index');
  await waitForText(policy, `“放心消费”由${region.bureau}提供`);
  expect(policy.dom?.textContent).toContain(region.council);
  expect(policy.dom?.textContent).toContain('第十七条');
});
