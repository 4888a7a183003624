/**
 * 第三十三条: a reporter's identity stays with the staff who handle the report. Real-name reports
 * carry a distinctive name and phone about a registered merchant; then every GET of the OpenAPI
 * document, as every kind of caller (the merchant reported among them), and every write's answer,
 * is searched: the name and phone show only in staff's GET /reports/{id}/reporter, and each such
 * read is in audit_log and the report's history. The merchant sees no report anywhere.
 */
import type { Session } from '@api/auth';
import type { ComplaintPage } from '@api/complaints';
import type { MessagePage } from '@api/messages';
import type { ReportCreated, ReporterIdentity, StaffReportDetail } from '@api/reports';
import { bearer, createTestApp, loginConsumer, loginStaff, type TestApp } from './support/app';
import { TestClock } from './support/complaints';
import { registration, testCode, upload, verify } from './support/merchants';
import { readableUrls } from './support/pii/openapi-reads';
import { fileReport, realName } from './support/reports';

const NAME = '澹台举密珊';
const PHONE = '13584027319';
/** The name, its given part, the phone and its last 8 digits: none may show unmasked. */
const NEEDLES = [NAME, NAME.slice(2), PHONE, PHONE.slice(3)];
const MAX_PAGES = 10;

let t: TestApp;
let staff: Session;
let reporter: Session;
let member: Session;
let merchantId: string;
let membershipId: string;
let report: ReportCreated;
let anonymous: ReportCreated;
const writes: { what: string; body: string }[] = [];
const clock = new TestClock(new Date('2027-03-15T10:00:00+08:00'));

const hits = (text: string) => NEEDLES.filter((n) => text.includes(n));

/** A published campaign running on 3·15 (the profile's, else one of our own). */
async function runningCampaign(): Promise<string> {
  const seeded = await t.db.db
    .selectFrom('campaigns')
    .select('id')
    .where('status', '=', 'published')
    .where('period_from', '<=', '2027-03-15')
    .where('period_to', '>=', '2027-03-15')
    .executeTakeFirst();
  if (seeded) return seeded.id;
  const at = clock.now().toISOString();
  await t.db.db
    .insertInto('campaigns')
    .values({
      id: 'camp-confidential',
      key: 'camp-confidential',
      source: 'staff',
      status: 'published',
      name: '食品安全专项整治',
      period_from: '2027-03-01',
      period_to: '2027-03-31',
      lead_unit: '县市场监管局',
      targets: '餐饮服务单位',
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
  return 'camp-confidential';
}

beforeAll(async () => {
  t = await createTestApp({ env: { SEED_DEMO: 'false' }, now: clock.now });
  staff = await loginStaff(t, 'staff', 'jubao_handler');
  reporter = await loginConsumer(t.app);
  member = await loginConsumer(t.app);
  const licence = await upload(t, member.token, 'licence');
  const registered = await t.app.inject({
    method: 'POST',
    url: '/api/v1/merchants',
    headers: bearer(member.token),
    payload: registration({
      creditCode: testCode(9301),
      name: '被举报测试餐馆',
      licencePhoto: licence.id,
    }),
  });
  expect(registered.statusCode).toBe(201);
  membershipId = registered.json<{ id: string }>().id;
  merchantId = (await verify(t, staff.token, membershipId)).merchantId;

  const business = { merchantId, name: '被举报测试餐馆', address: '城关镇测试路8号' };
  const campaignId = await runningCampaign();
  report = await fileReport(
    t,
    {
      reporter: realName(NAME, PHONE),
      business,
      campaignId,
      seenOn: '2027-03-14',
      wantsReply: true,
      subscribed: true,
    },
    reporter.token,
  );
  anonymous = await fileReport(t, { business, campaignId, seenOn: '2027-03-14' }, member.token);
  for (const [what, payload, id] of [
    ['open case', { action: 'open-case', note: '举报人要求保密' }, report.id],
    ['extend', { action: 'extend', reason: '需要调取监控' }, anonymous.id],
    ['conclude', { action: 'conclude', outcome: '已责令整改并罚款' }, report.id],
  ] as const) {
    clock.tick(30);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/reports/${id}/decisions`,
      headers: bearer(staff.token),
      payload,
    });
    expect(res.statusCode).toBe(200);
    writes.push({ what, body: res.body });
  }
}, 60_000);
afterAll(() => t.close());

const get = (url: string, token?: string) =>
  t.app.inject({ method: 'GET', url, headers: token ? bearer(token) : {} });

describe('the reporter’s identity (第三十三条)', () => {
  it('is encrypted at rest and kept from the reporter’s account when anonymous', async () => {
    const rows = await t.db.db
      .selectFrom('reports')
      .select(['id', 'reporter_name', 'reporter_phone', 'reporter_user_id'])
      .where('id', 'in', [report.id, anonymous.id])
      .execute();
    const real = rows.find((r) => r.id === report.id)!;
    expect(real.reporter_user_id).toBe(reporter.user.id);
    expect(hits(`${real.reporter_name} ${real.reporter_phone}`)).toEqual([]);
    expect(real.reporter_name).toMatch(/^v1:/);
    expect(rows.find((r) => r.id === anonymous.id)).toMatchObject({
      reporter_user_id: null,
      reporter_name: null,
      reporter_phone: null,
    });
  });

  it('shows only in GET /reports/{id}/reporter, to staff, in every response of every caller', async () => {
    const { urls } = await readableUrls(t.app, [
      report.id,
      anonymous.id,
      report.reportNo,
      merchantId,
      membershipId,
    ]);
    const callers: [string, string | undefined][] = [
      ['anonymous', undefined],
      ['another consumer', (await loginConsumer(t.app)).token],
      ['the reporter', reporter.token],
      ['the merchant reported', member.token],
      ['staff', staff.token],
    ];
    const leaks: string[] = [];
    let identityReads = 0;
    let responses = 0;
    for (const w of writes) leaks.push(...hits(w.body).map((h) => `staff ${w.what}: ${h}`));
    for (const [caller, token] of callers) {
      for (const first of urls) {
        let url: string | undefined = first;
        for (let page = 0; url !== undefined && page < MAX_PAGES; page++) {
          const res = await get(url, token);
          responses += 1;
          const parsed = safeJson(res.body);
          const text = typeof parsed === 'string' ? res.body : JSON.stringify(parsed);
          const allowed = caller === 'staff' && url === `/api/v1/reports/${report.id}/reporter`;
          if (allowed) {
            identityReads += 1;
            expect(res.json<ReporterIdentity>()).toEqual({
              kind: 'real-name',
              name: NAME,
              phone: PHONE,
            });
            expect(res.headers['cache-control']).toBe('no-store');
          } else {
            leaks.push(...hits(text).map((h) => `${caller} GET ${url} (${res.statusCode}): ${h}`));
          }
          if (caller === 'the merchant reported' && res.statusCode < 300) {
            // No trace of either report, by id or number.
            for (const mark of [report.id, report.reportNo, anonymous.id, anonymous.reportNo]) {
              if (text.includes(mark)) leaks.push(`merchant GET ${url}: report ${mark}`);
            }
          }
          const next = nextCursorOf(res.body);
          url = next === null ? undefined : withCursor(url, next);
        }
      }
    }
    expect(responses).toBeGreaterThan(200);
    expect(identityReads).toBe(1);
    expect(leaks).toEqual([]);

    // Each read is audited and in the history, by the staff member's name.
    const audited = await t.db.db
      .selectFrom('audit_log')
      .selectAll()
      .where('target_type', '=', 'report')
      .where('target_id', '=', report.id)
      .where('action', '=', 'reporter-read')
      .execute();
    expect(audited.map((a) => a.actor_id)).toEqual([staff.user.id]);
    const detail = (
      await get(`/api/v1/reports/${report.id}/manage`, staff.token)
    ).json<StaffReportDetail>();
    expect(detail.history.filter((h) => h.action === '查看举报人身份信息')).toEqual([
      expect.objectContaining({ by: 'jubao_handler', at: audited[0].created_at }),
    ]);
  }, 180_000);

  it('never reaches the merchant reported: not in its inbox, messages or report routes', async () => {
    const inbox = await get('/api/v1/complaints?scope=merchant', member.token);
    expect(inbox.statusCode).toBe(200);
    expect(inbox.json<ComplaintPage>().items).toEqual([]);
    const messages = (await get('/api/v1/messages', member.token)).json<MessagePage>().items;
    expect(messages.filter((m) => m.kind === 'report')).toEqual([]);
    for (const url of [
      `/api/v1/reports/${report.id}/manage`,
      `/api/v1/reports/${report.id}/reporter`,
      '/api/v1/reports',
    ]) {
      expect((await get(url, member.token)).statusCode).toBe(403);
    }
    // Its member filed the anonymous one: anonymous, so not theirs to follow either.
    expect((await get(`/api/v1/reports/${anonymous.id}`, member.token)).statusCode).toBe(404);
    // The reporter heard of the decision and the outcome (wantsReply), without their name.
    const told = (await get('/api/v1/messages', reporter.token)).json<MessagePage>().items;
    expect(told.filter((m) => m.kind === 'report')).toHaveLength(2);
    expect(hits(JSON.stringify(told))).toEqual([]);
  });
});

function safeJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}

function nextCursorOf(body: string): string | null {
  const parsed = safeJson(body) as { nextCursor?: unknown } | string;
  return typeof parsed === 'object' && parsed && typeof parsed.nextCursor === 'string'
    ? parsed.nextCursor
    : null;
}

const withCursor = (url: string, cursor: string) => {
  const u = new URL(url, 'http://x');
  u.searchParams.set('cursor', cursor);
  return `${u.pathname}${u.search}`;
};
