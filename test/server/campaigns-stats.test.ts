import type { CampaignStats, StaffCampaign } from '@api/campaigns';
import { REPORT_STATUSES } from '@/domain/report-vocabulary';
import { demoRegion } from '../../server/src/db/seed';
import { bearer, createTestApp, loginConsumer, loginStaff, type TestApp } from './support/app';
import { fileReport as fileReportNow, realName } from './support/reports';

/** 2027-03-10 10:00 in Shanghai: the demo 农资打假 campaign is active. */
let clock = new Date('2027-03-10T02:00:00.000Z');

let t: TestApp;
let staff: { token: string };
let consumer: { token: string };
let farmId: string;
let drugId: string;

const campaignId = async (key: string) =>
  (
    await t.db.db
      .selectFrom('campaigns')
      .select('id')
      .where('key', '=', key)
      .executeTakeFirstOrThrow()
  ).id;

beforeAll(async () => {
  t = await createTestApp({ env: { SEED_DEMO: 'false' }, now: () => clock });
  staff = await loginStaff(t, 'staff');
  consumer = await loginConsumer(t.app);
  farmId = await campaignId('farm-inputs');
  drugId = await campaignId('drug-spring');
});
afterAll(() => t.close());

/** Each report a minute after the one before: "newest first" is then by time, not by id. */
const fileReport: typeof fileReportNow = (...args) => {
  clock = new Date(clock.getTime() + 60_000);
  return fileReportNow(...args);
};

const stats = (id: string, token = staff.token) =>
  t.app.inject({ method: 'GET', url: `/api/v1/campaigns/${id}/stats`, headers: bearer(token) });

const point = (latitude: number, longitude: number, name?: string) => ({
  location: { latitude, longitude, ...(name && { name }) },
});

describe('campaign stats', () => {
  it('counts reports by status and town, overdue ones, and maps those with a place', async () => {
    const seenOn = '2027-03-09';
    const farm = { campaignId: farmId, seenOn };
    const first = await fileReport(t, { ...farm, town: '城关镇', ...point(28.1, 117.2) });
    const second = await fileReport(t, {
      ...farm,
      town: '城关镇',
      ...point(28.2, 117.3, '城关农资市场'),
    });
    await fileReport(t, { ...farm, town: undefined });
    const named = await fileReport(
      t,
      {
        ...farm,
        reporter: realName('王五', '13800001111'),
        wantsReply: true,
        ...point(28.3, 117.4),
      },
      consumer.token,
    );
    // Another campaign's report, and one naming none, are not counted.
    await fileReport(t, { campaignId: drugId, seenOn });
    await fileReport(t, { seenOn });

    const opened = await t.app.inject({
      method: 'POST',
      url: `/api/v1/reports/${second.id}/decisions`,
      headers: bearer(staff.token),
      payload: { action: 'open-case' },
    });
    expect(opened.statusCode).toBe(200);

    // 40 days on, the two still 待核查 with a place are past their 15 working days.
    clock = new Date('2027-04-19T02:00:00.000Z');
    const res = await stats(farmId);
    expect(res.statusCode).toBe(200);
    const body = res.json<CampaignStats>();
    expect(body.campaignId).toBe(farmId);
    expect(body.total).toBe(4);
    expect(body.byStatus.map((s) => s.status)).toEqual([...REPORT_STATUSES]);
    expect(body.byStatus.filter((s) => s.count > 0)).toEqual([
      { status: 'received', count: 3 },
      { status: 'case-opened', count: 1 },
    ]);
    expect(body.overdue).toBe(3);

    const towns = demoRegion().towns;
    expect(body.byTown.map((row) => row.town)).toEqual([...towns, '未填写']);
    expect(body.byTown.find((row) => row.town === '城关镇')?.count).toBe(
      // The real-name report's town comes from the shared body (城关镇) too.
      3,
    );
    expect(body.byTown.at(-1)).toEqual({ town: '未填写', count: 1 });
    expect(body.byTown.reduce((sum, row) => sum + row.count, 0)).toBe(4);

    expect(body.points.map((p) => p.reportId)).toEqual([named.id, second.id, first.id]);
    expect(body.points[1]).toEqual({
      reportId: second.id,
      reportNo: second.reportNo,
      status: 'case-opened',
      latitude: 28.2,
      longitude: 117.3,
      place: '城关农资市场',
      town: '城关镇',
    });
    expect(body.points[2].place).toBe('城关镇人民路18号店内');

    // Counts and places only: the real-name reporter is nowhere in it.
    expect(res.body).not.toContain('王五');
    expect(res.body).not.toContain('13800001111');

    const manage = await t.app.inject({
      method: 'GET',
      url: `/api/v1/campaigns/${farmId}/manage`,
      headers: bearer(staff.token),
    });
    expect(manage.json<StaffCampaign>().reportCount).toBe(4);
    expect(manage.body).not.toContain('王五');
  });

  it('an unknown campaign is 404; the stats are staff only', async () => {
    expect((await stats('01NOSUCHCAMPAIGN000000000')).statusCode).toBe(404);
    expect((await stats(farmId, consumer.token)).statusCode).toBe(403);
    const anonymous = await t.app.inject({
      method: 'GET',
      url: `/api/v1/campaigns/${farmId}/stats`,
    });
    expect(anonymous.statusCode).toBe(401);
  });
});
