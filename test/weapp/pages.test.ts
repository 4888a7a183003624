import http from 'node:http';
import type { AddressInfo } from 'node:net';
import region from '../../server/src/db/seed/region.json';
import { installWeapp, openPage, waitForText } from './support/taro-simulate';

let server: http.Server;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(region));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  installWeapp(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

test('首页 renders', async () => {
  const page = openPage('pages/index/index');
  await waitForText(page, region.theme.title);
});

test('dbg me', async () => {
  const page = openPage('pages/me/index');
  await waitForText(page, '大字模式');
  console.log(page.dom.innerHTML.slice(0, 2500));
  const sw = page.querySelector('.nut-switch');
  console.log('switch', !!sw);
});
