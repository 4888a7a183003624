import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { MyReminders, ReminderState, SessionDetail } from '@api/law';
import type { Message } from '@api/messages';
import { sendDueReminders } from '../../server/src/features/law/session-reminders';
import type { LocalWechatDouble } from '../../server/src/wechat/local-double';
import { createTestApp, loginConsumer, loginStaff, type TestApp } from './support/app';
import { sessionCalls, sessionContent, shanghai } from './support/law-sessions';
import { messagesOf } from './support/messages';

/** 法润乡村 reminders: the day before in Shanghai, sent once, and cancellations told at once. */

const TEMPLATE = 'tmpl-law-session';
let clock = shanghai('2027-03-01 10:00');
let t: TestApp;
let staff: { token: string };

beforeAll(async () => {
  t = await createTestApp({
    env: { SEED_DEMO: 'false', WECHAT_TEMPLATE_LAW_SESSION: TEMPLATE },
    now: () => clock,
  });
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
const outbox = () => (t.wechat as LocalWechatDouble).outbox;
const deps = () => ({ db: t.db, config: t.config, wechat: t.wechat, now: () => clock });
const send = (at: Date) => sendDueReminders(deps(), at);
const lawMessages = async (token: string): Promise<Message[]> =>
  (await messagesOf(t, token)).filter((m) => m.kind === 'law');
/** A consumer signed in with an openid (so a subscribe message can reach them). */
const person = () => loginConsumer(t.app);

describe('setting a reminder', () => {
  it('remembers the Shanghai day before the start', async () => {
    const user = await person();
    // 2027-03-15T01:00Z is 09:00 in Shanghai.
    const morning = await s.published(
      sessionContent('2027-03-15', {
        startsAt: '2027-03-15T01:00:00.000Z',
        endsAt: '2027-03-15T03:00:00.000Z',
      }),
    );
    const res = await s.remind(morning, user.token, true);
    expect(res.statusCode).toBe(200);
    expect(res.json<ReminderState>()).toEqual({ reminded: true, remindOn: '2027-03-14' });

    // 00:30 on 3月15日 in Shanghai is still 3月14日 in UTC: the day before is 3月14日 all the same.
    const midnight = await s.published(
      sessionContent('2027-03-15', {
        startsAt: shanghai('2027-03-15 00:30').toISOString(),
        endsAt: shanghai('2027-03-15 02:00').toISOString(),
      }),
    );
    expect((await s.remind(midnight, user.token)).json<ReminderState>().remindOn).toBe(
      '2027-03-14',
    );
    const detail = await s.get(`/law/sessions/${morning}`, user.token);
    expect(detail.json<SessionDetail>().reminded).toBe(true);
    // Nobody else sees that someone set it.
    const other = await person();
    expect(
      (await s.get(`/law/sessions/${morning}`, other.token)).json<SessionDetail>().reminded,
    ).toBe(false);
    const anonymous = await s.get(`/law/sessions/${morning}`);
    expect(anonymous.body).not.toContain(user.user.id);

    const mine = (await s.get('/law/reminders/mine', user.token)).json<MyReminders>();
    expect(mine.items.map((i) => i.id)).toEqual([midnight, morning]);
  });

  it('refuses a started session (409), a draft (404) and a caller who is not signed in (401)', async () => {
    const user = await person();
    const id = await s.published(sessionContent('2027-03-02'));
    clock = shanghai('2027-03-02 09:30');
    const started = await s.remind(id, user.token);
    expect(started.statusCode).toBe(409);
    expect(started.json()).toMatchObject({ code: 'SESSION_STARTED', message: '活动已开始' });
    const draft = await s.created(sessionContent('2027-03-20'));
    expect((await s.remind(draft, user.token)).statusCode).toBe(404);
    const anonymous = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/law/sessions/${id}/reminder`,
      payload: { subscribed: false },
    });
    expect(anonymous.statusCode).toBe(401);
    expect(await t.db.db.selectFrom('law_session_reminders').select('user_id').execute()).toEqual(
      [],
    );
  });

  it('DELETE removes the reminder: nothing is sent', async () => {
    const user = await person();
    const id = await s.published();
    await s.remind(id, user.token, true);
    const removed = await s.unremind(id, user.token);
    expect(removed.statusCode).toBe(200);
    expect(removed.json<ReminderState>()).toEqual({ reminded: false });
    expect((await s.get(`/law/sessions/${id}`, user.token)).json<SessionDetail>().reminded).toBe(
      false,
    );
    const before = outbox().length;
    expect(await send(shanghai('2027-03-14 10:00'))).toBe(0);
    expect(await lawMessages(user.token)).toEqual([]);
    expect(outbox()).toHaveLength(before);
  });
});

describe('sending reminders', () => {
  it('sends on the day before from 09:00 Shanghai, once: a message and a subscribe message', async () => {
    const subscribed = await person();
    const plain = await person();
    const id = await s.published(); // 2027-03-15 09:00–11:00
    await s.remind(id, subscribed.token, true);
    await s.remind(id, plain.token, false);
    const before = outbox().length;

    expect(await send(shanghai('2027-03-13 10:00'))).toBe(0);
    expect(await send(shanghai('2027-03-14 08:30'))).toBe(0);
    expect(await lawMessages(subscribed.token)).toEqual([]);

    expect(await send(shanghai('2027-03-14 09:10'))).toBe(2);
    const [message] = await lawMessages(subscribed.token);
    expect(message).toMatchObject({
      kind: 'law',
      title: '法润乡村活动提醒',
      link: `/features/law/pages/session/index?id=${id}`,
    });
    expect(message.body).toContain('消费维权进乡村');
    expect(message.body).toContain('3月15日 09:00');
    expect(await lawMessages(plain.token)).toHaveLength(1);
    const sent = outbox().slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      templateId: TEMPLATE,
      page: `features/law/pages/session/index?id=${id}`,
      data: { thing1: '消费维权进乡村', time2: '2027-03-15 09:00' },
    });
    expect(Array.from(sent[0].data.thing3).length).toBeLessThanOrEqual(20);

    // Again, and twice at once: nothing more.
    expect(await send(shanghai('2027-03-14 09:20'))).toBe(0);
    expect(await Promise.all([send(clock), send(shanghai('2027-03-14 09:30'))])).toEqual([0, 0]);
    expect(await lawMessages(subscribed.token)).toHaveLength(1);
    expect(outbox()).toHaveLength(before + 1);
  });

  it('two runs at the same moment send each reminder once', async () => {
    const users = await Promise.all([person(), person(), person()]);
    const id = await s.published();
    for (const u of users) await s.remind(id, u.token, true);
    const before = outbox().length;
    const at = shanghai('2027-03-14 12:00');
    const counts = await Promise.all([send(at), send(at)]);
    expect(counts[0] + counts[1]).toBe(3);
    for (const u of users) expect(await lawMessages(u.token)).toHaveLength(1);
    expect(outbox()).toHaveLength(before + 3);
  });

  it('a cancelled session sends no reminder; its cancellation reaches the reminded at once', async () => {
    const user = await person();
    const id = await s.published();
    await s.remind(id, user.token, true);
    const before = outbox().length;
    clock = shanghai('2027-03-10 15:00');
    const cancelled = await s.move(id, { action: 'cancel', reason: '场地维修' });
    expect(cancelled.statusCode).toBe(200);
    const [message] = await lawMessages(user.token);
    expect(message).toMatchObject({ title: '法润乡村活动已取消' });
    expect(message.body).toContain('原因：场地维修。');
    expect(outbox().slice(before)).toEqual([
      expect.objectContaining({
        templateId: TEMPLATE,
        data: expect.objectContaining({ thing4: '活动已取消：场地维修' }),
      }),
    ]);
    expect(await t.db.db.selectFrom('law_session_reminders').select('user_id').execute()).toEqual(
      [],
    );
    expect(await send(shanghai('2027-03-14 10:00'))).toBe(0);
    expect(await lawMessages(user.token)).toHaveLength(1);
  });

  it('a session moved to another day reminds the new day before, and says it moved', async () => {
    const user = await person();
    const id = await s.published();
    await s.remind(id, user.token);
    const moved = await s.edit(id, sessionContent('2027-03-18'));
    expect(moved.statusCode).toBe(200);
    const [notice] = await lawMessages(user.token);
    expect(notice).toMatchObject({ title: '法润乡村活动有变动' });
    expect(notice.body).toContain('3月18日 09:00');
    expect(await send(shanghai('2027-03-14 10:00'))).toBe(0);
    expect(await send(shanghai('2027-03-17 10:00'))).toBe(1);
  });
});

describe('npm run admin -- law-remind (the real CLI, spawned with tsx)', () => {
  it('sends what is due now, once', async () => {
    // The CLI reads the system clock: a session two hours from now is due at any hour.
    clock = new Date();
    const user = await person();
    const startsAt = new Date(clock.getTime() + 2 * 3600_000);
    const id = await s.published(
      sessionContent('2027-03-15', {
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3600_000).toISOString(),
      }),
    );
    await s.remind(id, user.token);
    const cli = () =>
      promisify(execFile)(
        join(__dirname, '../../node_modules/.bin/tsx'),
        ['server/src/cli/admin.ts', 'law-remind'],
        {
          cwd: join(__dirname, '../..'),
          timeout: 60_000,
          env: {
            ...process.env,
            NODE_ENV: 'test',
            DATA_DIR: t.dir,
            DATABASE_URL: t.config.database.kind === 'postgres' ? t.config.database.url : '',
            LOG_LEVEL: 'silent',
          },
        },
      );
    expect((await cli()).stdout).toContain('已发送 1 条法润乡村活动提醒');
    expect((await cli()).stdout).toContain('已发送 0 条法润乡村活动提醒');
    const [message] = await lawMessages(user.token);
    expect(message).toMatchObject({ title: '法润乡村活动提醒' });
  }, 120_000);
});
