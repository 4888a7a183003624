/**
 * Issue 17 in the weapp production build (miniprogram-simulate, real server): 法润乡村 lists a
 * session staff published, and its page sets a reminder for the signed-in reader (提醒我 →
 * 将于…提醒您), which the server then holds. (Each page of the build loads once per file.)
 */
import type { Session } from '@api/auth';
import type { MyReminders, SessionCreated } from '@api/law';
import type { Region } from '@api/region';
import { apiCall } from '../support/api-client';
import { getJson, startRealServer, type RealServer } from '../support/real-server';
import { signInNewStaff } from '../support/staff';
import { installWeapp, openPage, setStorage, simulate, waitForText } from './support/taro-simulate';

let server: RealServer;
let reader: Session;
let staff: Session;
let sessionId: string;
let town: string;

/** 09:00–11:00 Shanghai time, `days` from now. */
function slot(days: number) {
  const day = new Date(Date.now() + days * 86_400_000 + 8 * 3600_000).toISOString().slice(0, 10);
  return {
    day,
    startsAt: new Date(`${day}T09:00:00+08:00`).toISOString(),
    endsAt: new Date(`${day}T11:00:00+08:00`).toISOString(),
  };
}
const inWords = (date: string) => {
  const [, month, day] = date.split('-').map(Number);
  return `${month}月${day}日`;
};
const when = slot(5);

beforeAll(async () => {
  server = await startRealServer();
  // Signed in before the app loads (app.js reads the session once, at start).
  reader = await apiCall<Session>(server.origin, 'POST', '/auth/dev', { openid: 'wx-law-s' });
  setStorage('fx.session', reader);
  installWeapp(server.origin);
  staff = await signInNewStaff(server.origin, server.dataDir, 'wx-law-staff');
  town = (await getJson<Region>(`${server.origin}/api/v1/region`)).body.towns[1];
  const created = await apiCall<SessionCreated>(
    server.origin,
    'POST',
    '/law/sessions',
    {
      topic: '农村消费维权知识讲座',
      town,
      village: '东坪村',
      place: '村委会二楼会议室',
      location: { latitude: 27.7201, longitude: 106.9203 },
      startsAt: when.startsAt,
      endsAt: when.endsAt,
      speakerUnit: '县市场监管局消保股',
      quizTopic: '识假辨假',
    },
    staff.token,
  );
  sessionId = created.id;
  await apiCall(
    server.origin,
    'POST',
    `/law/sessions/${sessionId}/transitions`,
    { action: 'publish' },
    staff.token,
  );
}, 60_000);

afterAll(() => server?.stop());

test('法润乡村 lists the published session: when, where, who', async () => {
  const page = openPage('features/law/pages/sessions/index');
  await waitForText(page, '农村消费维权知识讲座');
  const text = page.dom?.textContent ?? '';
  expect(text).toContain(`${town} · 东坪村`);
  expect(text).toContain('村委会二楼会议室');
  expect(text).toContain('主讲：县市场监管局消保股');
  expect(text).toContain(`${inWords(when.day)} `);
  expect(text).toContain('09:00–11:00');
  expect(text).toContain('按距离排序');
});

test('a session page: 提醒我 sets the reminder for the day before, kept by the server', async () => {
  const page = openPage('features/law/pages/session/index', { id: sessionId });
  await waitForText(page, '提醒我');
  const text = page.dom?.textContent ?? '';
  expect(text).toContain('农村消费维权知识讲座');
  expect(text).toContain('导航');

  const remind = page
    .querySelectorAll('.nut-button')
    .find((button) => button.dom?.textContent?.includes('提醒我'));
  expect(remind).toBeDefined();
  remind!.dispatchEvent('tap');
  const dayBefore = new Date(Date.parse(`${when.day}T00:00:00Z`) - 86_400_000)
    .toISOString()
    .slice(0, 10);
  await waitForText(page, `将于${inWords(dayBefore)}提醒您`);
  await waitForText(page, '取消提醒');

  await simulate.sleep(50);
  const mine = await apiCall<MyReminders>(
    server.origin,
    'GET',
    '/law/reminders/mine',
    undefined,
    reader.token,
  );
  expect(mine.items.map((item) => item.id)).toEqual([sessionId]);
});
