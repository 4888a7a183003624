import type { SessionDetail, SessionList, StaffSession, StaffSessionList } from '@api/law';
import { CHECKIN_CODE_PATTERN } from '@/domain/law-vocabulary';
import { lawRoutes } from '@/features/law/routes';
import { checkinUrl } from '../../server/src/features/law/session-qr-service';
import { createTestApp, loginConsumer, loginStaff, type TestApp } from './support/app';
import { startFakeWechat } from './support/fake-wechat';
import { sessionCalls, sessionContent, shanghai } from './support/law-sessions';

/** 法润乡村 sessions: staff write and publish them, consumers list and open the published ones. */

let clock = shanghai('2027-03-01 10:00');
let t: TestApp;
let staff: { token: string };
let consumer: { token: string };

beforeAll(async () => {
  t = await createTestApp({ env: { SEED_DEMO: 'false' }, now: () => clock });
  staff = await loginStaff(t, 'staff');
  consumer = await loginConsumer(t.app);
});
afterAll(() => t.close());
beforeEach(async () => {
  clock = shanghai('2027-03-01 10:00');
  // Each test starts from no sessions (the lists are global).
  await t.db.db.deleteFrom('law_sessions').execute();
});

const s = sessionCalls(
  () => t,
  () => staff.token,
);
const list = async (query = '') => (await s.get(`/law/sessions${query}`)).json<SessionList>();
const ids = (page: { items: { id: string }[] }) => page.items.map((i) => i.id);

describe('staff write and publish a session', () => {
  it('saves a draft with a check-in code that only staff see, and publishes it', async () => {
    const id = await s.created();
    const draft = await s.get(`/law/sessions/${id}/manage`, staff.token);
    expect(draft.statusCode).toBe(200);
    const staffView = draft.json<StaffSession>();
    expect(staffView).toMatchObject({
      id,
      status: 'draft',
      topic: '消费维权进乡村',
      town: '青石镇',
      attendees: 0,
      reminders: 0,
      past: false,
    });
    expect(staffView.checkinCode).toMatch(new RegExp(CHECKIN_CODE_PATTERN));

    // A draft is staff's only: 404 to the public, absent from the list.
    expect((await s.get(`/law/sessions/${id}`)).statusCode).toBe(404);
    expect((await s.get(`/law/sessions/${id}`, consumer.token)).json()).toMatchObject({
      code: 'SESSION_NOT_FOUND',
      message: '活动不存在',
    });
    expect(ids(await list())).toEqual([]);

    const published = await s.move(id, { action: 'publish' });
    expect(published.statusCode).toBe(200);
    expect(published.json<StaffSession>().status).toBe('published');
    const detail = await s.get(`/law/sessions/${id}`);
    expect(detail.statusCode).toBe(200);
    const body = detail.json<SessionDetail>();
    expect(body).toMatchObject({ id, status: 'published', reminded: false, village: '石门村' });
    expect(body).not.toHaveProperty('checkinCode');
    expect(ids(await list())).toEqual([id]);

    // Publishing twice is refused.
    expect((await s.move(id, { action: 'publish' })).statusCode).toBe(409);
    const audit = await t.db.db
      .selectFrom('audit_log')
      .select('action')
      .where('target_id', '=', id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['law-session.create', 'law-session.publish']);
  });

  it('refuses bad input field by field in Chinese, and writes nothing', async () => {
    const res = await s.create(
      sessionContent('2027-03-15', {
        topic: '  普法 ',
        town: '外县镇',
        village: ' 村',
        endsAt: shanghai('2027-03-15 08:00').toISOString(),
        quizTopic: '不存在的专题',
      }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: {
        topic: '主题至少4个字',
        town: '请从列表中选择本县的镇或街道',
        village: '请填写村或社区',
        quizTopic: '请从题库专题中选择',
        endsAt: '结束时间须晚于开始时间',
      },
    });
    const tooLong = await s.create(
      sessionContent('2027-03-15', { endsAt: shanghai('2027-03-15 21:30').toISOString() }),
    );
    expect(tooLong.json()).toMatchObject({ fields: { endsAt: '活动时长不能超过12小时' } });
    const past = await s.create(sessionContent('2027-02-20'));
    expect(past.json()).toMatchObject({ fields: { startsAt: '开始时间须晚于现在' } });
    // Outside the schema: a clear message too, never a 500.
    const unknown = await s.create({ ...sessionContent(), extra: 1 });
    expect(unknown.statusCode).toBe(400);
    expect(await t.db.db.selectFrom('law_sessions').select('id').execute()).toHaveLength(0);
  });

  it('lets only staff write sessions', async () => {
    expect((await s.create(sessionContent(), consumer.token)).statusCode).toBe(403);
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/v1/law/sessions',
      payload: sessionContent(),
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it('edits a published session at once; cancel needs a reason and keeps the page', async () => {
    const id = await s.published();
    const edited = await s.edit(id, sessionContent('2027-03-15', { place: '村文化广场' }));
    expect(edited.statusCode).toBe(200);
    expect((await s.get(`/law/sessions/${id}`)).json<SessionDetail>().place).toBe('村文化广场');

    const noReason = await s.move(id, { action: 'cancel' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json()).toMatchObject({ fields: { reason: '请填写取消原因' } });

    const cancelled = await s.move(id, { action: 'cancel', reason: '暴雨预警，改期另行通知' });
    expect(cancelled.statusCode).toBe(200);
    const page = (await s.get(`/law/sessions/${id}`)).json<SessionDetail>();
    expect(page).toMatchObject({ status: 'cancelled', cancelledReason: '暴雨预警，改期另行通知' });
    expect(ids(await list())).toEqual([]);
    expect((await s.edit(id, sessionContent())).json()).toMatchObject({
      code: 'SESSION_CANCELLED',
    });
  });

  it('gives staff the printed QR as a PNG', async () => {
    const id = await s.created();
    const qr = await s.get(`/law/sessions/${id}/qr`, staff.token);
    expect(qr.statusCode).toBe(200);
    expect(qr.headers['content-type']).toBe('image/png');
    expect(qr.rawPayload.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect((await s.get(`/law/sessions/${id}/qr`, consumer.token)).statusCode).toBe(403);
    // Without an AppID the QR is the H5 address of the check-in page with the code.
    const code = (await s.get(`/law/sessions/${id}/manage`, staff.token)).json<StaffSession>()
      .checkinCode;
    expect(checkinUrl(t, code)).toBe(`${t.config.publicBaseUrl}${lawRoutes.checkin(code)}`);
  });

  it('with an AppID asks WeChat for a mini-program code of the check-in page, scene c=<code>', async () => {
    const fake = await startFakeWechat();
    const w = await createTestApp({
      env: {
        SEED_DEMO: 'false',
        WECHAT_APPID: fake.appId,
        WECHAT_SECRET: fake.secret,
        WECHAT_API_BASE: fake.url,
      },
      now: () => clock,
    });
    try {
      const token = (await loginStaff(w)).token;
      const calls = sessionCalls(
        () => w,
        () => token,
      );
      const id = await calls.created();
      const code = (await calls.get(`/law/sessions/${id}/manage`, token)).json<StaffSession>()
        .checkinCode;
      expect((await calls.get(`/law/sessions/${id}/qr`, token)).statusCode).toBe(200);
      const asked = fake.calls.filter((c) => c.path === '/wxa/getwxacodeunlimit');
      expect(asked.map((c) => c.body)).toEqual([
        expect.objectContaining({ scene: `c=${code}`, page: 'features/law/pages/checkin/index' }),
      ]);
    } finally {
      await w.close();
      await fake.close();
    }
  });
});

describe('the public list', () => {
  it('lists upcoming sessions by start time; ended ones under past=true, newest first', async () => {
    const later = await s.published(sessionContent('2027-03-20'));
    const sooner = await s.published(sessionContent('2027-03-05'));
    const earliest = await s.published(sessionContent('2027-03-02'));
    await s.created(sessionContent('2027-03-03')); // a draft: never listed
    expect(ids(await list())).toEqual([earliest, sooner, later]);

    clock = shanghai('2027-03-06 12:00');
    const upcoming = await list();
    expect(ids(upcoming)).toEqual([later]);
    expect(upcoming.items[0].past).toBe(false);
    const past = await list('?past=true');
    expect(ids(past)).toEqual([sooner, earliest]);
    expect(past.items.every((i) => i.past)).toBe(true);
  });

  it('pages with a cursor and filters by town', async () => {
    const first = await s.published(sessionContent('2027-03-02'));
    const second = await s.published(sessionContent('2027-03-03', { town: '河口镇' }));
    const third = await s.published(sessionContent('2027-03-04'));
    const one = await list('?limit=2');
    expect(ids(one)).toEqual([first, second]);
    expect(one.nextCursor).toEqual(expect.any(String));
    const two = await list(`?limit=2&cursor=${one.nextCursor}`);
    expect(ids(two)).toEqual([third]);
    expect(two.nextCursor).toBeNull();
    expect(ids(await list(`?town=${encodeURIComponent('河口镇')}`))).toEqual([second]);
  });

  it('with near= lists located sessions nearest first with distanceKm, the others after by time', async () => {
    const far = await s.published(
      sessionContent('2027-03-02', { location: { latitude: 27.5, longitude: 119.6 } }),
    );
    const near = await s.published(
      sessionContent('2027-03-09', { location: { latitude: 27.11, longitude: 119.6 } }),
    );
    const unplaced = await s.published(sessionContent('2027-03-03', { location: undefined }));
    const page = await list('?near=27.1,119.6');
    expect(ids(page)).toEqual([near, far, unplaced]);
    // 0.01° of latitude ≈ 1.1 km; 0.4° ≈ 44.5 km.
    expect(page.items[0].distanceKm).toBe(1.1);
    expect(page.items[1].distanceKm).toBe(44.5);
    expect(page.items[2]).not.toHaveProperty('distanceKm');
    // Paging keeps the distance order.
    const one = await list('?near=27.1,119.6&limit=1');
    expect(ids(one)).toEqual([near]);
    const rest = await list(`?near=27.1,119.6&limit=5&cursor=${one.nextCursor}`);
    expect(ids(rest)).toEqual([far, unplaced]);
    expect((await s.get('/law/sessions?near=abc')).statusCode).toBe(400);
  });

  it('gives staff every status, upcoming first by time, then past newest first', async () => {
    const pastOne = await s.published(sessionContent('2027-03-02'));
    const pastTwo = await s.created(sessionContent('2027-03-03'));
    const next = await s.created(sessionContent('2027-03-20'));
    const soon = await s.published(sessionContent('2027-03-10'));
    clock = shanghai('2027-03-05 10:00');
    const all = await s.get('/law/sessions/manage', staff.token);
    expect(ids(all.json<StaffSessionList>())).toEqual([soon, next, pastTwo, pastOne]);
    const page = (
      await s.get('/law/sessions/manage?limit=3', staff.token)
    ).json<StaffSessionList>();
    expect(ids(page)).toEqual([soon, next, pastTwo]);
    const rest = (
      await s.get(`/law/sessions/manage?limit=3&cursor=${page.nextCursor}`, staff.token)
    ).json<StaffSessionList>();
    expect(ids(rest)).toEqual([pastOne]);
    const drafts = (
      await s.get('/law/sessions/manage?status=draft', staff.token)
    ).json<StaffSessionList>();
    expect(ids(drafts)).toEqual([next, pastTwo]);
  });
});
