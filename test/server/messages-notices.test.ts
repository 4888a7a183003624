import type { TerminationNotices } from '@api/messages';
import { bearer, createTestApp, loginConsumer, loginStaff, type TestApp } from './support/app';
import { ACTION_BODIES, fileComplaint, TestClock, transitionOk } from './support/complaints';
import { merchantWithTwoMembers, noticesOf, noticesUrl } from './support/messages';

/**
 * 第二十一条: termination told to both sides within 7 working days (county profile). Terminated on
 * Tuesday 2026-09-29: 9-30 is the 1st working day, 10-1…10-7 are the National Day holiday, 10-10
 * (a Saturday) is a make-up working day, so the 7th is 2026-10-14; counting weekdays only would
 * say 10-08.
 */
const TERMINATED = '2026-09-29T10:00:00+08:00';
const DUE_ON = '2026-10-14';

let t: TestApp;
let staff: { token: string };
const clock = new TestClock(new Date(TERMINATED));

beforeAll(async () => {
  t = await createTestApp({ env: { SEED_DEMO: 'false' }, now: clock.now });
  staff = await loginStaff(t);
});
afterAll(() => t.close());
beforeEach(() => clock.set(TERMINATED));

const record = (token: string, id: string, payload: object) =>
  t.app.inject({ method: 'POST', url: noticesUrl(id), headers: bearer(token), payload });

async function terminated(merchantId?: string): Promise<string> {
  const consumer = await loginConsumer(t.app);
  const complaint = await fileComplaint(
    t,
    consumer.token,
    merchantId ? { merchant: { merchantId, name: '被投诉商店', address: '某地' } } : {},
  );
  await transitionOk(t, staff.token, complaint.id, ACTION_BODIES.accept);
  await transitionOk(t, staff.token, complaint.id, ACTION_BODIES.terminate);
  return complaint.id;
}

const side = (n: TerminationNotices, s: 'complainant' | 'merchant') =>
  n.sides.find((x) => x.side === s)!;

describe('第二十一条 termination notices', () => {
  it('registered merchant: both sides told in the app at the termination, never overdue', async () => {
    const shop = await merchantWithTwoMembers(t, staff.token);
    const id = await terminated(shop.merchantId);
    clock.set('2026-12-01T10:00:00+08:00');
    const n = await noticesOf(t, staff.token, id);
    expect(n).toMatchObject({
      applies: true,
      terminatedAt: new Date(TERMINATED).toISOString(),
      dueOn: DUE_ON,
    });
    for (const s of ['complainant', 'merchant'] as const) {
      expect(side(n, s)).toEqual({
        side: s,
        method: 'in-app',
        notifiedAt: new Date(TERMINATED).toISOString(),
        note: null,
        overdue: false,
      });
    }
  });

  it('unregistered merchant: overdue the day after the deadline until staff record it', async () => {
    const id = await terminated();
    let n = await noticesOf(t, staff.token, id);
    expect(side(n, 'complainant')).toMatchObject({ method: 'in-app', overdue: false });
    expect(side(n, 'merchant')).toMatchObject({ method: null, notifiedAt: null, overdue: false });

    clock.set(`${DUE_ON}T23:59:00+08:00`);
    expect(side(await noticesOf(t, staff.token, id), 'merchant').overdue).toBe(false);
    clock.set('2026-10-15T00:01:00+08:00');
    n = await noticesOf(t, staff.token, id);
    expect(side(n, 'merchant').overdue).toBe(true);
    expect(side(n, 'complainant').overdue).toBe(false);

    // Told by phone on the last day, recorded late: the record says when, and it was in time.
    const res = await record(staff.token, id, {
      side: 'merchant',
      method: 'phone',
      notifiedAt: '2026-10-14T15:00:00+08:00',
      note: '电话告知店主',
    });
    expect(res.statusCode).toBe(200);
    expect(side(res.json<TerminationNotices>(), 'merchant')).toEqual({
      side: 'merchant',
      method: 'phone',
      notifiedAt: '2026-10-14T07:00:00.000Z',
      note: '电话告知店主',
      overdue: false,
    });
    const again = await record(staff.token, id, {
      side: 'merchant',
      method: 'letter',
      notifiedAt: '2026-10-14T16:00:00+08:00',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('NOTICE_ALREADY_RECORDED');
    const audit = await t.db.db
      .selectFrom('audit_log')
      .select('action')
      .where('target_id', '=', id)
      .execute();
    expect(audit.map((a) => a.action)).toContain('complaint.termination-notice');
  });

  it('a notice given after the deadline stays marked late', async () => {
    const id = await terminated();
    clock.set('2026-10-20T10:00:00+08:00');
    const res = await record(staff.token, id, {
      side: 'merchant',
      method: 'on-site',
      notifiedAt: '2026-10-16T09:00:00+08:00',
    });
    expect(res.statusCode).toBe(200);
    expect(side(res.json<TerminationNotices>(), 'merchant')).toMatchObject({
      method: 'on-site',
      overdue: true,
    });
  });

  it('refuses what cannot be right', async () => {
    const id = await terminated();
    const future = await record(staff.token, id, {
      side: 'merchant',
      method: 'phone',
      notifiedAt: '2026-09-30T10:00:00+08:00',
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().fields).toEqual({ notifiedAt: '不能晚于现在' });
    const before = await record(staff.token, id, {
      side: 'merchant',
      method: 'phone',
      notifiedAt: '2026-09-28T10:00:00+08:00',
    });
    expect(before.statusCode).toBe(400);
    expect(before.json().fields).toEqual({ notifiedAt: '不能早于终止调解的时间' });
    const inApp = await record(staff.token, id, {
      side: 'merchant',
      method: 'in-app',
      notifiedAt: TERMINATED,
    });
    expect(inApp.statusCode).toBe(400);
    expect(inApp.json().fields).toEqual({ method: '取值不在允许范围内' });
    // The complainant was told in the app already.
    const told = await record(staff.token, id, {
      side: 'complainant',
      method: 'phone',
      notifiedAt: TERMINATED,
    });
    expect(told.statusCode).toBe(409);

    const consumer = await loginConsumer(t.app);
    const open = await fileComplaint(t, consumer.token);
    const notYet = await record(staff.token, open.id, {
      side: 'merchant',
      method: 'phone',
      notifiedAt: TERMINATED,
    });
    expect(notYet.statusCode).toBe(409);
    expect(notYet.json().code).toBe('COMPLAINT_NOT_TERMINATED');
    expect((await noticesOf(t, staff.token, open.id)).applies).toBe(false);

    for (const token of [consumer.token]) {
      expect(
        (await t.app.inject({ method: 'GET', url: noticesUrl(id), headers: bearer(token) }))
          .statusCode,
      ).toBe(403);
      expect(
        (await record(token, id, { side: 'merchant', method: 'phone', notifiedAt: TERMINATED }))
          .statusCode,
      ).toBe(403);
    }
    const missing = await t.app.inject({
      method: 'GET',
      url: noticesUrl('01J0000000000000000000000X'),
      headers: bearer(staff.token),
    });
    expect(missing.statusCode).toBe(404);
  });
});
