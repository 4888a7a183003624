import type { ComplaintCreated, ComplaintDetail, ComplaintPage } from '@api/complaints';
import type { Region } from '@api/region';
import { CN_CALENDAR_2026 } from '@/domain/holidays-cn';
import { REFUSAL_REASONS, ROUTES, type RefusalReasonKey } from '@/domain/refusal-reasons';
import { addCalendarDays, addWorkingDays } from '@/domain/working-days';
import { demoRegion } from '../../server/src/db/seed';
import { bearer, createTestApp, loginConsumer, loginStaff, type TestApp } from './support/app';
import {
  complaintBody,
  fileComplaint,
  getDetail,
  TestClock,
  transitionOk,
} from './support/complaints';
import { bumpVersion } from '../../server/src/cache/read-cache';

// Issue 11, complaint handling: what the bureau tells people must be what the law says.
let t: TestApp;
let staff: { token: string; user: { id: string } };
const clock = new TestClock(new Date('2026-09-29T10:00:00+08:00'));

beforeAll(async () => {
  t = await createTestApp({ env: { SEED_DEMO: 'false' }, now: clock.now });
  staff = await loginStaff(t);
});
afterAll(() => t.close());
beforeEach(() => clock.set('2026-09-29T10:00:00+08:00'));

const create = (token: string, payload: object) =>
  t.app.inject({ method: 'POST', url: '/api/v1/complaints', headers: bearer(token), payload });
const detailOf = async (token: string, id: string) =>
  (await getDetail(t, token, id)).json<ComplaintDetail>();
const queue = async () =>
  (
    await t.app.inject({
      method: 'GET',
      url: '/api/v1/complaints?scope=all&limit=50',
      headers: bearer(staff.token),
    })
  ).json<ComplaintPage>().items;

describe('第十五条(四): three years from when the harm was known, decided by the bureau', () => {
  it('receives an old purchase discovered recently, keeps the date, and warns nobody', async () => {
    const consumer = await loginConsumer(t.app);
    const res = await create(
      consumer.token,
      complaintBody({ purchaseDate: '2022-05-01', discoveredOn: '2026-08-20' }),
    );
    expect(res.statusCode).toBe(201);
    const { id } = res.json<ComplaintCreated>();
    const seen = await detailOf(staff.token, id);
    expect(seen.purchaseDate).toBe('2022-05-01');
    expect(seen.discoveredOn).toBe('2026-08-20');
    expect(seen.pastThreeYears).toBeUndefined();
    expect((await queue()).find((c) => c.id === id)?.pastThreeYears).toBeUndefined();
  });

  it('receives a complaint discovered more than three years ago and warns staff, in the detail and the queue', async () => {
    const consumer = await loginConsumer(t.app);
    const { id } = await fileComplaint(t, consumer.token, {
      purchaseDate: '2023-01-10',
      discoveredOn: '2023-09-28',
    });
    expect((await detailOf(staff.token, id)).pastThreeYears).toBe(true);
    expect((await queue()).find((c) => c.id === id)?.pastThreeYears).toBe(true);
    // The bureau decides, by a decision with its reason (第十五条(四)).
    const refused = await transitionOk(t, staff.token, id, {
      action: 'reject',
      reason: 'over-three-years',
    });
    expect(refused.outcome).toMatchObject({
      status: 'rejected',
      rejectReason: 'over-three-years',
      reason: REFUSAL_REASONS['over-three-years'].words,
    });
  });

  it('counts to the day of receipt: exactly three years is not past, one day more is', async () => {
    const consumer = await loginConsumer(t.app);
    const edge = await fileComplaint(t, consumer.token, { purchaseDate: '2023-09-29' });
    expect((await detailOf(staff.token, edge.id)).pastThreeYears).toBeUndefined();
    const over = await fileComplaint(t, consumer.token, {
      purchaseDate: '2023-09-20',
      discoveredOn: '2023-09-28',
    });
    expect((await detailOf(staff.token, over.id)).pastThreeYears).toBe(true);
    // Read later, the warning still counts from receipt, not from today.
    clock.set('2027-03-01T10:00:00+08:00');
    expect((await detailOf(staff.token, edge.id)).pastThreeYears).toBeUndefined();
  });

  it.each([
    [
      'missing for a purchase over three years old',
      { purchaseDate: '2023-09-28' },
      '消费已超过三年，请选择发现问题的日期',
    ],
    ['after today', { discoveredOn: '2026-09-30' }, '发现问题的日期不能晚于今天'],
    [
      'before the purchase',
      { purchaseDate: '2026-09-01', discoveredOn: '2026-08-31' },
      '发现问题的日期不能早于消费日期',
    ],
  ])('refuses a discovery date %s (400, Chinese, on the field)', async (_name, patch, message) => {
    const consumer = await loginConsumer(t.app);
    const res = await create(consumer.token, complaintBody(patch));
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
    expect(res.json().fields).toEqual({ discoveredOn: message });
    expect(res.json().message).toMatch(/^发现问题日期：/);
  });
});

describe('实施条例 第四十六条: the other routes depend on the reason', () => {
  const reasons = Object.keys(REFUSAL_REASONS) as RefusalReasonKey[];

  it.each(reasons)('%s: stores and sends the reason, its basis and its own routes', async (key) => {
    const consumer = await loginConsumer(t.app);
    const { id } = await fileComplaint(t, consumer.token);
    await transitionOk(t, staff.token, id, { action: 'reject', reason: key });
    const mine = await detailOf(consumer.token, id);
    expect(mine.outcome?.rejectReason).toBe(key);
    expect(mine.outcome?.otherRoutes).toEqual(REFUSAL_REASONS[key].routes);
    const told = mine.timeline.find((e) => e.status === 'rejected')!.message;
    expect(told).toContain(`第十五条${REFUSAL_REASONS[key].item}`);
    for (const route of REFUSAL_REASONS[key].routes) expect(told).toContain(route);
  });

  it('tells each ground the routes the law leaves open', () => {
    const routes = (key: RefusalReasonKey): readonly string[] => REFUSAL_REASONS[key].routes;
    // Not ours to handle: the competent authority.
    expect(routes('not-in-scope')[0]).toBe(ROUTES.competentAuthority);
    // Already handled, in court or arbitration: no further complaint or mediation of it.
    for (const route of routes('already-handled')) {
      expect(route).not.toMatch(/投诉|调解|仲裁协议提请/);
    }
    // Arbitration only where there is an agreement; everywhere it is offered.
    for (const key of reasons) {
      for (const route of routes(key).filter((r) => r.includes('仲裁机构仲裁'))) {
        expect(route).toContain('仲裁协议');
      }
    }
    // Over three years: no other complaint of the same dispute is offered.
    expect(routes('over-three-years')).not.toContain(ROUTES.competentAuthority);
    expect(routes('over-three-years')).toContain(ROUTES.sue);
  });
});

describe('what the timeline promises', () => {
  it('says the day itself counts, and no longer promises to organise mediation by a date', async () => {
    const consumer = await loginConsumer(t.app);
    const { id, acceptDeadline } = await fileComplaint(t, consumer.token);
    const accepted = await transitionOk(t, staff.token, id, { action: 'accept' });
    const submitted = accepted.timeline.find((e) => e.status === 'submitted')!.message;
    expect(submitted).toContain(`${acceptDeadline}（含）前`);
    const message = accepted.timeline.find((e) => e.status === 'accepted')!.message;
    expect(message).not.toContain('组织调解');
    expect(message).toContain(`${accepted.mediationDeadline}（含）`);
    expect(message).toContain('经双方同意');
  });
});

describe('holiday calendar: a deadline counted without the year’s arrangement', () => {
  it('warns staff on the complaint and in the queue while acceptance is pending; nobody else', async () => {
    const consumer = await loginConsumer(t.app);
    const saved = await t.db.db.selectFrom('holiday_years').selectAll().execute();
    const covered = await fileComplaint(t, consumer.token);
    expect((await detailOf(staff.token, covered.id)).calendarWarning).toBeUndefined();

    await t.db.db.deleteFrom('holiday_years').where('year', '=', 2026).execute();
    try {
      const { id } = await fileComplaint(t, consumer.token);
      const warning = '2026年节假日安排未导入，期限按周一至周五计算，可能有误';
      expect((await detailOf(staff.token, id)).calendarWarning).toBe(warning);
      expect((await queue()).find((c) => c.id === id)?.calendarWarning).toBe(warning);
      expect((await detailOf(consumer.token, id)).calendarWarning).toBeUndefined();
      // Accepted: the mediation deadline counts calendar days, no calendar needed.
      const accepted = await transitionOk(t, staff.token, id, { action: 'accept' });
      expect(accepted.calendarWarning).toBeUndefined();
    } finally {
      await t.db.db.deleteFrom('holiday_years').execute();
      await t.db.db.insertInto('holiday_years').values(saved).execute();
    }
  });
});

describe('county profile: the legal maxima (第十四条, 第二十一条, 实施条例 第四十六条)', () => {
  const put = (deadlines: Partial<Region['deadlines']>) =>
    t.app.inject({
      method: 'PUT',
      url: '/api/v1/region',
      headers: bearer(staff.token),
      payload: { ...demoRegion(), deadlines: { ...demoRegion().deadlines, ...deadlines } },
    });
  afterEach(async () => {
    expect((await put({})).statusCode).toBe(200);
  });

  it.each([
    ['acceptWorkingDays', 8, 7],
    ['mediationDays', 61, 60],
    ['terminationNoticeWorkingDays', 8, 7],
  ] as const)(
    'refuses %s = %i (over %i) with 400 and a Chinese field message',
    async (field, value, max) => {
      const res = await put({ [field]: value });
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('VALIDATION_FAILED');
      expect(res.json().fields[`deadlines.${field}`]).toBe(`不能大于${max}`);
    },
  );

  it('lets a county be faster, and its deadlines follow', async () => {
    expect((await put({ acceptWorkingDays: 5, mediationDays: 30 })).statusCode).toBe(200);
    const consumer = await loginConsumer(t.app);
    const { id, acceptDeadline } = await fileComplaint(t, consumer.token);
    expect(acceptDeadline).toBe(addWorkingDays('2026-09-29', 5, CN_CALENDAR_2026));
    expect(acceptDeadline < addWorkingDays('2026-09-29', 7, CN_CALENDAR_2026)).toBe(true);
    const accepted = await transitionOk(t, staff.token, id, { action: 'accept' });
    expect(accepted.mediationDeadline).toBe(addCalendarDays('2026-09-29', 30));
  });

  it('reads a profile saved before the caps as at most the legal maxima', async () => {
    const stale = {
      ...demoRegion(),
      deadlines: { ...demoRegion().deadlines, acceptWorkingDays: 30, mediationDays: 180 },
    };
    await t.db.db
      .updateTable('settings')
      .set({ value: JSON.stringify(stale) })
      .where('key', '=', 'region')
      .execute();
    await bumpVersion(t.db.db, 'region');
    const region = (await t.app.inject({ method: 'GET', url: '/api/v1/region' })).json<Region>();
    expect(region.deadlines.acceptWorkingDays).toBe(7);
    expect(region.deadlines.mediationDays).toBe(60);
    const consumer = await loginConsumer(t.app);
    const { id } = await fileComplaint(t, consumer.token);
    const accepted = await transitionOk(t, staff.token, id, { action: 'accept' });
    expect(accepted.mediationDeadline).toBe(addCalendarDays('2026-09-29', 60));
  });

  it('does not call the 12315 hotline round-the-clock: only the online platform is', () => {
    const hotline = demoRegion().hotlines.find((h) => h.number === '12315')!;
    expect(hotline.hours).not.toMatch(/^24小时$/);
    expect(hotline.hours).toContain('网上平台');
  });
});
