import type { MessagePage } from '@api/messages';
import type { ReportProgress, StaffReportDetail, StaffReportList } from '@api/reports';
import { CN_CALENDAR_2026 } from '@/domain/holidays-cn';
import { DECLINE_REASONS } from '@/domain/report-vocabulary';
import { addWorkingDays } from '@/domain/working-days';
import type { LocalWechatDouble } from '../../server/src/wechat/local-double';
import { bearer, createTestApp, loginConsumer, loginStaff, type TestApp } from './support/app';
import { TestClock } from './support/complaints';
import { checkProgress, fileReport, realName, reportBody } from './support/reports';

// Issue 16: staff handle 举报 — the queue by deadline, the decision within 15 working days
// (extendable once), the real-name reporter told of it (第三十一条), merges and malicious marks.
const TEMPLATE = 'tmpl-report-status';
const FILED = '2026-04-10T10:00:00+08:00';
let t: TestApp;
let staff: { token: string };
const clock = new TestClock(new Date(FILED));

beforeAll(async () => {
  t = await createTestApp({
    env: { SEED_DEMO: 'false', WECHAT_TEMPLATE_REPORT_STATUS: TEMPLATE },
    now: clock.now,
  });
  staff = await loginStaff(t);
});
afterAll(() => t.close());
beforeEach(() => clock.set(FILED));

const outbox = () => (t.wechat as LocalWechatDouble).outbox;
const file = (overrides: Parameters<typeof reportBody>[0] = {}, token?: string) =>
  fileReport(t, { seenOn: '2026-04-09', ...overrides }, token);
const decide = (id: string, payload: object, token = staff.token) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/reports/${id}/decisions`,
    headers: bearer(token),
    payload,
  });
async function decideOk(id: string, payload: object): Promise<StaffReportDetail> {
  const res = await decide(id, payload);
  if (res.statusCode !== 200) throw new Error(`decision failed: ${res.statusCode} ${res.body}`);
  return res.json<StaffReportDetail>();
}
const queue = async (query = '') => {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/v1/reports${query}`,
    headers: bearer(staff.token),
  });
  expect(res.statusCode).toBe(200);
  return res.json<StaffReportList>();
};
const detail = async (id: string) => {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/v1/reports/${id}/manage`,
    headers: bearer(staff.token),
  });
  expect(res.statusCode).toBe(200);
  return res.json<StaffReportDetail>();
};
const messagesOf = async (token: string) =>
  (
    await t.app.inject({ method: 'GET', url: '/api/v1/messages', headers: bearer(token) })
  ).json<MessagePage>().items;
const progress = async (reportNo: string, code: string) => {
  const res = await checkProgress(t, reportNo, code);
  expect(res.statusCode).toBe(200);
  return res.json<ReportProgress>();
};

/** A published campaign running through 2026 (the profile's own are not seeded here). */
async function insertCampaign(id: string, name: string) {
  const at = new Date().toISOString();
  await t.db.db
    .insertInto('campaigns')
    .values({
      id,
      key: id,
      source: 'staff',
      status: 'published',
      name,
      period_from: '2026-01-01',
      period_to: '2026-12-31',
      lead_unit: '县市场监管局',
      targets: '农资经营户',
      reportable: '[]',
      legal_basis: '[]',
      cover_upload_id: null,
      advisory_ids: '[]',
      created_by: null,
      created_at: at,
      updated_at: at,
      published_at: at,
      withdrawn_at: null,
      withdrawn_reason: null,
    })
    .execute();
}

describe('the queue', () => {
  it('sorts by decision deadline then number, filters, and pages by keyset', async () => {
    const business = { name: `排序农资店${Date.now() % 10000}`, address: '青石镇北街3号' };
    const mine = (more = '') =>
      queue(`?q=${encodeURIComponent(business.name)}&town=${encodeURIComponent('青石镇')}${more}`);
    const first = await file({ business, town: '青石镇' });
    clock.set('2026-04-13T09:00:00+08:00');
    const second = await file({ business, town: '青石镇' });
    const third = await file({ business, town: '青石镇' });
    const elsewhere = await file({ business, town: '河口镇' });
    clock.set('2026-04-14T09:00:00+08:00');
    await decideOk(first.id, { action: 'extend', reason: '需要现场检查' });

    const all = await mine();
    expect(all.items.map((r) => r.id)).toEqual([second.id, third.id, first.id]);
    expect(all.items[0]).toMatchObject({
      reportNo: second.reportNo,
      status: 'received',
      reporterKind: 'anonymous',
      businessName: business.name,
      town: '青石镇',
      extended: false,
      malicious: false,
      photoCount: 0,
    });
    expect(second.reportNo < third.reportNo).toBe(true);
    // Filed 4-13: 4-14…4-30 are 13 working days, May 1–5 are off, so the 15th is 5-07; on 4-14,
    // 4-15…4-30 and 5-06, 5-07 are left: 14. The first, filed 4-10 (5-06), was extended to 5-26.
    expect(second.decideBy).toBe('2026-05-07');
    expect(all.items[0].workingDaysLeft).toBe(14);
    expect(all.items[2]).toMatchObject({ decideBy: '2026-05-26', extended: true });

    const firstPage = await mine('&limit=2');
    expect(firstPage.items.map((r) => r.id)).toEqual([second.id, third.id]);
    expect(firstPage.nextCursor).toBeTruthy();
    const rest = await mine(`&limit=2&cursor=${firstPage.nextCursor}`);
    expect(rest.items.map((r) => r.id)).toEqual([first.id]);
    expect(rest.nextCursor).toBeNull();

    await decideOk(third.id, { action: 'open-case' });
    const opened = await mine('&status=case-opened');
    expect(opened.items.map((r) => r.id)).toEqual([third.id]);
    expect(opened.items[0].workingDaysLeft).toBeUndefined();

    const byNumber = await queue(`?q=${elsewhere.reportNo.toLowerCase()}`);
    expect(byNumber.items.map((r) => r.id)).toEqual([elsewhere.id]);
    const bad = await t.app.inject({
      method: 'GET',
      url: '/api/v1/reports?status=nonsense',
      headers: bearer(staff.token),
    });
    expect(bad.statusCode).toBe(400);
  });

  it('finds overdue, malicious and campaign reports', async () => {
    await insertCampaign('camp-handling', '农资打假专项');
    const business = { name: `逾期农资店${Date.now() % 10000}`, address: '白云镇南街5号' };
    const mine = (more: string) => queue(`?q=${encodeURIComponent(business.name)}${more}`);
    const late = await file({ business, campaignId: 'camp-handling' });
    const onTime = await file({ business });
    clock.set('2026-06-01T09:00:00+08:00');
    const fresh = await file({ business, seenOn: '2026-05-30' });
    await decideOk(onTime.id, { action: 'open-case' });

    const overdue = await mine('&overdue=true');
    expect(overdue.items.map((r) => r.id)).toEqual([late.id]);
    expect(overdue.items[0].workingDaysLeft).toBeLessThan(0);

    const inCampaign = await queue('?campaignId=camp-handling');
    expect(inCampaign.items.map((r) => r.id)).toEqual([late.id]);
    expect(inCampaign.items[0].campaignName).toBe('农资打假专项');

    await decideOk(fresh.id, { action: 'mark-malicious', reason: '同一人反复捏造' });
    const marked = await mine('&malicious=true');
    expect(marked.items.map((r) => r.id)).toEqual([fresh.id]);
    expect(marked.items[0].malicious).toBe(true);
    const unmarked = await mine('&malicious=false');
    expect(unmarked.items.map((r) => r.id).sort()).toEqual([late.id, onTime.id].sort());
  });

  it('is for staff only', async () => {
    const consumer = await loginConsumer(t.app);
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/reports',
      headers: bearer(consumer.token),
    });
    expect(res.statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/reports' })).statusCode).toBe(401);
  });
});

describe('the decision period (第十八条)', () => {
  it('is extended once by 15 working days, with the reason; a second extension is refused', async () => {
    const created = await file();
    expect(created.decideBy).toBe(addWorkingDays('2026-04-10', 15, CN_CALENDAR_2026));
    const extended = await decideOk(created.id, { action: 'extend', reason: '需要抽样检验' });
    const decideBy = addWorkingDays(created.decideBy, 15, CN_CALENDAR_2026);
    expect(extended).toMatchObject({
      status: 'received',
      extended: true,
      extensionReason: '需要抽样检验',
      decideBy,
    });
    expect(extended.history.map((h) => h.action)).toEqual(['提交举报', '延长核查期限']);
    expect(extended.history[0].by).toBe('举报人');
    expect(extended.history[1].note).toContain('需要抽样检验');

    const again = await decide(created.id, { action: 'extend', reason: '还需要时间' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'REPORT_STATE',
      message: '已延期一次，不能再次延期',
    });
    const [, m, d] = decideBy.split('-').map(Number);
    const shown = await progress(created.reportNo, created.code);
    expect(shown.decideBy).toBe(decideBy);
    expect(shown.extended).toBe(true);
    expect(shown.steps.map((s) => s.label)).toEqual(['已收到举报', `核查期限已延长至${m}月${d}日`]);
  });

  it('refuses a step the status does not allow, saying what is needed', async () => {
    const created = await file();
    await decideOk(created.id, { action: 'decline', reason: 'no-evidence' });
    const open = await decide(created.id, { action: 'open-case' });
    expect(open.statusCode).toBe(409);
    expect(open.json()).toMatchObject({
      code: 'REPORT_STATE',
      message: '该举报不予立案，只有待核查的举报可以立案',
    });
    const conclude = await decide(created.id, { action: 'conclude', outcome: '已责令改正' });
    expect(conclude.json()).toMatchObject({
      code: 'REPORT_STATE',
      message: '只有已立案的举报可以办结',
    });
    const extend = await decide(created.id, { action: 'extend', reason: '需要时间' });
    expect(extend.statusCode).toBe(409);
    const bad = await decide(created.id, { action: 'decline', reason: 'nonsense' });
    expect(bad.statusCode).toBe(400);
    const missing = await decide(created.id, { action: 'transfer' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().fields.authority).toBeDefined();
    const unknown = await decide('01NOSUCHREPORT000000000000', { action: 'open-case' });
    expect(unknown.statusCode).toBe(404);
  });
});

describe('telling the reporter (第三十一条第二款)', () => {
  it('tells a real-name reporter within 5 working days, across 劳动节, in 消息 and by subscribe message', async () => {
    const reporter = await loginConsumer(t.app, 'openid_reporter_1');
    const created = await file({ reporter: realName(), subscribed: true }, reporter.token);
    const before = outbox().length;
    // 2026-04-30 (Thursday): May 1–5 are off and May 9 (Saturday) is a working day, so the 5th
    // working day is May 11 (Monday-to-Friday counting would say May 7).
    clock.set('2026-04-30T15:00:00+08:00');
    const opened = await decideOk(created.id, { action: 'open-case', note: '内部：先查进货台账' });
    expect(opened).toMatchObject({
      status: 'case-opened',
      decidedOn: '2026-04-30',
      tellReporterBy: '2026-05-11',
      reporterToldAt: '2026-04-30T07:00:00.000Z',
      decisionNote: '内部：先查进货台账',
    });

    const [message] = await messagesOf(reporter.token);
    expect(message).toMatchObject({
      kind: 'report',
      title: '举报处理结果',
      link: `/features/reports/pages/detail/index?id=${created.id}`,
    });
    expect(message.body).toContain(`您的举报（${created.reportNo}）已立案`);
    expect(message.body).not.toContain('内部');

    const sent = outbox().slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      touser: 'openid_reporter_1',
      templateId: TEMPLATE,
      page: `features/reports/pages/detail/index?id=${created.id}`,
      data: { character_string1: created.reportNo, phrase2: '已立案', time4: '2026-04-30 15:00' },
    });
    expect(Array.from(sent[0].data.thing3).length).toBeLessThanOrEqual(20);

    // wantsReply false: the outcome of the case is not sent.
    clock.tick(60);
    await decideOk(created.id, { action: 'conclude', outcome: '已责令改正并罚款' });
    expect(await messagesOf(reporter.token)).toHaveLength(1);
    expect(outbox()).toHaveLength(before + 1);
  });

  it('tells of a decline with its reason, a transfer with the authority, and a wanted outcome', async () => {
    const reporter = await loginConsumer(t.app, 'openid_reporter_2');
    const declined = await file({ reporter: realName(), subscribed: true }, reporter.token);
    const transferred = await file({ reporter: realName() }, reporter.token);
    const concluded = await file(
      { reporter: realName(), wantsReply: true, subscribed: true },
      reporter.token,
    );
    const before = outbox().length;
    await decideOk(declined.id, { action: 'decline', reason: 'no-evidence' });
    clock.tick(1);
    const moved = await decideOk(transferred.id, {
      action: 'transfer',
      authority: '县农业农村局',
    });
    expect(moved).toMatchObject({ status: 'transferred', transferredTo: '县农业农村局' });
    clock.tick(1);
    await decideOk(concluded.id, { action: 'open-case' });
    clock.tick(1);
    await decideOk(concluded.id, { action: 'conclude', outcome: '已立案查处，没收假冒化肥' });

    const bodies = (await messagesOf(reporter.token)).map((m) => m.body);
    expect(bodies).toEqual([
      `您的举报（${concluded.reportNo}）已办结。处理结果：已立案查处，没收假冒化肥。`,
      `您的举报（${concluded.reportNo}）已立案，我们将依法调查处理。`,
      `您的举报（${transferred.reportNo}）不属于本局管辖，已移送县农业农村局处理，您也可以直接向其反映。`,
      `您的举报（${declined.reportNo}）经核查不予立案。理由：${DECLINE_REASONS['no-evidence']}。`,
    ]);
    // Not subscribed: the transfer has no subscribe message.
    expect(
      outbox()
        .slice(before)
        .map((m) => m.data.phrase2),
    ).toEqual(['不予立案', '已立案', '已办结']);
  });

  it('tells an anonymous reporter nothing, who sees 已立案 by number and code', async () => {
    const created = await file();
    const before = outbox().length;
    const opened = await decideOk(created.id, { action: 'open-case' });
    expect(opened.tellReporterBy).toBeUndefined();
    expect(opened.reporterToldAt).toBeUndefined();
    expect(outbox()).toHaveLength(before);
    const shown = await progress(created.reportNo, created.code);
    expect(shown).toMatchObject({ status: 'case-opened', decidedOn: '2026-04-10' });
    expect(shown.steps.map((s) => s.label)).toEqual(['已收到举报', '已立案']);
  });

  it('never fails a decision when the subscribe message fails', async () => {
    const reporter = await loginConsumer(t.app, 'openid_reporter_3');
    const created = await file({ reporter: realName(), subscribed: true }, reporter.token);
    const wechat = t.wechat as LocalWechatDouble;
    const send = wechat.sendSubscribeMessage;
    wechat.sendSubscribeMessage = async () => {
      throw new Error('43101 user refuse to accept the msg');
    };
    try {
      const opened = await decideOk(created.id, { action: 'open-case' });
      expect(opened.status).toBe('case-opened');
    } finally {
      wechat.sendSubscribeMessage = send;
    }
    expect((await messagesOf(reporter.token))[0].body).toContain('已立案');
  });
});

describe('duplicates and malicious reports', () => {
  it('merges a duplicate into a report of the same business, and nothing else', async () => {
    const business = { name: `重复农资店${Date.now() % 1000}`, address: '城关镇东街1号' };
    const target = await file({ business });
    const reporter = await loginConsumer(t.app, 'openid_merged_reporter');
    const duplicate = await file(
      { business, reporter: realName(), subscribed: true },
      reporter.token,
    );
    const other = await file({ business: { name: '另一家店铺', address: '城关镇西街2号' } });

    const related = await detail(duplicate.id);
    expect(related.related.map((r) => r.id)).toEqual([target.id]);

    for (const intoReportId of [duplicate.id, other.id, 'no-such-report']) {
      const res = await decide(duplicate.id, { action: 'merge', intoReportId });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({
        code: 'REPORT_MERGE_TARGET',
        message: '只能并入同一经营者的其他举报',
      });
      expect(res.json().fields.intoReportId).toBeDefined();
    }
    const merged = await decideOk(duplicate.id, { action: 'merge', intoReportId: target.id });
    expect(merged).toMatchObject({
      status: 'merged',
      mergedInto: { id: target.id, reportNo: target.reportNo },
    });
    expect((await detail(target.id)).merged).toEqual([
      { id: duplicate.id, reportNo: duplicate.reportNo },
    ]);
    // A merged report is no target, and is decided with the one it joined.
    const third = await file({ business });
    const intoMerged = await decide(third.id, { action: 'merge', intoReportId: duplicate.id });
    expect(intoMerged.statusCode).toBe(400);
    expect((await decide(duplicate.id, { action: 'open-case' })).statusCode).toBe(409);

    const shown = await progress(duplicate.reportNo, duplicate.code);
    expect(shown.status).toBe('merged');
    expect(shown.steps.map((s) => s.label)).toEqual(['已收到举报', '已与同一线索合并处理']);
    expect(await messagesOf(reporter.token)).toHaveLength(0);

    // The decision on the report it joined reaches its real-name reporter too (第三十一条).
    const before = outbox().length;
    clock.tick(10);
    await decideOk(target.id, { action: 'open-case' });
    const [told] = await messagesOf(reporter.token);
    expect(told.body).toBe(`您的举报（${duplicate.reportNo}）已立案，我们将依法调查处理。`);
    expect(told.link).toBe(`/features/reports/pages/detail/index?id=${duplicate.id}`);
    expect(outbox().slice(before)).toEqual([
      expect.objectContaining({
        touser: 'openid_merged_reporter',
        data: expect.objectContaining({ character_string1: duplicate.reportNo }),
      }),
    ]);
    const after = await progress(duplicate.reportNo, duplicate.code);
    expect(after.status).toBe('merged');
    expect(after.steps.map((s) => s.label)).toEqual([
      '已收到举报',
      '已与同一线索合并处理',
      '合并处理的举报已立案',
    ]);
    expect((await detail(duplicate.id)).reporterToldAt).toBeDefined();
  });

  it('marks a malicious report at any status, never shown to the reporter', async () => {
    const reporter = await loginConsumer(t.app);
    const created = await file({ reporter: realName() }, reporter.token);
    await decideOk(created.id, { action: 'decline', reason: 'no-evidence' });
    const inbox = (await messagesOf(reporter.token)).length;
    const marked = await decideOk(created.id, {
      action: 'mark-malicious',
      reason: '多次捏造事实举报同一商家',
    });
    expect(marked).toMatchObject({
      status: 'not-opened',
      malicious: true,
      maliciousReason: '多次捏造事实举报同一商家',
    });
    expect(marked.history.at(-1)).toMatchObject({
      action: '标记恶意举报',
      note: '多次捏造事实举报同一商家',
    });
    const again = await decide(created.id, { action: 'mark-malicious', reason: '再次标记' });
    expect(again.statusCode).toBe(409);

    expect(await messagesOf(reporter.token)).toHaveLength(inbox);
    const own = await t.app.inject({
      method: 'GET',
      url: `/api/v1/reports/${created.id}`,
      headers: bearer(reporter.token),
    });
    expect(own.statusCode).toBe(200);
    expect(own.body).not.toContain('恶意');
    expect(own.body).not.toContain('malicious');
    expect(own.json<ReportProgress>().steps.map((s) => s.label)).toEqual([
      '已收到举报',
      '不予立案',
    ]);
  });
});
