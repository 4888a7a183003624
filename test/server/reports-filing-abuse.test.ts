import type { Region } from '@api/region';
import type { ReportCreated } from '@api/reports';
import { REPORT_RATE_DEFAULTS } from '@/domain/report-vocabulary';
import { LocalWechatDouble } from '../../server/src/wechat/local-double';
import { WechatError } from '../../server/src/wechat/errors';
import { createTestApp, loginConsumer, type TestApp } from './support/app';
import { TestClock } from './support/complaints';
import {
  checkProgress,
  freshIp,
  postReport,
  postReportPhoto,
  realName,
  reportBody,
} from './support/reports';
import { bumpVersion } from '../../server/src/cache/read-cache';

// Issue 16, abuse: per-IP and per-user limits, duplicates within a day, WeChat's text check.

/** The local double, asking for review of one word and out of reach for another. */
class Unsure extends LocalWechatDouble {
  readonly checked: { openid: string; scene: number }[] = [];
  override async msgSecCheck(input: Parameters<LocalWechatDouble['msgSecCheck']>[0]) {
    this.checked.push({ openid: input.openid, scene: input.scene });
    if (input.content.includes('网络故障')) throw new WechatError(-1, 'network error');
    if (input.content.includes('待复核')) {
      return { pass: false, suggest: 'review' as const, label: '10001' };
    }
    return super.msgSecCheck(input);
  }
}

let t: TestApp;
const wechat = new Unsure();
const clock = new TestClock(new Date('2026-12-10T10:00:00+08:00'));

beforeAll(async () => {
  t = await createTestApp({ now: clock.now, wechat });
});
afterAll(() => t.close());
beforeEach(() => clock.set('2026-12-10T10:00:00+08:00'));

const body = (overrides: Parameters<typeof reportBody>[0] = {}) =>
  reportBody({ seenOn: '2026-12-09', ...overrides });
const secCheckOf = async (id: string) =>
  (
    await t.db.db
      .selectFrom('reports')
      .select('sec_check')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
  ).sec_check;

/** The county lowers a limit (the profile's `reports`). */
async function setLimits(reports: Region['reports']) {
  const row = await t.db.db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', 'region')
    .executeTakeFirstOrThrow();
  const region = { ...(JSON.parse(row.value) as Region), reports };
  await t.db.db
    .updateTable('settings')
    .set({ value: JSON.stringify(region) })
    .where('key', '=', 'region')
    .execute();
  await bumpVersion(t.db.db, 'region');
}
afterEach(() => setLimits(undefined));

describe('duplicates: same business and same text within 24 hours', () => {
  it('refuses the same text about the same business, whoever sends it, and accepts it a day later', async () => {
    const first = body({ description: '这家店的冷柜里有过期三个月的酸奶，还在正常销售。' });
    expect((await postReport(t, first)).statusCode).toBe(201);
    // Other spacing and full-width marks make no difference; nor does the sender.
    const again = body({ description: '这家店的冷柜里有过期三个月的酸奶， 还在正常销售！' });
    const consumer = await loginConsumer(t.app);
    for (const token of [undefined, consumer.token]) {
      const res = await postReport(t, again, token);
      expect(res.statusCode).toBe(409);
      expect(res.json()).toEqual({
        code: 'REPORT_DUPLICATE',
        message: '相同内容的举报已提交，无需重复举报',
      });
    }
    // Another business with the same text is not a duplicate.
    const elsewhere = body({
      description: first.description,
      business: { name: '另一家便利店', address: '东城街道新华路2号' },
    });
    expect((await postReport(t, elsewhere)).statusCode).toBe(201);
    clock.set('2026-12-11T10:01:00+08:00');
    expect((await postReport(t, again)).statusCode).toBe(201);
  });
});

describe('limits', () => {
  it('a signed-in caller files at most reportsPerUserPerDay a day, anonymous or by name', async () => {
    const consumer = await loginConsumer(t.app);
    const limit = REPORT_RATE_DEFAULTS.reportsPerUserPerDay;
    for (let i = 0; i < limit; i++) {
      const kind = i % 2 === 0 ? { reporter: realName() } : {};
      expect((await postReport(t, body(kind), consumer.token)).statusCode).toBe(201);
    }
    const refused = await postReport(t, body(), consumer.token);
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ code: 'REPORT_DAILY_LIMIT' });
    expect(refused.json().message).toBe(`每人每天最多提交 ${limit} 件举报，请明天再试`);
    // Without signing in they are held by the per-IP limit only.
    expect((await postReport(t, body())).statusCode).toBe(201);
    clock.set('2026-12-11T00:00:30+08:00');
    expect((await postReport(t, body(), consumer.token)).statusCode).toBe(201);
  });

  it('one IP files at most reportsPerIpPerHour reports (429 after), others are not held', async () => {
    await setLimits({ reportsPerIpPerHour: 3 });
    const ip = freshIp();
    for (let i = 0; i < 3; i++)
      expect((await postReport(t, body(), undefined, ip)).statusCode).toBe(201);
    const refused = await postReport(t, body(), undefined, ip);
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toEqual({ code: 'RATE_LIMITED', message: '操作太频繁，请稍后再试' });
    expect((await postReport(t, body())).statusCode).toBe(201);
  });

  it('one IP uploads at most photosPerIpPerHour photos', async () => {
    await setLimits({ photosPerIpPerHour: 9 });
    const ip = freshIp();
    for (let i = 0; i < 9; i++)
      expect((await postReportPhoto(t, undefined, ip)).statusCode).toBe(201);
    const over = await postReportPhoto(t, undefined, ip);
    expect([over.statusCode, over.headers['x-ratelimit-limit']]).toEqual([429, '9']);
    expect((await postReportPhoto(t)).statusCode).toBe(201);
  });

  it('a signed-in caller’s photos count toward their daily upload quota', async () => {
    const consumer = await loginConsumer(t.app);
    const row = await t.db.db
      .selectFrom('settings')
      .select('value')
      .where('key', '=', 'region')
      .executeTakeFirstOrThrow();
    const region = JSON.parse(row.value) as Region;
    await t.db.db
      .updateTable('settings')
      .set({ value: JSON.stringify({ ...region, uploads: { perUserPerDay: 2 } }) })
      .where('key', '=', 'region')
      .execute();
    await bumpVersion(t.db.db, 'region');
    try {
      expect((await postReportPhoto(t, consumer.token)).statusCode).toBe(201);
      expect((await postReportPhoto(t, consumer.token)).statusCode).toBe(201);
      const refused = await postReportPhoto(t, consumer.token);
      expect(refused.statusCode).toBe(429);
      expect(refused.json().code).toBe('UPLOAD_QUOTA_EXCEEDED');
    } finally {
      await t.db.db
        .updateTable('settings')
        .set({ value: JSON.stringify(region) })
        .where('key', '=', 'region')
        .execute();
      await bumpVersion(t.db.db, 'region');
    }
  });
});

describe('WeChat’s text check (scene 2)', () => {
  it('refuses risky text with a clear message and keeps nothing', async () => {
    const before = (await t.db.db.selectFrom('reports').select('id').execute()).length;
    const res = await postReport(
      t,
      body({ description: '这里有人组织赌博，每天晚上都有很多人。' }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'REPORT_CONTENT_REFUSED',
      message: '举报内容含有违规信息，请修改后再提交',
    });
    expect((await t.db.db.selectFrom('reports').select('id').execute()).length).toBe(before);
  });

  it('accepts review and an unreachable WeChat, flagged for staff; checks with the caller’s openid', async () => {
    const review = await postReport(
      t,
      body({ description: '这段内容需要待复核一下，店里卖假货。' }),
    );
    expect(review.statusCode).toBe(201);
    expect(await secCheckOf(review.json<ReportCreated>().id)).toBe('review');
    const down = await postReport(t, body({ description: '网络故障时提交的举报，店里卖假货。' }));
    expect(down.statusCode).toBe(201);
    expect(await secCheckOf(down.json<ReportCreated>().id)).toBe('review');
    expect(wechat.checked.at(-1)).toEqual({ openid: '', scene: 2 });

    const consumer = await loginConsumer(t.app, 'openid_reporter_1');
    const ok = await postReport(t, body(), consumer.token);
    expect(await secCheckOf(ok.json<ReportCreated>().id)).toBe('pass');
    expect(wechat.checked.at(-1)).toEqual({ openid: 'openid_reporter_1', scene: 2 });
  });
});

describe('Idempotency-Key', () => {
  it('a retry answers the same report with a new code; only the new code works', async () => {
    const payload = body();
    const send = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/reports',
        remoteAddress: freshIp(),
        headers: { 'idempotency-key': 'report-retry-1' },
        payload,
      });
    const first = (await send()).json<ReportCreated>();
    const retry = await send();
    expect(retry.statusCode).toBe(201);
    const again = retry.json<ReportCreated>();
    expect(again).toMatchObject({
      id: first.id,
      reportNo: first.reportNo,
      decideBy: first.decideBy,
    });
    expect(again.code).not.toBe(first.code);
    expect((await checkProgress(t, first.reportNo, first.code)).statusCode).toBe(404);
    expect((await checkProgress(t, again.reportNo, again.code)).statusCode).toBe(200);
    expect(
      await t.db.db
        .selectFrom('reports')
        .select('id')
        .where('report_no', '=', first.reportNo)
        .execute(),
    ).toHaveLength(1);
  });
});
