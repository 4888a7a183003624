import { Writable } from 'node:stream';
import type { CalendarImportResult, CalendarYear, CalendarYearList } from '@api/calendar';
import { statutoryHolidays } from '@/domain/calendar-statutory';
import { CN_CALENDAR_2025, CN_CALENDAR_2026 } from '@/domain/holidays-cn';
import { seedDatabase } from '../../server/src/db/seed';
import {
  isCovered,
  loadHolidayCalendar,
} from '../../server/src/features/calendar/calendar-service';
import { bearer, createTestApp, loginConsumer, loginStaff, type TestApp } from './support/app';

// The app's clock: 2026-12-05 in Shanghai, so "this year and next" are 2026 and 2027.
const NOW = new Date('2026-12-05T02:00:00Z');

const NOTICE_2026 = `国务院办公厅关于2026年部分节假日安排的通知
一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
三、清明节：4月4日（周六）至6日（周一）放假，共3天。
四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
五、端午节：6月19日（周五）至21日（周日）放假，共3天。
六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。`;

/** Test data only (not a real arrangement): 2099's statutory days off, as a date list. */
const list2099 = () =>
  statutoryHolidays(2099)
    .holidays.map((h) => `${h.date} 休`)
    .join('\n');

let t: TestApp;
let staffToken: string;
let staffName: string;
const logs: string[] = [];

beforeAll(async () => {
  t = await createTestApp({
    now: () => NOW,
    env: { LOG_LEVEL: 'info' },
    logStream: new Writable({
      write(chunk, _enc, done) {
        logs.push(String(chunk));
        done();
      },
    }),
  });
  await t.app.ready();
  staffName = 'calendar.zhang';
  staffToken = (await loginStaff(t, 'staff', staffName)).token;
}, 60_000);
afterAll(() => t.close());

const put = (year: number, payload: object, token = staffToken) =>
  t.app.inject({
    method: 'PUT',
    url: `/api/v1/calendar/years/${year}`,
    headers: bearer(token),
    payload,
  });
const getYear = (year: number) =>
  t.app.inject({
    method: 'GET',
    url: `/api/v1/calendar/years/${year}`,
    headers: bearer(staffToken),
  });
const listYears = async () =>
  (
    await t.app.inject({
      method: 'GET',
      url: '/api/v1/calendar/years',
      headers: bearer(staffToken),
    })
  ).json<CalendarYearList>();

describe('built in', () => {
  it('2025 and 2026 are loaded with their notices as source; 2027 is reported missing', async () => {
    const list = await listYears();
    expect(list.items.map((i) => i.year)).toEqual([2025, 2026]);
    expect(list.items[0]).toMatchObject({
      holidays: CN_CALENDAR_2025.holidays.length,
      workdays: CN_CALENDAR_2025.workdays.length,
      importedAt: null,
      importedBy: null,
    });
    expect(list.items[0].source).toContain('国办发明电〔2024〕12号');
    expect(list.items[1].source).toContain('国务院办公厅关于2026年部分节假日安排的通知');
    expect(list.missing).toEqual([2027]);
  });

  it('one year lists its days', async () => {
    const res = await getYear(2026);
    expect(res.statusCode).toBe(200);
    const { days } = res.json<CalendarYear>();
    expect(days.filter((d) => d.kind === 'holiday').map((d) => d.date)).toEqual(
      CN_CALENDAR_2026.holidays,
    );
    expect(days.filter((d) => d.kind === 'workday').map((d) => d.date)).toEqual(
      CN_CALENDAR_2026.workdays,
    );
  });

  it('a year not imported answers 404 in Chinese', async () => {
    const res = await getYear(2027);
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({
      code: 'CALENDAR_YEAR_NOT_FOUND',
      message: '2027年节假日安排尚未导入',
    });
  });

  it('the startup log says which years are loaded and warns that 2027 is missing', () => {
    const text = logs.join('');
    expect(text).toContain('节假日日历已载入: 2025、2026');
    expect(text).toContain('2027年节假日安排未导入');
  });
});

describe('coverage for other features', () => {
  it.each([
    ['2026-12-01', '2026-12-10', true, ''],
    ['2027-03-15', '2027-03-24', false, '2027年节假日安排未导入，期限按周一至周五计算，可能有误'],
    ['2026-12-28', '2027-01-07', false, '2027年节假日安排未导入，期限按周一至周五计算，可能有误'],
  ])('%s … %s', async (from, to, covered, warning) => {
    expect(await isCovered(t.db.db, from, to)).toMatchObject({ covered, warning });
  });
});

describe('import', () => {
  it('a dry run previews and stores nothing', async () => {
    const res = await put(2099, {
      format: 'list',
      text: list2099(),
      source: '测试数据',
      dryRun: true,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json<CalendarImportResult>();
    expect(body).toMatchObject({ year: 2099, saved: false, errors: [], replaces: false });
    expect(body.holidays.length).toBe(13);
    expect((await getYear(2099)).statusCode).toBe(404);
  });

  it('a dry run with mistakes lists every one in Chinese, still 200', async () => {
    const text = `${list2099()}\n2099-03-02 班\n2098-05-01 休\n2099-01-01 休`;
    const body = (
      await put(2099, { format: 'list', text, source: '测试数据', dryRun: true })
    ).json<CalendarImportResult>();
    expect(body.saved).toBe(false);
    expect(body.errors.join('\n')).toContain('2099-03-02（周一）本来就是工作日');
    expect(body.errors.join('\n')).toContain('2098-05-01 不在2099年内');
    expect(body.errors.join('\n')).toContain('2099-01-01 出现了两次');
  });

  it('a bad import answers 400 and changes nothing (all or nothing)', async () => {
    const before = (await getYear(2026)).json<CalendarYear>().days;
    // 2026's notice without 春节: the statutory 除夕 … 初三 are missing.
    const text = NOTICE_2026.split('\n')
      .filter((l) => !l.includes('春节'))
      .join('\n');
    const res = await put(2026, {
      format: 'notice',
      text,
      source: '国务院办公厅关于2026年部分节假日安排的通知',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('CALENDAR_INVALID');
    expect(res.json().message).toContain('春节（农历除夕） 2026-02-16 未标为“休”');
    expect((await getYear(2026)).json<CalendarYear>().days).toEqual(before);
  });

  it('imports a year, audited with who and when; shown in the list', async () => {
    const res = await put(2099, {
      format: 'list',
      text: list2099(),
      source: '测试数据（非真实安排）',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json<CalendarImportResult>()).toMatchObject({ saved: true, replaces: false });
    const item = (await listYears()).items.find((i) => i.year === 2099);
    expect(item).toMatchObject({
      source: '测试数据（非真实安排）',
      holidays: 13,
      importedBy: staffName,
    });
    expect(item?.importedAt).toBeTruthy();
    const audit = await t.db.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'calendar.import')
      .where('target_id', '=', '2099')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0].actor_id).toBeTruthy();
  });

  it('re-importing replaces the year (days not merged), and the seed keeps the import', async () => {
    const res = await put(2026, {
      format: 'notice',
      text: NOTICE_2026.replace('1月4日（周日）上班。', ''),
      source: '国务院办公厅关于2026年部分节假日安排的通知（测试：少一天调休）',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json<CalendarImportResult>().replaces).toBe(true);
    const days = () => getYear(2026).then((r) => r.json<CalendarYear>().days);
    expect((await days()).some((d) => d.date === '2026-01-04')).toBe(false);
    await seedDatabase(t.db.db, { seedDemo: false, now: new Date() });
    expect((await days()).some((d) => d.date === '2026-01-04')).toBe(false);
    const replaced = await t.db.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'calendar.replace')
      .where('target_id', '=', '2026')
      .execute();
    expect(replaced).toHaveLength(1);
    // Back to the notice as published.
    expect(
      (
        await put(2026, {
          format: 'notice',
          text: NOTICE_2026,
          source: '国务院办公厅关于2026年部分节假日安排的通知',
        })
      ).statusCode,
    ).toBe(200);
    expect((await days()).some((d) => d.date === '2026-01-04')).toBe(true);
  });

  it('loadHolidayCalendar holds every loaded year', async () => {
    const cal = await loadHolidayCalendar(t.db.db);
    expect(cal.years).toEqual([2025, 2026, 2099]);
    expect(cal.workdays).toEqual(expect.arrayContaining([...CN_CALENDAR_2025.workdays]));
  });

  it.each([
    [{ format: 'list', text: '2099-01-01 休', source: '' }, 400],
    [{ format: 'csv', text: '2099-01-01 休', source: '测试数据' }, 400],
    [{ format: 'list', text: '2099-01-01 休', source: '测试数据', extra: 1 }, 400],
  ])('bad body %j → %i', async (payload, status) => {
    const res = await put(2099, payload);
    expect(res.statusCode).toBe(status);
    expect(res.json().message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('a year out of range → 400', async () => {
    const res = await put(1999, { format: 'list', text: '1999-01-01 休', source: '测试数据' });
    expect(res.statusCode).toBe(400);
  });

  it('consumers and anonymous callers cannot read or import', async () => {
    const consumer = await loginConsumer(t.app);
    expect(
      (await put(2099, { format: 'list', text: list2099(), source: '测试数据' }, consumer.token))
        .statusCode,
    ).toBe(403);
    const anon = await t.app.inject({ method: 'GET', url: '/api/v1/calendar/years' });
    expect(anon.statusCode).toBe(401);
  });
});
