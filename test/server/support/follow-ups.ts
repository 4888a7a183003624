import { ulid } from 'ulid';
import type { FollowUp, FollowUpBody } from '@api/disclosure';
import type { Region } from '@api/region';
import { bearer, createTestApp, loginStaff, type TestApp } from './app';
import { TestClock } from './complaints';
import { insertMerchants } from './merchants';
import { bumpVersion } from '../../../server/src/cache/read-cache';

/** The follow-up tests' world: two staff accounts, four businesses, a clock in April 2027. */
export interface FollowUpScene {
  t: TestApp;
  clock: TestClock;
  staff: { token: string; user: { id: string } };
  colleague: { token: string; user: { id: string } };
  /** 甲餐馆 and 丙小吃店 (餐饮), 乙超市 (商场超市), 丁家政 (家政服务). */
  merchants: [string, string, string, string];
}

export async function followUpScene(): Promise<FollowUpScene> {
  const clock = new TestClock(new Date('2027-04-20T10:00:00+08:00'));
  const t = await createTestApp({ env: { SEED_DEMO: 'false' }, now: clock.now });
  const staff = await loginStaff(t, 'staff', 'genjin_zhou');
  const colleague = await loginStaff(t, 'staff', 'genjin_wu');
  const ids = await insertMerchants(t, [
    { name: '甲餐馆', industry: '餐饮' },
    { name: '乙超市', industry: '商场超市' },
    { name: '丙小吃店', industry: '餐饮' },
    { name: '丁家政', industry: '家政服务' },
  ]);
  return { t, clock, staff, colleague, merchants: [ids[0], ids[1], ids[2], ids[3]] };
}

export const apiCall =
  (t: TestApp) =>
  (
    token: string | null,
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    payload?: object,
    headers = {},
  ) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...(token ? bearer(token) : {}), ...headers },
      payload,
    });

export const followUpBody = (
  merchantId: string,
  over: Partial<FollowUpBody> = {},
): FollowUpBody => ({
  target: { kind: 'business', merchantId },
  type: '行政指导',
  date: '2027-04-18',
  handledBy: '王科长、李明',
  notes: '上门约见负责人，指出退货流程问题，要求一周内整改。',
  attachments: [],
  status: 'open',
  ...over,
});

export async function createFollowUp(
  t: TestApp,
  token: string,
  body: FollowUpBody,
): Promise<FollowUp> {
  const res = await apiCall(t)(token, 'POST', '/disclosure/follow-ups', body);
  if (res.statusCode !== 201) throw new Error(`follow-up: ${res.statusCode} ${res.body}`);
  return res.json<FollowUp>();
}

export type Outcome = 'settled' | 'terminated' | 'withdrawn';
export interface SeedRow {
  merchantId: string | null;
  name: string;
  industry: string;
  outcome: Outcome | null;
  days?: number;
  excluded?: string;
}

/** A batch straight into the tables (as publishing writes it), with its rows. */
export async function seedBatch(
  { t, staff, colleague }: FollowUpScene,
  status: 'draft' | 'published' | 'superseded',
  publishedAt: string | null,
  rows: SeedRow[],
  title = '2027年第一季度投诉信息公示',
): Promise<string> {
  const id = ulid();
  const at = '2027-04-10T02:00:00.000Z';
  await t.db.db
    .insertInto('disclosure_batches')
    .values({
      id,
      series_id: id,
      version: 1,
      previous_version_id: null,
      title,
      kind: 'period',
      period_from: '2027-01-01',
      period_to: '2027-03-31',
      status,
      change_note: null,
      settings: '{}',
      candidates: rows.length,
      included: rows.filter((r) => !r.excluded).length,
      excluded: rows.filter((r) => r.excluded).length,
      created_by: staff.user.id,
      created_at: at,
      updated_at: at,
      computed_at: at,
      notified_at: null,
      objection_deadline: null,
      submitted_by: null,
      submitted_at: null,
      returned_reason: null,
      published_by: publishedAt ? colleague.user.id : null,
      published_at: publishedAt,
      superseded_by: null,
      withdrawn_by: null,
      withdrawn_at: null,
      withdrawn_reason: null,
      snapshot: null,
    })
    .execute();
  let n = 0;
  for (const r of rows) {
    n += 1;
    await t.db.db
      .insertInto('disclosure_rows')
      .values({
        id: ulid(),
        batch_id: id,
        complaint_id: `c-${id}-${n}`,
        tracking_no: `TS20270101-${String(n).padStart(4, '0')}-ABCD`,
        merchant_id: r.merchantId,
        business_name: r.name,
        credit_code: null,
        industry: r.industry,
        category: '商品质量',
        submitted_on: '2027-01-05',
        accepted_on: r.outcome ? '2027-01-06' : null,
        ended_on: r.outcome ? '2027-02-01' : null,
        outcome: r.outcome,
        days_to_close: r.outcome ? (r.days ?? 10) : null,
        excluded_reason: r.excluded ?? null,
        excluded_note: null,
        statement: null,
        corrected: 0,
      })
      .execute();
  }
  return id;
}

export const rowsOf = (
  merchantId: string,
  name: string,
  industry: string,
  outcomes: Outcome[],
  days: number[] = [],
) => outcomes.map((outcome, i) => ({ merchantId, name, industry, outcome, days: days[i] }));

/** Changes the profile's disclosure rules (the region row, as an admin's edit would). */
export async function setDisclosureProfile(t: TestApp, disclosure: Region['disclosure']) {
  const row = await t.db.db
    .selectFrom('settings')
    .selectAll()
    .where('key', '=', 'region')
    .executeTakeFirstOrThrow();
  const region = JSON.parse(row.value) as Region;
  await t.db.db
    .updateTable('settings')
    .set({
      value: JSON.stringify({ ...region, disclosure: { ...region.disclosure, ...disclosure } }),
    })
    .where('key', '=', 'region')
    .execute();
  await bumpVersion(t.db.db, 'region');
}
