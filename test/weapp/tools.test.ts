import { BARCODE_NOTICE } from '@/domain/barcode';
import { startRealServer, type RealServer } from '../support/real-server';
import { installWeapp, openPage, waitForText } from './support/taro-simulate';

let server: RealServer;

beforeAll(async () => {
  server = await startRealServer();
  installWeapp(server.origin);
});

afterAll(() => server?.stop());

test('the barcode tool renders in the weapp build with its notice before anything is typed', async () => {
  const page = openPage('features/tools/pages/barcode/index');
  await waitForText(page, '扫一扫');
  expect(page.dom?.textContent).toContain(BARCODE_NOTICE.slice(0, 20));
});
