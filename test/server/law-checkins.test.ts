import type { Checkin, SessionFeedbackList, SessionStats, StaffSession } from '@api/law';
import { createTestApp, loginConsumer, loginStaff, type TestApp } from './support/app';
import { sessionCalls, sessionContent, shanghai } from './support/law-sessions';

/** QR check-ins (one per account or device), feedback once per check-in, and staff's figures. */

let clock = shanghai('2027-03-01 10:00');
let t: TestApp;
let staff: { token: string };

beforeAll(async () => {
  t = await createTestApp({ env: { SEED_DEMO: 'false' }, now: () => clock });
  staff = await loginStaff(t, 'staff');
});
afterAll(() => t.close());
beforeEach(async () => {
  clock = shanghai('2027-03-01 10:00');
  await t.db.db.deleteFrom('law_sessions').execute();
});

const s = sessionCalls(
  () => t,
  () => staff.token,
);
const device = (n: number) => `device-${String(n).padStart(12, '0')}`;
/** A published session on that day (09:00–11:00 Shanghai) and its check-in code. */
async function sessionOn(day: string, over = {}) {
  const id = await s.published(sessionContent(day, over));
  const staffView = (await s.get(`/law/sessions/${id}/manage`, staff.token)).json<StaffSession>();
  return { id, code: staffView.checkinCode };
}
const attendees = async (id: string) =>
  (await s.get(`/law/sessions/${id}/manage`, staff.token)).json<StaffSession>().attendees;

describe('checking in', () => {
  it('checks in with the code; scanning again gives the same check-in and a new token', async () => {
    const { id, code } = await sessionOn('2027-03-02');
    clock = shanghai('2027-03-02 09:15');
    const first = await s.checkin(code, device(1));
    expect(first.statusCode).toBe(201);
    const checkin = first.json<Checkin>();
    expect(checkin).toMatchObject({ session: { id, status: 'published' }, feedbackGiven: false });
    expect(checkin.feedbackToken.length).toBeGreaterThanOrEqual(16);

    const again = await s.checkin(code, device(1));
    expect(again.statusCode).toBe(200);
    const second = again.json<Checkin>();
    expect(second.id).toBe(checkin.id);
    expect(second.feedbackToken).not.toBe(checkin.feedbackToken);
    expect(await attendees(id)).toBe(1);

    // The new token proves the feedback; the replaced one no longer does.
    const stale = await s.feedback({
      checkinId: checkin.id,
      feedbackToken: checkin.feedbackToken,
      useful: 'yes',
      wantTopics: [],
    });
    expect(stale.statusCode).toBe(404);
    const given = await s.feedback({
      checkinId: second.id,
      feedbackToken: second.feedbackToken,
      useful: 'yes',
      wantTopics: ['预付卡'],
    });
    expect(given.statusCode).toBe(204);
    expect((await s.checkin(code, device(1))).json<Checkin>().feedbackGiven).toBe(true);

    // The table keeps no device id and no token in plain.
    const rows = await t.db.db.selectFrom('law_checkins').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(device(1));
    expect(JSON.stringify(rows)).not.toContain(second.feedbackToken);
  });

  it('counts a signed-in attendee once across devices, and devices apart when not signed in', async () => {
    const { id, code } = await sessionOn('2027-03-02');
    clock = shanghai('2027-03-02 10:00');
    const user = await loginConsumer(t.app);
    const onPhone = await s.checkedIn(code, device(2), user.token);
    const onTablet = await s.checkedIn(code, device(3), user.token);
    expect(onTablet.id).toBe(onPhone.id);
    await s.checkedIn(code, device(2));
    await s.checkedIn(code, device(4));
    expect(await attendees(id)).toBe(3);
  });

  it('opens an hour before the start and closes three days after the end', async () => {
    const { code } = await sessionOn('2027-03-10');
    clock = shanghai('2027-03-10 07:59');
    const early = await s.checkin(code, device(5));
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'CHECKIN_CLOSED', message: '签到尚未开始' });
    clock = shanghai('2027-03-10 08:00');
    expect((await s.checkin(code, device(5))).statusCode).toBe(201);
    clock = shanghai('2027-03-13 11:00');
    expect((await s.checkin(code, device(6))).statusCode).toBe(201);
    clock = shanghai('2027-03-13 11:01');
    const late = await s.checkin(code, device(7));
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'CHECKIN_CLOSED', message: '签到已结束' });
  });

  it('refuses an unknown code, a draft and a cancelled session', async () => {
    clock = shanghai('2027-03-02 09:00');
    const unknown = await s.checkin('ABCDEFGH', device(8));
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'CHECKIN_CODE_NOT_FOUND' });
    expect((await s.checkin('abc', device(8))).statusCode).toBe(400);

    clock = shanghai('2027-03-01 10:00');
    const draft = await s.created(sessionContent('2027-03-02'));
    const draftCode = (
      await s.get(`/law/sessions/${draft}/manage`, staff.token)
    ).json<StaffSession>().checkinCode;
    const cancelled = await sessionOn('2027-03-02');
    await s.move(cancelled.id, { action: 'cancel', reason: '改期' });
    clock = shanghai('2027-03-02 09:00');
    expect((await s.checkin(draftCode, device(8))).statusCode).toBe(404);
    expect((await s.checkin(cancelled.code, device(8))).json()).toMatchObject({
      code: 'SESSION_CANCELLED',
    });
  });
});

describe('feedback', () => {
  it('takes feedback once per check-in; a wrong token or id is 404', async () => {
    const { code } = await sessionOn('2027-03-02');
    clock = shanghai('2027-03-02 11:30');
    const checkin = await s.checkedIn(code, device(9));
    const body = {
      checkinId: checkin.id,
      feedbackToken: checkin.feedbackToken,
      useful: 'some',
      wantTopics: ['三包', '网购'],
      text: '  想多听听网购退货。 ',
    };
    expect((await s.feedback({ ...body, feedbackToken: 'x'.repeat(32) })).statusCode).toBe(404);
    expect((await s.feedback({ ...body, checkinId: 'nope' })).json()).toMatchObject({
      code: 'CHECKIN_NOT_FOUND',
    });
    const bad = await s.feedback({ ...body, useful: 'maybe' });
    expect(bad.statusCode).toBe(400);
    expect((await s.feedback(body)).statusCode).toBe(204);
    const twice = await s.feedback(body);
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'FEEDBACK_GIVEN' });
    const stored = await t.db.db.selectFrom('law_feedback').selectAll().execute();
    expect(stored).toHaveLength(1);
    expect(stored[0].text).toBe('想多听听网购退货。');
  });
});

describe('staff figures', () => {
  it('counts attendance and feedback per session and per town, and lists the feedback', async () => {
    const a = await sessionOn('2027-03-02');
    const b = await sessionOn('2027-03-03');
    const c = await sessionOn('2027-03-04', { town: '河口镇', village: '河口社区' });
    await sessionOn('2027-03-20'); // not started yet, no check-ins: not counted
    clock = shanghai('2027-03-05 10:00');
    const give = async (
      code: string,
      n: number,
      useful: string,
      wantTopics: string[],
      text?: string,
    ) => {
      clock = shanghai('2027-03-05 10:00');
      const checkin = await s.checkedIn(code, device(n));
      clock = new Date(clock.getTime() + n * 1000);
      const res = await s.feedback({
        checkinId: checkin.id,
        feedbackToken: checkin.feedbackToken,
        useful,
        wantTopics,
        ...(text && { text }),
      });
      expect(res.statusCode).toBe(204);
    };
    await give(a.code, 10, 'yes', ['预付卡', '三包']);
    await give(a.code, 11, 'yes', ['预付卡'], '讲得清楚');
    await give(a.code, 12, 'no', []);
    clock = shanghai('2027-03-05 10:00');
    await s.checkedIn(a.code, device(13)); // no feedback
    await give(b.code, 14, 'some', ['三包']);
    await give(c.code, 15, 'yes', ['网购']);

    const stats = (await s.get('/law/sessions/stats', staff.token)).json<SessionStats>();
    expect(stats.sessions.map((x) => x.id)).toEqual([c.id, b.id, a.id]);
    expect(stats.sessions[2]).toMatchObject({
      town: '青石镇',
      attendees: 4,
      feedback: 3,
      useful: { yes: 2, some: 0, no: 1 },
      wantTopics: [
        { topic: '预付卡', count: 2 },
        { topic: '三包', count: 1 },
      ],
    });
    expect(stats.towns).toEqual([
      {
        town: '青石镇',
        sessions: 2,
        attendees: 5,
        feedback: 4,
        useful: { yes: 2, some: 1, no: 1 },
        wantTopics: [
          { topic: '三包', count: 2 },
          { topic: '预付卡', count: 2 },
        ],
      },
      {
        town: '河口镇',
        sessions: 1,
        attendees: 1,
        feedback: 1,
        useful: { yes: 1, some: 0, no: 0 },
        wantTopics: [{ topic: '网购', count: 1 }],
      },
    ]);

    const list = (
      await s.get(`/law/sessions/${a.id}/feedback`, staff.token)
    ).json<SessionFeedbackList>();
    expect(list.items.map((i) => i.useful)).toEqual(['no', 'yes', 'yes']);
    expect(list.items[1]).toMatchObject({ text: '讲得清楚', wantTopics: ['预付卡'] });
    const paged = (
      await s.get(`/law/sessions/${a.id}/feedback?limit=2`, staff.token)
    ).json<SessionFeedbackList>();
    expect(paged.items).toHaveLength(2);
    const rest = (
      await s.get(`/law/sessions/${a.id}/feedback?limit=2&cursor=${paged.nextCursor}`, staff.token)
    ).json<SessionFeedbackList>();
    expect(rest.items.map((i) => i.useful)).toEqual(['yes']);
    expect(rest.nextCursor).toBeNull();
  });
});
