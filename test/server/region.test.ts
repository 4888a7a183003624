import type { Region } from '@api/region';
import regionJson from '../../server/src/db/seed/region.json';
import { demoRegion } from '../../server/src/db/seed';
import {
  bearer,
  createTestApp,
  loginConsumer,
  loginStaff,
  tokenFor,
  type TestApp,
} from './support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const get = () => t.app.inject({ method: 'GET', url: '/api/v1/region' });
const put = (token: string | undefined, payload: unknown) =>
  t.app.inject({
    method: 'PUT',
    url: '/api/v1/region',
    headers: token ? bearer(token) : {},
    payload: payload as object,
  });

describe('region', () => {
  it('seeds the checked-in demo county, which matches the Region contract', async () => {
    expect(demoRegion()).toEqual(regionJson);
    const res = await get();
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.json()).toEqual(regionJson);
    const region = res.json<Region>();
    expect(region.county).toBe('青山县');
    expect(region.theme.year).toBe(2027);
    expect(region.event.date).toBe('2027-03-15');
    expect(region.hotlines[0].number).toBe('12315');
    expect(region.deadlines).toEqual({
      acceptWorkingDays: 7,
      mediationDays: 60,
      terminationNoticeWorkingDays: 7,
      merchantSettlementWorkingDays: 10,
    });
  });

  it('lets staff replace the profile, records it in the audit log, and serves the new one', async () => {
    const staff = await loginStaff(t, 'staff');
    const next: Region = {
      ...demoRegion(),
      county: '绿水县',
      theme: { year: 2028, title: '共筑满意消费', slogan: '' },
    };
    const res = await put(staff.token, next);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(next);
    expect((await get()).json()).toEqual(next);

    const audit = await t.db.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'region.update')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0].actor_id).toBe(staff.user.id);

    // Restore for the other tests.
    expect((await put(staff.token, demoRegion())).statusCode).toBe(200);
  });

  it('lets an admin update too', async () => {
    const admin = await tokenFor(t, 'admin');
    expect((await put(admin.token, demoRegion())).statusCode).toBe(200);
  });

  it('refuses consumers (403) and anonymous callers (401)', async () => {
    const consumer = await loginConsumer(t.app);
    const forbidden = await put(consumer.token, demoRegion());
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json()).toEqual({ code: 'FORBIDDEN', message: '没有权限执行此操作' });

    const merchant = await tokenFor(t, 'merchant');
    expect((await put(merchant.token, demoRegion())).statusCode).toBe(403);

    const anonymous = await put(undefined, demoRegion());
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toEqual({ code: 'UNAUTHORIZED', message: '请先登录' });
  });

  it('rejects a bad profile with 400, a Chinese message and the field paths', async () => {
    const staff = await tokenFor(t, 'staff');
    const bad = {
      ...demoRegion(),
      event: {
        ...demoRegion().event,
        schedule: [{ time: '9点', title: '签到' }],
      },
    };
    const res = await put(staff.token, bad);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      code: 'VALIDATION_FAILED',
      message: 'event.schedule.0.time：格式不正确',
      fields: { 'event.schedule.0.time': '格式不正确' },
    });

    const missing: Partial<Region> = { ...demoRegion() };
    delete missing.bureau;
    const res2 = await put(staff.token, missing);
    expect(res2.statusCode).toBe(400);
    expect(res2.json().fields).toEqual({ bureau: '必填' });

    const extra = await put(staff.token, {
      ...demoRegion(),
      hotlines: [{ name: '热线', number: '12315', fax: '1' }],
    });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().fields).toEqual({ 'hotlines.0.fax': '不允许的字段 fax' });

    const empty = await put(staff.token, { ...demoRegion(), hotlines: [] });
    expect(empty.json().fields).toEqual({ hotlines: '至少1项' });

    // Nothing was written by the failed attempts.
    expect((await get()).json()).toEqual(regionJson);
  });
});
