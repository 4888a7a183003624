import type { ReportCreated, ReportProgress } from '@api/reports';
import type { Upload } from '@api/uploads';
import { PROGRESS_CODE_PATTERN, REPORT_NO_PATTERN } from '@/domain/report-vocabulary';
import {
  bearer,
  createTestApp,
  loginConsumer,
  loginStaff,
  tokenFor,
  type TestApp,
} from './support/app';
import { TestClock } from './support/complaints';
import { register, testCode, upload } from './support/merchants';
import {
  checkProgress,
  fileReport,
  postReport,
  postReportPhoto,
  realName,
  reportBody,
  uploadReportPhoto,
} from './support/reports';

// Issue 16: 举报 filing — anyone may report, anonymously or by name (第三十三条: the name and
// phone encrypted, an anonymous report linked to no account).
let t: TestApp;
const clock = new TestClock(new Date('2026-12-10T10:00:00+08:00'));

beforeAll(async () => {
  t = await createTestApp({ now: clock.now });
});
afterAll(() => t.close());
beforeEach(() => clock.set('2026-12-10T10:00:00+08:00'));

const body = (overrides: Parameters<typeof reportBody>[0] = {}) =>
  reportBody({ seenOn: '2026-12-09', ...overrides });
const rowOf = (id: string) =>
  t.db.db.selectFrom('reports').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const uploadRow = (id: string) =>
  t.db.db.selectFrom('uploads').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('an anonymous report, end to end, without signing in', () => {
  it('takes a photo and a report, answers a number and a one-time code, and shows progress by them', async () => {
    const photo = await uploadReportPhoto(t);
    expect((await uploadRow(photo)).owner_id).toBeNull();
    const res = await postReport(t, body({ photos: [photo] }));
    expect(res.statusCode).toBe(201);
    const created = res.json<ReportCreated>();
    expect(created.reportNo).toMatch(new RegExp(REPORT_NO_PATTERN));
    expect(created.reportNo.startsWith('JB20261210-')).toBe(true);
    expect(created.code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(created.code).toMatch(new RegExp(PROGRESS_CODE_PATTERN));

    const row = await rowOf(created.id);
    expect(row).toMatchObject({
      reporter_kind: 'anonymous',
      reporter_user_id: null,
      reporter_name: null,
      reporter_phone: null,
      submitter_key: null,
      status: 'received',
      received_on: '2026-12-10',
      decide_by: created.decideBy,
      sec_check: 'pass',
    });
    // Only a hash of the code is kept.
    expect(JSON.stringify(row)).not.toContain(created.code.replace('-', ''));
    const photos = await t.db.db.selectFrom('report_photos').selectAll().execute();
    expect(photos).toContainEqual({ report_id: created.id, upload_id: photo, position: 0 });
    const audit = await t.db.db
      .selectFrom('audit_log')
      .selectAll()
      .where('target_id', '=', created.id)
      .execute();
    expect(audit).toMatchObject([{ action: 'submitted', target_type: 'report', actor_id: null }]);

    const progress = await checkProgress(t, created.reportNo, created.code);
    expect(progress.statusCode).toBe(200);
    expect(progress.json<ReportProgress>()).toMatchObject({
      reportNo: created.reportNo,
      status: 'received',
      reporterKind: 'anonymous',
      businessName: '青山县某某农资店',
      receivedOn: '2026-12-10',
      decideBy: created.decideBy,
      extended: false,
      steps: [{ label: '已收到举报' }],
    });
  });

  it('counts the decision deadline in working days: 15 from receipt', async () => {
    // Thursday 2026-12-10 + 15 working days (no holidays in between) = Thursday 2026-12-31.
    const created = await fileReport(t, { seenOn: '2026-12-09' });
    expect(created.decideBy).toBe('2026-12-31');
  });
});

describe('real-name reports', () => {
  it('need a signed-in consumer or merchant (401 otherwise), and keep the name and phone encrypted', async () => {
    const anonymous = await postReport(t, body({ reporter: realName() }));
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().message).toBe('实名举报请先登录');

    const reporter = await loginConsumer(t.app);
    const res = await postReport(
      t,
      body({ reporter: realName('王小明', '13700001111') }),
      reporter.token,
    );
    expect(res.statusCode).toBe(201);
    const row = await rowOf(res.json<ReportCreated>().id);
    expect(row.reporter_user_id).toBe(reporter.user.id);
    expect(row.reporter_kind).toBe('real-name');
    const stored = JSON.stringify(row);
    expect(stored).not.toContain('王小明');
    expect(stored).not.toContain('13700001111');
    expect(row.reporter_name).toMatch(/^v1:/);
    expect(row.reporter_phone).toMatch(/^v1:/);
  });

  it('refuses staff, whether anonymous or by name', async () => {
    const staff = await loginStaff(t);
    const res = await postReport(t, body(), staff.token);
    expect(res.statusCode).toBe(403);
    expect((await postReportPhoto(t, staff.token)).statusCode).toBe(403);
  });

  it('an anonymous report by a signed-in caller keeps no account, and its photos lose their owner', async () => {
    const consumer = await loginConsumer(t.app);
    const photo = await uploadReportPhoto(t, consumer.token);
    expect((await uploadRow(photo)).owner_id).toBe(consumer.user.id);
    const created = await fileReport(t, { seenOn: '2026-12-09', photos: [photo] }, consumer.token);
    const row = await rowOf(created.id);
    expect(row.reporter_user_id).toBeNull();
    expect(row.submitter_key).not.toBeNull();
    expect(row.submitter_key).not.toContain(consumer.user.id);
    expect((await uploadRow(photo)).owner_id).toBeNull();
  });
});

describe('the form is checked, each problem in Chinese next to its field', () => {
  const fieldsOf = async (overrides: Parameters<typeof reportBody>[0], token?: string) => {
    const res = await postReport(t, body(overrides), token);
    expect(res.statusCode).toBe(400);
    return res.json<{ fields: Record<string, string> }>().fields;
  };

  it('refuses a date after today or more than two years ago', async () => {
    expect((await fieldsOf({ seenOn: '2026-12-11' })).seenOn).toBe('发现日期不能晚于今天');
    expect((await fieldsOf({ seenOn: '2024-12-01' })).seenOn).toBe('只能举报两年内发现的问题');
  });

  it('names the reporter’s field that is wrong, and a time later than now', async () => {
    const consumer = await loginConsumer(t.app);
    expect(
      (
        await fieldsOf(
          { reporter: { kind: 'real-name', name: '李四', phone: '123' } },
          consumer.token,
        )
      )['reporter.phone'],
    ).toBeDefined();
    expect(
      (
        await fieldsOf(
          { reporter: { kind: 'real-name', name: '  李 ', phone: '13912345678' } },
          consumer.token,
        )
      )['reporter.name'],
    ).toBe('请填写真实姓名');
    const named = await postReport(
      t,
      body({ reporter: { kind: 'real-name' } as never }),
      consumer.token,
    );
    expect(named.json().fields).toEqual({ 'reporter.name': '必填', 'reporter.phone': '必填' });
    const anonymousWithName = await postReport(
      t,
      body({ reporter: { kind: 'anonymous', name: '李四' } as never }),
      consumer.token,
    );
    expect(anonymousWithName.json().fields).toEqual({ 'reporter.name': '不允许的字段 name' });
    // 10:00 now: 10:30 today has not come yet; 10:30 yesterday is fine.
    expect((await fieldsOf({ seenOn: '2026-12-10', seenTime: '10:30' })).seenTime).toBe(
      '发现时间不能晚于现在',
    );
    expect(
      (await postReport(t, body({ seenOn: '2026-12-09', seenTime: '10:30' }))).statusCode,
    ).toBe(201);
  });

  it('refuses a town not in the county, a blank description and an unknown merchant', async () => {
    expect((await fieldsOf({ town: '火星镇' })).town).toBe('请从列表中选择本县的镇或街道');
    expect((await fieldsOf({ description: '          ' + '　'.repeat(5) })).description).toMatch(
      /至少写10个字/,
    );
    const fields = await fieldsOf({
      business: { merchantId: 'NO-SUCH-MERCHANT', name: '某店', address: '某路1号' },
    });
    expect(fields['business.merchantId']).toMatch(/未查到该经营者/);
    // A business that asked to register and is not verified yet is not in the registry either.
    const applicant = await loginConsumer(t.app);
    const pending = await register(t, applicant.token, { creditCode: testCode(77) });
    const unverified = await fieldsOf({
      business: { merchantId: pending.merchantId, name: '某店', address: '某路1号' },
    });
    expect(unverified['business.merchantId']).toMatch(/未查到该经营者/);
  });

  it('takes a registered merchant’s name, address, town and industry from the registry', async () => {
    const merchant = await t.db.db
      .selectFrom('merchants')
      .selectAll()
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const created = await fileReport(t, {
      seenOn: '2026-12-09',
      town: undefined,
      business: { merchantId: merchant.id, name: '随便写的名字', address: '随便写的地址' },
    });
    expect(await rowOf(created.id)).toMatchObject({
      merchant_id: merchant.id,
      business_name: merchant.name,
      business_address: merchant.address,
      town: merchant.town,
      industry: merchant.industry,
    });
  });

  it('accepts only a published campaign active today', async () => {
    const campaigns = await t.db.db.selectFrom('campaigns').selectAll().execute();
    const active = campaigns.find((c) => c.key === 'food-safety')!;
    const upcoming = campaigns.find((c) => c.key === 'drug-spring')!;
    const created = await fileReport(t, { seenOn: '2026-12-09', campaignId: active.id });
    expect((await rowOf(created.id)).campaign_id).toBe(active.id);
    const progress = await checkProgress(t, created.reportNo, created.code);
    expect(progress.json<ReportProgress>().campaignName).toBe(active.name);
    expect((await fieldsOf({ campaignId: upcoming.id })).campaignId).toBe('该专项整治不在进行中');
    expect((await fieldsOf({ campaignId: 'NO-SUCH' })).campaignId).toBe('该专项整治不在进行中');
  });

  it('refuses photos of someone else, of another purpose, or already in another report', async () => {
    const owner = await loginConsumer(t.app);
    const other = await loginConsumer(t.app);
    const mine = await uploadReportPhoto(t, owner.token);
    expect((await fieldsOf({ photos: [mine] }, other.token)).photos).toBe(
      '照片不存在或不是你上传的，请重新上传',
    );
    expect((await fieldsOf({ photos: [mine] })).photos).toBe(
      '照片不存在或不是你上传的，请重新上传',
    );
    const evidence: Upload = await upload(t, owner.token, 'evidence');
    expect((await fieldsOf({ photos: [evidence.id] }, owner.token)).photos).toBe(
      '照片不存在或不是你上传的，请重新上传',
    );
    const anonymous = await uploadReportPhoto(t);
    await fileReport(t, { seenOn: '2026-12-09', photos: [anonymous] });
    expect((await fieldsOf({ photos: [anonymous] })).photos).toBe('照片已用于其他举报，请重新上传');
  });

  it('writes nothing when a report is refused', async () => {
    const before = await t.db.db.selectFrom('reports').select('id').execute();
    await fieldsOf({ town: '火星镇' });
    expect(await t.db.db.selectFrom('reports').select('id').execute()).toEqual(before);
  });
});

describe('report photos are read by staff and their owner only', () => {
  it('an ownerless photo by staff only; an owned one by its owner too', async () => {
    const staff = await loginStaff(t);
    const consumer = await loginConsumer(t.app);
    const ownerless = await uploadReportPhoto(t);
    const owned = await uploadReportPhoto(t, consumer.token);
    const read = (id: string, token: string) =>
      t.app.inject({ method: 'GET', url: `/api/v1/uploads/${id}`, headers: bearer(token) });
    expect((await read(ownerless, staff.token)).statusCode).toBe(200);
    expect((await read(ownerless, consumer.token)).statusCode).toBe(404);
    expect((await read(owned, consumer.token)).statusCode).toBe(200);
    const merchant = await tokenFor(t, 'merchant');
    expect((await read(owned, merchant.token)).statusCode).toBe(404);
  });
});
