import type { Region } from '@api/region';
import type { MyReportList, ReportProgress } from '@api/reports';
import { CN_CALENDAR_2026 } from '@/domain/holidays-cn';
import { DECLINE_REASONS } from '@/domain/report-vocabulary';
import { addWorkingDays } from '@/domain/working-days';
import { bearer, createTestApp, loginConsumer, loginStaff, type TestApp } from './support/app';
import { TestClock } from './support/complaints';
import { checkProgress, fileReport, freshIp, realName } from './support/reports';
import { bumpVersion } from '../../server/src/cache/read-cache';

// Issue 16: the reporter's side after filing — progress by number and one-time code (the same
// answer for a wrong number and a wrong code, rate-limited), 我的举报 for a real-name reporter.
let t: TestApp;
const clock = new TestClock(new Date('2026-12-10T10:00:00+08:00'));

beforeAll(async () => {
  t = await createTestApp({ now: clock.now });
});
afterAll(() => t.close());
beforeEach(() => clock.set('2026-12-10T10:00:00+08:00'));

const SEEN = { seenOn: '2026-12-09' };

describe('progress by number and code', () => {
  it('accepts the code with or without the dash, in either case', async () => {
    const { reportNo, code } = await fileReport(t, SEEN);
    for (const typed of [
      code,
      code.replace('-', ''),
      code.toLowerCase(),
      code.replace('-', '').toLowerCase(),
    ]) {
      const res = await checkProgress(t, reportNo, typed);
      expect(res.statusCode).toBe(200);
      expect(res.json<ReportProgress>().reportNo).toBe(reportNo);
    }
  });

  it('answers a wrong code and an unknown number byte for byte the same', async () => {
    const { reportNo, code } = await fileReport(t, SEEN);
    const wrongCode = code === 'ABCD-EFGH' ? 'HGFE-DCBA' : 'ABCD-EFGH';
    const unknownNo = reportNo.replace(/-\d+$/, '-9999');
    const wrong = await checkProgress(t, reportNo, wrongCode);
    const unknown = await checkProgress(t, unknownNo, code);
    expect(wrong.statusCode).toBe(404);
    expect(unknown.statusCode).toBe(404);
    expect(wrong.body).toBe(unknown.body);
    expect(wrong.json()).toEqual({ code: 'REPORT_NOT_FOUND', message: '举报编号或查询码不正确' });
  });

  it('counts right and wrong checks alike toward the per-IP limit', async () => {
    const row = await t.db.db
      .selectFrom('settings')
      .select('value')
      .where('key', '=', 'region')
      .executeTakeFirstOrThrow();
    const region = JSON.parse(row.value) as Region;
    const save = async (r: Region) => {
      await t.db.db
        .updateTable('settings')
        .set({ value: JSON.stringify(r) })
        .where('key', '=', 'region')
        .execute();
      await bumpVersion(t.db.db, 'region');
    };
    await save({ ...region, reports: { progressChecksPerIpPerMinute: 3 } });
    try {
      const { reportNo, code } = await fileReport(t, SEEN);
      const ip = freshIp();
      expect((await checkProgress(t, reportNo, 'ABCD-EFGH', ip)).statusCode).toBe(404);
      expect((await checkProgress(t, 'JB20000101-0001', code, ip)).statusCode).toBe(404);
      expect((await checkProgress(t, reportNo, code, ip)).statusCode).toBe(200);
      const limited = await checkProgress(t, reportNo, code, ip);
      expect(limited.statusCode).toBe(429);
      expect(limited.json().code).toBe('RATE_LIMITED');
      expect((await checkProgress(t, reportNo, code)).statusCode).toBe(200);
    } finally {
      await save(region);
    }
  });

  it('shows what the reporter may see of a decision, never who reported or staff’s notes', async () => {
    const reporter = await loginConsumer(t.app);
    const target = await fileReport(t, SEEN);
    const { id, reportNo, code } = await fileReport(
      t,
      { ...SEEN, reporter: realName('赵六', '13600002222') },
      reporter.token,
    );
    await t.db.db
      .updateTable('reports')
      .set({
        status: 'not-opened',
        decided_on: '2026-12-15',
        decline_reason: 'no-evidence',
        decision_note: '内部备注',
        malicious: 1,
        malicious_reason: '内部原因',
      })
      .where('id', '=', id)
      .execute();
    await t.db.db
      .insertInto('report_events')
      .values({
        id: '01ZZZZZZZZZZZZZZZZZZZZZZZZ',
        report_id: id,
        at: '2026-12-15T02:00:00.000Z',
        label: '不予立案',
      })
      .execute();
    const res = await checkProgress(t, reportNo, code);
    const progress = res.json<ReportProgress>();
    expect(progress).toMatchObject({
      status: 'not-opened',
      reporterKind: 'real-name',
      decidedOn: '2026-12-15',
      declineReason: DECLINE_REASONS['no-evidence'],
      steps: [{ label: '已收到举报' }, { label: '不予立案' }],
    });
    for (const secret of ['赵六', '13600002222', '内部备注', '内部原因', 'malicious']) {
      expect(res.body).not.toContain(secret);
    }
    await t.db.db
      .updateTable('reports')
      .set({ status: 'merged', merged_into: target.id })
      .where('id', '=', id)
      .execute();
    expect((await checkProgress(t, reportNo, code)).json<ReportProgress>().mergedInto).toBe(
      target.reportNo,
    );
  });
});

describe('the decision deadline counts working days across holidays (行政处罚程序规定 第十八条)', () => {
  it('15 working days from Monday 2026-04-20 pass 劳动节 (5月1日至5日) and the make-up Saturday 5月9日', async () => {
    clock.set('2026-04-20T09:00:00+08:00');
    const created = await fileReport(t, { seenOn: '2026-04-18' });
    expect(created.decideBy).toBe('2026-05-13');
    expect(addWorkingDays('2026-04-20', 15, CN_CALENDAR_2026)).toBe('2026-05-13');
    // Monday to Friday alone would have said 2026-05-11.
    expect(addWorkingDays('2026-04-20', 15, { holidays: [], workdays: [] })).toBe('2026-05-11');
  });

  it('15 working days from Thursday 2026-03-26 pass 清明节 (4月4日至6日)', async () => {
    clock.set('2026-03-26T09:00:00+08:00');
    const created = await fileReport(t, { seenOn: '2026-03-25' });
    // 3/27, 3/30–4/3, 4/7–4/10, 4/13–4/17: the 15th working day is Friday 2026-04-17.
    expect(created.decideBy).toBe('2026-04-17');
  });
});

describe('我的举报 and one’s own report', () => {
  const mine = (token: string) =>
    t.app.inject({ method: 'GET', url: '/api/v1/reports/mine', headers: bearer(token) });
  const own = (token: string, id: string) =>
    t.app.inject({ method: 'GET', url: `/api/v1/reports/${id}`, headers: bearer(token) });

  it('lists a real-name reporter’s reports only; an anonymous report is in nobody’s list', async () => {
    const reporter = await loginConsumer(t.app);
    const other = await loginConsumer(t.app);
    const named = await fileReport(t, { ...SEEN, reporter: realName() }, reporter.token);
    const anonymous = await fileReport(t, SEEN, reporter.token);
    const list = (await mine(reporter.token)).json<MyReportList>();
    expect(list.items.map((r) => r.id)).toEqual([named.id]);
    expect(list.items[0]).toMatchObject({
      reportNo: named.reportNo,
      status: 'received',
      decideBy: named.decideBy,
    });
    expect((await mine(other.token)).json<MyReportList>().items).toEqual([]);

    expect((await own(reporter.token, named.id)).json<ReportProgress>().reportNo).toBe(
      named.reportNo,
    );
    expect((await own(reporter.token, anonymous.id)).statusCode).toBe(404);
    expect((await own(other.token, named.id)).statusCode).toBe(404);
    const staff = await loginStaff(t);
    expect((await own(staff.token, named.id)).statusCode).toBe(404);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/reports/${named.id}` })).statusCode,
    ).toBe(401);
  });

  it('pages newest first', async () => {
    const reporter = await loginConsumer(t.app);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      clock.tick();
      ids.push((await fileReport(t, { ...SEEN, reporter: realName() }, reporter.token)).id);
    }
    const first = await t.app.inject({
      method: 'GET',
      url: '/api/v1/reports/mine?limit=2',
      headers: bearer(reporter.token),
    });
    const page = first.json<MyReportList>();
    expect(page.items.map((r) => r.id)).toEqual([ids[2], ids[1]]);
    const rest = await t.app.inject({
      method: 'GET',
      url: `/api/v1/reports/mine?limit=2&cursor=${page.nextCursor}`,
      headers: bearer(reporter.token),
    });
    expect(rest.json<MyReportList>()).toEqual({
      items: [expect.objectContaining({ id: ids[0] })],
      nextCursor: null,
    });
  });
});
