import type { Supervision } from '@api/disclosure';
import { bearer, createTestApp, loginConsumer, loginStaff, type TestApp } from './support/app';
import { ACTION_BODIES, fileComplaint, TestClock, transitionOk } from './support/complaints';
import { merchantWithTwoMembers, messagesOf } from './support/messages';

let t: TestApp;
let staff: { token: string; user: { id: string } };
let colleague: { token: string; user: { id: string } };
const clock = new TestClock(new Date('2026-09-29T10:00:00+08:00'));

beforeAll(async () => {
  t = await createTestApp({ env: { SEED_DEMO: 'false' }, now: clock.now });
  staff = await loginStaff(t, 'staff', 'duban_wang');
  colleague = await loginStaff(t, 'staff', 'duban_li');
});
afterAll(() => t.close());

const url = (id: string) => `/api/v1/complaints/${id}/supervision`;
const call = (
  token: string | null,
  method: 'GET' | 'PUT' | 'DELETE',
  id: string,
  payload?: object,
) => t.app.inject({ method, url: url(id), headers: token ? bearer(token) : {}, payload });

async function scene() {
  const shop = await merchantWithTwoMembers(t, staff.token);
  const consumer = await loginConsumer(t.app);
  const complaint = await fileComplaint(t, consumer.token, {
    merchant: { merchantId: shop.merchantId, name: '督办测试商店', address: '城关镇某路1号' },
    complainant: { name: '钱多多', phone: '13911112222', address: '青山县城关镇幸福小区9栋' },
  });
  return { ...shop, consumer, complaint };
}

/** The supervision messages about one complaint, newest first. */
const supervisionMessages = async (token: string, complaintId: string) =>
  (await messagesOf(t, token)).filter(
    (m) => m.kind === 'supervision' && m.link?.endsWith(`?id=${complaintId}`),
  );

const auditOf = (complaintId: string) =>
  t.db.db
    .selectFrom('audit_log')
    .select(['action', 'actor_id', 'detail'])
    .where('target_type', '=', 'complaint')
    .where('target_id', '=', complaintId)
    .where('action', 'like', 'complaint.supervis%')
    .orderBy('created_at')
    .orderBy('id')
    .execute();

describe('督办 marks', () => {
  it('consumers, merchants and the complaint’s own parties are refused; anonymous is 401', async () => {
    const s = await scene();
    for (const token of [s.consumer.token, s.owner.token, s.member.token]) {
      for (const method of ['GET', 'PUT', 'DELETE'] as const) {
        const res = await call(token, method, s.complaint.id, { note: '请重点跟踪' });
        expect([method, res.statusCode]).toEqual([method, 403]);
      }
    }
    expect((await call(null, 'PUT', s.complaint.id, { note: '请重点跟踪' })).statusCode).toBe(401);
    expect(await t.db.db.selectFrom('complaint_supervisions').selectAll().execute()).toEqual([]);
  });

  it('bad notes and unknown complaints get a clear Chinese answer, never a 500', async () => {
    const s = await scene();
    for (const body of [
      {},
      { note: '' },
      { note: ' 急 ' },
      { note: 'x'.repeat(501) },
      { note: 5 },
    ]) {
      const res = await call(staff.token, 'PUT', s.complaint.id, body);
      expect(res.statusCode).toBe(400);
      expect(res.json().message).toMatch(/[\u4e00-\u9fa5]/);
    }
    const extra = await call(staff.token, 'PUT', s.complaint.id, { note: '请跟踪', by: 'x' });
    expect(extra.statusCode).toBe(400);
    const missing = await call(staff.token, 'PUT', 'no-such-complaint', { note: '请重点跟踪' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().message).toBe('投诉不存在');
    const none = await call(staff.token, 'GET', s.complaint.id);
    expect([none.statusCode, none.json()]).toEqual([200, null]);
  });

  it('the caller becomes the supervisor; again updates the note; a colleague takes over; audited', async () => {
    const s = await scene();
    const first = await call(staff.token, 'PUT', s.complaint.id, { note: '  3·15 重点跟踪  ' });
    expect(first.statusCode).toBe(200);
    expect(first.json<Supervision>()).toEqual({
      complaintId: s.complaint.id,
      supervisorId: staff.user.id,
      supervisorName: 'duban_wang',
      note: '3·15 重点跟踪',
      since: clock.now().toISOString(),
    });
    const since = first.json<Supervision>().since;

    clock.tick(30);
    const again = await call(staff.token, 'PUT', s.complaint.id, { note: '媒体关注，每日报告' });
    expect(again.json<Supervision>()).toMatchObject({ note: '媒体关注，每日报告', since });
    expect((await call(colleague.token, 'GET', s.complaint.id)).json<Supervision>().note).toBe(
      '媒体关注，每日报告',
    );

    clock.tick(30);
    const takeover = await call(colleague.token, 'PUT', s.complaint.id, { note: '由我接手督办' });
    expect(takeover.json<Supervision>()).toMatchObject({
      supervisorId: colleague.user.id,
      supervisorName: 'duban_li',
      since: clock.now().toISOString(),
    });

    const lifted = await call(colleague.token, 'DELETE', s.complaint.id);
    expect(lifted.statusCode).toBe(204);
    expect((await call(staff.token, 'GET', s.complaint.id)).json()).toBeNull();
    expect((await call(staff.token, 'DELETE', s.complaint.id)).statusCode).toBe(204);

    const audit = await auditOf(s.complaint.id);
    expect(audit.map((a) => [a.action, a.actor_id])).toEqual([
      ['complaint.supervise', staff.user.id],
      ['complaint.supervision-update', staff.user.id],
      ['complaint.supervision-update', colleague.user.id],
      ['complaint.supervision-lift', colleague.user.id],
    ]);
    expect(JSON.parse(audit[2].detail ?? '{}')).toMatchObject({
      previousSupervisor: staff.user.id,
    });
  });
});

describe('the supervisor hears of every status change', () => {
  it('one supervision message per change, linked to the staff detail page, nothing personal', async () => {
    const s = await scene();
    await call(staff.token, 'PUT', s.complaint.id, { note: '请重点跟踪' });
    for (const action of ['accept', 'mediate', 'settle', 'close'] as const) {
      clock.tick();
      await transitionOk(t, colleague.token, s.complaint.id, ACTION_BODIES[action]);
    }
    const messages = await supervisionMessages(staff.token, s.complaint.id);
    expect(messages.map((m) => m.title).reverse()).toEqual([
      '督办投诉已受理',
      '督办投诉已进入调解',
      '督办投诉调解成功',
      '督办投诉已办结',
    ]);
    const link = `/features/complaints/pages/detail/index?id=${s.complaint.id}`;
    for (const m of messages) {
      expect(m.link).toBe(link);
      expect(m.body).toContain(s.complaint.trackingNo);
      // The business as the complaint records it (here the registered name).
      expect(m.body).toMatch(/（消息测试商店\d+）/);
      for (const personal of ['钱多多', '13911112222', '幸福小区', '电饭煲']) {
        expect(m.body).not.toContain(personal);
      }
    }
    // The colleague who changed it is not the supervisor: no supervision message for them.
    expect(await supervisionMessages(colleague.token, s.complaint.id)).toEqual([]);
  });

  it('the message lands with the change, and stops once the mark is lifted', async () => {
    const s = await scene();
    await call(staff.token, 'PUT', s.complaint.id, { note: '请重点跟踪' });
    clock.tick();
    const changedAt = clock.now().toISOString();
    await transitionOk(t, colleague.token, s.complaint.id, { action: 'accept' });
    const [accepted] = await supervisionMessages(staff.token, s.complaint.id);
    expect(accepted.createdAt).toBe(changedAt);
    expect(accepted.body).toMatch(/当前状态：已受理。当前办理期限：\d{4}-\d{2}-\d{2}（含）前。/);

    await call(staff.token, 'DELETE', s.complaint.id);
    clock.tick();
    await transitionOk(t, colleague.token, s.complaint.id, ACTION_BODIES.terminate);
    expect((await supervisionMessages(staff.token, s.complaint.id)).length).toBe(1);
  });

  it('complaints nobody supervises send no supervision message', async () => {
    const s = await scene();
    await transitionOk(t, staff.token, s.complaint.id, { action: 'accept' });
    expect(await supervisionMessages(staff.token, s.complaint.id)).toEqual([]);
    expect((await messagesOf(t, s.owner.token)).length).toBeGreaterThan(0);
  });
});
