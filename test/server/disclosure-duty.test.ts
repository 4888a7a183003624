import type { DutyView } from '@api/disclosure';
import { bearer, createTestApp, loginConsumer, loginStaff, type TestApp } from './support/app';
import { fileComplaint, TestClock, transitionOk } from './support/complaints';
import { insertMerchants } from './support/merchants';
import { merchantWithTwoMembers } from './support/messages';

const clock = new TestClock(new Date('2026-11-13T10:00:00+08:00'));

async function freshApp() {
  const t = await createTestApp({ env: { SEED_DEMO: 'false' }, now: clock.now });
  const staff = await loginStaff(t, 'staff', `duty_${Math.random().toString(36).slice(2, 8)}`);
  return { t, staff };
}

const duty = (t: TestApp, token: string, query = '') =>
  t.app.inject({ method: 'GET', url: `/api/v1/disclosure/duty${query}`, headers: bearer(token) });
const putRoster = (t: TestApp, token: string, payload: object) =>
  t.app.inject({
    method: 'PUT',
    url: '/api/v1/disclosure/duty/roster',
    headers: bearer(token),
    payload,
  });

/** A complaint filed at a Shanghai instant by a new consumer. */
async function fileAt(t: TestApp, at: string, merchant?: { id: string; name: string }) {
  clock.set(at);
  const consumer = await loginConsumer(t.app);
  return fileComplaint(t, consumer.token, {
    merchant: merchant
      ? { merchantId: merchant.id, name: merchant.name, address: '城关镇某路1号' }
      : { name: '未登记的小摊', address: '城关镇某路2号' },
    complainant: { name: '钱多多', phone: '13911112222', address: '青山县城关镇幸福小区9栋' },
  });
}

describe('who may see and edit the duty view', () => {
  let t: TestApp;
  let staff: { token: string };
  beforeAll(async () => ({ t, staff } = await freshApp()));
  afterAll(() => t.close());

  it('consumers and merchants get 403, anonymous 401', async () => {
    const consumer = await loginConsumer(t.app);
    const shop = await merchantWithTwoMembers(t, staff.token);
    const roster = { days: [{ date: '2027-03-15', staff: ['张三'] }] };
    for (const token of [consumer.token, shop.owner.token]) {
      expect((await duty(t, token)).statusCode).toBe(403);
      expect((await putRoster(t, token, roster)).statusCode).toBe(403);
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/disclosure/duty' })).statusCode).toBe(
      401,
    );
    expect(await t.db.db.selectFrom('duty_roster').selectAll().execute()).toEqual([]);
  });
});

describe('the 3·15 week roster', () => {
  let t: TestApp;
  let staff: { token: string; user: { id: string } };
  beforeAll(async () => ({ t, staff } = await freshApp()));
  afterAll(() => t.close());

  it('shows the profile’s roster for the seven days around the event date', async () => {
    const view = (await duty(t, staff.token)).json<DutyView>();
    expect(view.date).toBe('2026-11-13');
    expect(view.week.map((d) => d.date)).toEqual([
      '2027-03-12',
      '2027-03-13',
      '2027-03-14',
      '2027-03-15',
      '2027-03-16',
      '2027-03-17',
      '2027-03-18',
    ]);
    expect(view.week[3]).toMatchObject({ phone: '0123-6612315' });
    expect(view.week[3].staff).toContain('王科长（带班）');
  });

  it('staff replace the days they give; the others keep the profile’s; audited', async () => {
    const res = await putRoster(t, staff.token, {
      days: [{ date: '2027-03-15', staff: [' 赵科长（带班） ', '钱七'], phone: '0123-6613150' }],
    });
    expect(res.statusCode).toBe(200);
    const week = res.json<DutyView>().week;
    expect(week[3]).toEqual({
      date: '2027-03-15',
      staff: ['赵科长（带班）', '钱七'],
      phone: '0123-6613150',
    });
    expect(week[2].staff).toContain('陈科长（带班）');
    expect((await duty(t, staff.token)).json<DutyView>().week[3].staff).toEqual([
      '赵科长（带班）',
      '钱七',
    ]);
    const audit = await t.db.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id', 'target_type'])
      .where('action', '=', 'duty.roster')
      .execute();
    expect(audit).toEqual([
      { action: 'duty.roster', actor_id: staff.user.id, target_type: 'duty-roster' },
    ]);
  });

  it.each([
    [{ days: [{ date: '2027-03-20', staff: ['张三'] }] }, /不在活动周内/],
    [
      {
        days: [
          { date: '2027-03-15', staff: ['张三'] },
          { date: '2027-03-15', staff: ['李四'] },
        ],
      },
      /同一天只能填写一次/,
    ],
    [{ days: [{ date: '2027-03-15', staff: ['   '] }] }, /姓名不能为空/],
    [{ days: [{ date: '2027-03-15', staff: [] }] }, /[\u4e00-\u9fa5]/],
    [{ days: [{ date: '2027-02-30', staff: ['张三'] }] }, /[\u4e00-\u9fa5]/],
    [{ days: [{ date: '2027-03-15', staff: ['张三'], phone: 'abc' }] }, /[\u4e00-\u9fa5]/],
    [{ days: [] }, /[\u4e00-\u9fa5]/],
  ])('bad roster %j: 400 in Chinese, nothing saved', async (body, message) => {
    const before = await t.db.db.selectFrom('duty_roster').selectAll().execute();
    const res = await putRoster(t, staff.token, body);
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(message);
    expect(await t.db.db.selectFrom('duty_roster').selectAll().execute()).toEqual(before);
  });

  it('a bad date in the query is a 400 in Chinese', async () => {
    const res = await duty(t, staff.token, '?date=2026-13-01');
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/[\u4e00-\u9fa5]/);
  });
});

describe('deadlines due within 2 working days', () => {
  let t: TestApp;
  let staff: { token: string };
  beforeAll(async () => ({ t, staff } = await freshApp()));
  afterAll(() => t.close());

  /** Complaints with the given status and due date (set directly: the rule is the view's). */
  async function withDue(list: [string, 'submitted' | 'accepted' | 'mediating' | 'settled'][]) {
    await t.db.db.deleteFrom('complaints').execute();
    const ids: string[] = [];
    for (const [dueOn, status] of list) {
      const { id } = await fileAt(t, '2026-09-28T09:00:00+08:00');
      await t.db.db
        .updateTable('complaints')
        .set({ due_on: dueOn, status })
        .where('id', '=', id)
        .execute();
      ids.push(id);
    }
    return ids;
  }

  it('over a weekend: Friday sees up to Tuesday, overdue first, open ones only', async () => {
    const [tue, wed, overdue, settled, mon] = await withDue([
      ['2026-11-17', 'accepted'],
      ['2026-11-18', 'submitted'],
      ['2026-11-10', 'mediating'],
      ['2026-11-16', 'settled'],
      ['2026-11-16', 'submitted'],
    ]);
    clock.set('2026-11-13T10:00:00+08:00');
    const view = (await duty(t, staff.token)).json<DutyView>();
    expect(view.dueSoon.map((c) => c.id)).toEqual([overdue, mon, tue]);
    expect(view.dueSoon.map((c) => c.id)).not.toContain(wed);
    expect(view.dueSoon.map((c) => c.id)).not.toContain(settled);
    expect(view.dueSoon[0]).toMatchObject({ dueOn: '2026-11-10', status: 'mediating' });
  });

  it('over the National Day holiday: the make-up working day counts, holidays do not', async () => {
    const [oct9, oct10, oct2] = await withDue([
      ['2026-10-09', 'submitted'],
      ['2026-10-10', 'submitted'],
      ['2026-10-02', 'accepted'],
    ]);
    const view = (await duty(t, staff.token, '?date=2026-09-30')).json<DutyView>();
    expect(view.date).toBe('2026-09-30');
    expect(view.dueSoon.map((c) => c.id)).toEqual([oct2, oct9]);
    expect(view.dueSoon.map((c) => c.id)).not.toContain(oct10);
  });

  it('at most 50', async () => {
    await withDue(
      Array.from({ length: 52 }, () => ['2026-11-12', 'submitted'] as [string, 'submitted']),
    );
    expect((await duty(t, staff.token, '?date=2026-11-13')).json<DutyView>().dueSoon).toHaveLength(
      50,
    );
  });
});

describe('today, rising businesses and industries, 督办', () => {
  let t: TestApp;
  let staff: { token: string };
  let view: DutyView;
  let a: { id: string; name: string };
  let b: { id: string; name: string };
  let c: { id: string; name: string };
  let supervisedId: string;

  beforeAll(async () => {
    ({ t, staff } = await freshApp());
    const ids = await insertMerchants(t, [
      { name: '甲餐馆', industry: '餐饮服务' },
      { name: '乙超市', industry: '商场超市' },
      { name: '丙便利店', industry: '商场超市' },
    ]);
    [a, b, c] = [
      { id: ids[0], name: '甲餐馆' },
      { id: ids[1], name: '乙超市' },
      { id: ids[2], name: '丙便利店' },
    ];
    // The last 7 days are 11-07 … 11-13; the 7 before, 10-31 … 11-06.
    await fileAt(t, '2026-10-20T10:00:00+08:00', b); // outside both windows
    await fileAt(t, '2026-10-30T23:59:00+08:00', b); // outside (the day before the window)
    await fileAt(t, '2026-10-31T00:01:00+08:00', b);
    await fileAt(t, '2026-11-02T10:00:00+08:00', a);
    await fileAt(t, '2026-11-06T23:59:00+08:00', b);
    await fileAt(t, '2026-11-07T00:01:00+08:00', a);
    await fileAt(t, '2026-11-10T10:00:00+08:00', b);
    await fileAt(t, '2026-11-12T10:00:00+08:00', c);
    await fileAt(t, '2026-11-12T11:00:00+08:00', c);
    await fileAt(t, '2026-11-13T08:00:00+08:00', a);
    const accepted = await fileAt(t, '2026-11-13T09:00:00+08:00');
    await transitionOk(t, staff.token, accepted.id, { action: 'accept' });
    supervisedId = accepted.id;
    const mark = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/complaints/${supervisedId}/supervision`,
      headers: bearer(staff.token),
      payload: { note: '3·15 当天重点跟踪' },
    });
    expect(mark.statusCode).toBe(200);
    await fileAt(t, '2026-11-14T00:00:00+08:00', a); // tomorrow: not counted
    clock.set('2026-11-13T18:00:00+08:00');
    view = (await duty(t, staff.token)).json<DutyView>();
  });
  afterAll(() => t.close());

  it('today’s complaints by their current status', () => {
    expect(view.todayByStatus).toEqual([
      { status: 'submitted', count: 1 },
      { status: 'accepted', count: 1 },
    ]);
  });

  it('rises against the previous 7 days, biggest first, only rises', () => {
    expect(view.risingBusinesses).toEqual([
      { merchantId: c.id, name: '丙便利店', last7: 2, previous7: 0 },
      { merchantId: a.id, name: '甲餐馆', last7: 2, previous7: 1 },
    ]);
    expect(view.risingBusinesses.map((r) => r.merchantId)).not.toContain(b.id);
    // Both rose by one: the one with more complaints first.
    expect(view.risingIndustries).toEqual([
      { name: '商场超市', last7: 3, previous7: 2 },
      { name: '餐饮服务', last7: 2, previous7: 1 },
    ]);
  });

  it('complaints under 督办 with their supervisor, also marked in due-soon lists', async () => {
    expect(view.supervised).toEqual([
      expect.objectContaining({
        id: supervisedId,
        status: 'accepted',
        supervised: true,
        note: '3·15 当天重点跟踪',
        supervisorName: expect.stringMatching(/^duty_/),
      }),
    ]);
    const later = (await duty(t, staff.token, '?date=2027-01-12')).json<DutyView>();
    const due = later.dueSoon.find((d) => d.id === supervisedId);
    expect(due?.supervised).toBe(true);
    expect(later.dueSoon.filter((d) => d.id !== supervisedId).every((d) => !d.supervised)).toBe(
      true,
    );
  });

  it('nothing personal anywhere in the view', () => {
    const text = JSON.stringify(view);
    for (const personal of ['钱多多', '13911112222', '幸福小区', '电饭煲', '1299']) {
      expect(text).not.toContain(personal);
    }
  });
});
