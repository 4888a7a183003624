import type { Message, MessagePage } from '@api/messages';
import type { LocalWechatDouble } from '../../server/src/wechat/local-double';
import { deliver } from '../../server/src/features/messages/messages-service';
import { bearer, createTestApp, loginConsumer, loginStaff, type TestApp } from './support/app';
import {
  ACTION_BODIES,
  complaintBody,
  fileComplaint,
  TestClock,
  transitionOk,
} from './support/complaints';
import { merchantWithTwoMembers, messagesOf, unreadCountOf } from './support/messages';

let t: TestApp;
let staff: { token: string };
const clock = new TestClock(new Date('2026-09-29T10:00:00+08:00'));

beforeAll(async () => {
  t = await createTestApp({
    env: { SEED_DEMO: 'false', WECHAT_TEMPLATE_COMPLAINT_STATUS: 'tmpl-status' },
    now: clock.now,
  });
  staff = await loginStaff(t);
});
afterAll(() => t.close());

const inject = (token: string, method: 'GET' | 'POST', url: string) =>
  t.app.inject({ method, url, headers: bearer(token) });

/** A complaint about a registered merchant with two members; every side signed in. */
async function scene(subscribed = true) {
  const shop = await merchantWithTwoMembers(t, staff.token);
  const consumer = await loginConsumer(t.app, `openid_${Math.random().toString(36).slice(2)}`);
  const complaint = await fileComplaint(t, consumer.token, {
    merchant: { merchantId: shop.merchantId, name: '被投诉商店', address: '城关镇某路1号' },
    subscribed,
  });
  return { ...shop, consumer, complaint };
}

describe('delivery of complaint status changes', () => {
  const paths: [string, (keyof typeof ACTION_BODIES)[], RegExp[]][] = [
    [
      'accept → mediate → pause → resume → terminate',
      ['accept', 'mediate', 'pause-for-testing', 'resume', 'terminate'],
      [/已受理/, /进入调解/, /调解暂停/, /恢复调解/, /终止调解/],
    ],
    [
      'accept → mediate → settle → close',
      ['accept', 'mediate', 'settle', 'close'],
      [/已受理/, /进入调解/, /调解成功/, /已办结/],
    ],
    ['reject', ['reject'], [/不予受理/]],
    ['withdraw', ['withdraw'], [/已撤回/]],
  ];

  it.each(paths)(
    '%s: each change reaches the complainant and every merchant member',
    async (_, actions, titles) => {
      const s = await scene();
      for (const [i, action] of actions.entries()) {
        clock.tick(10);
        const by = action === 'withdraw' ? s.consumer.token : staff.token;
        const detail = await transitionOk(t, by, s.complaint.id, ACTION_BODIES[action]);
        for (const who of [s.consumer, s.owner, s.member]) {
          const items = await messagesOf(t, who.token);
          expect(items).toHaveLength(i + 1);
          const newest = items[0];
          expect(newest.title).toMatch(titles[i]);
          expect(newest.link).toBe(`/features/complaints/pages/detail/index?id=${s.complaint.id}`);
          expect(newest.body).toContain(s.complaint.trackingNo);
          expect(newest.createdAt).toBe(clock.now().toISOString());
          expect(newest.readAt).toBeNull();
        }
        expect(detail.id).toBe(s.complaint.id);
      }
      const mine = await messagesOf(t, s.consumer.token);
      expect(mine[0].title.startsWith('您的投诉')).toBe(true);
      expect((await messagesOf(t, s.owner.token))[0].title.startsWith('涉及本店的投诉')).toBe(true);
    },
  );

  it("the merchant's copy carries no personal data of the complainant", async () => {
    const s = await scene();
    const note = '已电话联系投诉人张三13812345678';
    await transitionOk(t, staff.token, s.complaint.id, { action: 'accept', note });
    await transitionOk(t, staff.token, s.complaint.id, {
      action: 'terminate',
      reason: 'no-agreement',
      note,
    });
    const { complainant, facts, orderNo } = complaintBody();
    const merchantView = JSON.stringify(await messagesOf(t, s.owner.token));
    for (const secret of [
      complainant.name,
      complainant.phone,
      complainant.address,
      facts,
      orderNo!,
      note,
      '张三',
    ]) {
      expect(merchantView).not.toContain(secret);
    }
    // What it does say: the tracking number, the status, the deadline, the legal notice.
    const [terminated, accepted] = await messagesOf(t, s.owner.token);
    expect(accepted.body).toMatch(/当前状态：已受理。当前办理期限：\d{4}-\d{2}-\d{2}（含）前/);
    expect(terminated.body).toContain('第二十一条');
    expect(terminated.body).toContain(s.complaint.trackingNo);
    // The complainant's own copy keeps the handling note (it is theirs).
    expect((await messagesOf(t, s.consumer.token))[1].body).toContain(note);
  });

  it('an unregistered merchant: only the complainant hears; the subscribe message stays extra', async () => {
    const consumer = await loginConsumer(t.app, 'openid_msg_unregistered');
    const complaint = await fileComplaint(t, consumer.token, { subscribed: true });
    const outbox = (t.wechat as LocalWechatDouble).outbox;
    const sent = outbox.length;
    await transitionOk(t, staff.token, complaint.id, ACTION_BODIES.accept);
    expect(await messagesOf(t, consumer.token)).toHaveLength(1);
    expect(outbox.length).toBe(sent + 1);
    const other = await t.db.db
      .selectFrom('messages')
      .select('user_id')
      .where('link', 'like', `%${complaint.id}`)
      .execute();
    expect(other.map((r) => r.user_id)).toEqual([
      (await inject(consumer.token, 'GET', '/api/v1/me')).json<{ id: string }>().id,
    ]);
  });

  it('an unsubscribed complainant still hears in the app', async () => {
    const s = await scene(false);
    await transitionOk(t, staff.token, s.complaint.id, ACTION_BODIES.reject);
    expect((await messagesOf(t, s.consumer.token))[0].title).toBe('您的投诉不予受理');
  });
});

describe('reading', () => {
  it('read one, unread filter and count, read all; only one’s own', async () => {
    const s = await scene();
    await transitionOk(t, staff.token, s.complaint.id, ACTION_BODIES.accept);
    await transitionOk(t, staff.token, s.complaint.id, ACTION_BODIES.mediate);
    expect(await unreadCountOf(t, s.consumer.token)).toBe(2);
    const [newest, oldest] = await messagesOf(t, s.consumer.token);

    // Someone else's message looks as if it did not exist, and stays unread.
    for (const intruder of [s.owner.token, (await loginConsumer(t.app)).token, staff.token]) {
      const res = await inject(intruder, 'POST', `/api/v1/messages/${oldest.id}/read`);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ code: 'MESSAGE_NOT_FOUND', message: '消息不存在' });
    }
    expect(await unreadCountOf(t, s.consumer.token)).toBe(2);

    clock.tick(5);
    const read = await inject(s.consumer.token, 'POST', `/api/v1/messages/${oldest.id}/read`);
    expect(read.statusCode).toBe(200);
    expect(read.json<Message>().readAt).toBe(clock.now().toISOString());
    clock.tick(5);
    // Reading again keeps the first time.
    const again = await inject(s.consumer.token, 'POST', `/api/v1/messages/${oldest.id}/read`);
    expect(again.json<Message>().readAt).toBe(read.json<Message>().readAt);
    expect(await unreadCountOf(t, s.consumer.token)).toBe(1);
    expect((await messagesOf(t, s.consumer.token, '?unread=true')).map((m) => m.id)).toEqual([
      newest.id,
    ]);
    // The owner's own messages are untouched by the complainant's reading.
    expect(await unreadCountOf(t, s.owner.token)).toBe(2);

    const all = await inject(s.consumer.token, 'POST', '/api/v1/messages/read-all');
    expect(all.statusCode).toBe(200);
    expect(await unreadCountOf(t, s.consumer.token)).toBe(0);
    expect(await messagesOf(t, s.consumer.token, '?unread=true')).toEqual([]);
    expect(await unreadCountOf(t, s.owner.token)).toBe(2);
  });

  it('refuses the anonymous and bad input without a 5xx', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/messages' })).statusCode).toBe(401);
    const me = await loginConsumer(t.app);
    for (const url of [
      '/api/v1/messages?limit=0',
      '/api/v1/messages?limit=51',
      '/api/v1/messages?cursor=bad',
      '/api/v1/messages?unread=maybe',
    ]) {
      const res = await inject(me.token, 'GET', url);
      expect(res.statusCode).toBe(400);
    }
    expect((await inject(me.token, 'POST', '/api/v1/messages/nope/read')).statusCode).toBe(404);
  });

  it('pages newest first without gaps or duplicates, also with the unread filter', async () => {
    const me = await loginConsumer(t.app);
    const userId = (await inject(me.token, 'GET', '/api/v1/me')).json<{ id: string }>().id;
    // Same instant for many of them: the id breaks the tie.
    for (let i = 0; i < 23; i++) {
      if (i % 5 === 0) clock.tick(1);
      await deliver(t.db.db, clock.now().toISOString(), [
        { userId, kind: 'complaint-status', title: `第${i}条`, body: '内容', link: null },
      ]);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await inject(
        me.token,
        'GET',
        `/api/v1/messages?limit=10${cursor ? `&cursor=${cursor}` : ''}`,
      );
      const page = res.json<MessagePage>();
      seen.push(...page.items.map((m) => m.title));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(Array.from({ length: 23 }, (_, i) => `第${22 - i}条`));

    const first = (await messagesOf(t, me.token, '?limit=10'))[4];
    await inject(me.token, 'POST', `/api/v1/messages/${first.id}/read`);
    const unread = await messagesOf(t, me.token, '?unread=true&limit=50');
    expect(unread).toHaveLength(22);
    expect(unread.map((m) => m.id)).not.toContain(first.id);
  });
});
