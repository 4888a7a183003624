import type {
  DisclosureResponse,
  MyDisclosures,
  PublicBatch,
  PublicBatchList,
  PublicBusinessRows,
  StaffBatch,
  StaffRowList,
} from '@api/disclosure';
import type { MessagePage } from '@api/messages';
import { WITHHELD_NAME } from '@/domain/disclosure-vocabulary';
import { bearer, createTestApp, loginConsumer, type TestApp } from './support/app';
import { transitionOk } from './support/complaints';
import {
  complaintEnding,
  createBatch,
  createBatchBody,
  memberOf,
  merchantsWithCodes,
  moveBatch,
  moveOk,
  staffTrio,
  TestClock,
  type Ending,
} from './support/disclosure';

const clock = new TestClock(new Date('2027-01-05T02:00:00Z'));
let t: TestApp;
let staff: Awaited<ReturnType<typeof staffTrio>>;
let consumer: { token: string };
let m: Awaited<ReturnType<typeof merchantsWithCodes>>;
let member1: { token: string };
let member3: { token: string };
let batchId: string;
/** Every public and merchant response body, for the personal-data scan at the end. */
const seen: { url: string; body: string }[] = [];

/** What no public or merchant answer may ever contain. */
const NEEDLES = {
  name: '欧阳需隐',
  phone: '13987654321',
  address: '青山县保密小区99栋',
  facts: '独一无二的事实描述甲乙丙',
  orderNo: 'ORD-SECRET-7788',
};
const complainant = { name: NEEDLES.name, phone: NEEDLES.phone, address: NEEDLES.address };
const complaintIds: Record<string, string[]> = {};

async function fileFor(merchantIndex: number | null, ending: Ending) {
  const merchant =
    merchantIndex === null
      ? { name: '某无名小店', address: '城关镇某路1号' }
      : { merchantId: m[merchantIndex].id, name: m[merchantIndex].name, address: '城关镇1号' };
  const id = await complaintEnding(t, clock, consumer.token, staff.a.token, ending, {
    merchant,
    complainant,
    facts: `${NEEDLES.facts}，商品有问题，要求退货退款，商家拒绝处理。`,
    amount: 4321.99,
    orderNo: NEEDLES.orderNo,
  });
  const k = String(merchantIndex);
  complaintIds[k] = [...(complaintIds[k] ?? []), id];
  return id;
}

const get = async (url: string, token?: string) => {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/v1${url}`,
    ...(token && { headers: bearer(token) }),
  });
  return res;
};
/** A public or merchant read, kept for the scan. */
const read = async (url: string, token?: string) => {
  const res = await get(url, token);
  seen.push({ url, body: res.body });
  return res;
};

beforeAll(async () => {
  t = await createTestApp({ env: { SEED_DEMO: 'false' }, now: clock.now });
  staff = await staffTrio(t);
  consumer = await loginConsumer(t.app);
  m = await merchantsWithCodes(t, [
    { name: '青山县放心电器有限公司', industry: '家用电器' },
    { name: '青山县鲜果超市', industry: '商场超市' },
    { name: '王小明', industry: '餐饮', type: '个体工商户' },
    { name: '青山县一件小店', industry: '餐饮' },
  ]);
  member1 = await memberOf(t, staff.a.token, m[0].code, m[0].name);
  member3 = await memberOf(t, staff.a.token, m[2].code, m[2].name);
  for (const ending of ['settled', 'settled', 'settled', 'terminated'] as const) {
    await fileFor(0, ending);
  }
  for (const ending of ['rejected', 'withdrawn-early', 'open'] as const) await fileFor(1, ending);
  for (const ending of ['settled', 'terminated', 'withdrawn'] as const) await fileFor(2, ending);
  await fileFor(3, 'settled');
  await fileFor(null, 'settled');
  // Ends on 1 February: fewer than 15 days before the batch is computed.
  clock.set('2027-01-30T02:00:00Z');
  await fileFor(0, 'open');
  clock.set('2027-02-01T02:00:00Z');
  const late = complaintIds['0'][4];
  await transitionOk(t, staff.a.token, late, { action: 'accept' });
  await transitionOk(t, staff.a.token, late, { action: 'terminate', reason: 'no-agreement' });
  clock.set('2027-02-10T02:00:00Z');
}, 120_000);
afterAll(() => t.close());

describe('making a batch (staff only)', () => {
  it('refuses non-staff and a bad period, in Chinese, next to the field', async () => {
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/v1/disclosure/batches',
      payload: createBatchBody(),
    });
    expect(anonymous.statusCode).toBe(401);
    const merchant = await t.app.inject({
      method: 'POST',
      url: '/api/v1/disclosure/batches',
      headers: bearer(member1.token),
      payload: createBatchBody(),
    });
    expect(merchant.statusCode).toBe(403);
    const backwards = await t.app.inject({
      method: 'POST',
      url: '/api/v1/disclosure/batches',
      headers: bearer(staff.a.token),
      payload: createBatchBody({ periodFrom: '2027-01-31', periodTo: '2027-01-01' }),
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().fields.periodTo).toBe('结束日期不能早于开始日期');
    const tooLong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/disclosure/batches',
      headers: bearer(staff.a.token),
      payload: createBatchBody({ periodFrom: '2025-01-01', periodTo: '2026-12-31' }),
    });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().fields.periodTo).toBe('公示期间最长366天');
  });

  it('computes every complaint of the period, with the automatic exclusions', async () => {
    batchId = await createBatch(t, staff.a.token);
    const batch = (
      await get(`/disclosure/batches/${batchId}/manage`, staff.a.token)
    ).json<StaffBatch>();
    expect(batch.status).toBe('draft');
    expect(batch.candidates).toBe(13);
    expect(batch.included).toBe(8);
    expect(Object.fromEntries(batch.exclusionsByReason.map((e) => [e.reason, e.count]))).toEqual({
      'not-accepted': 1,
      'withdrawn-before-acceptance': 1,
      open: 1,
      'no-registered-business': 1,
      'too-recent': 1,
    });
    expect(batch.allowedActions).toEqual(['notify', 'exclude']);
    expect(batch.history.map((h) => h.action)).toEqual(['生成公示批次']);
  });

  it('previews exactly what the public will see: small businesses counted, not listed', async () => {
    const preview = (
      await get(`/disclosure/batches/${batchId}/preview`, staff.b.token)
    ).json<PublicBatch>();
    expect(preview.industries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ industry: '餐饮', accepted: 4, settled: 2, settlementRate: 50 }),
        expect.objectContaining({ industry: '家用电器', accepted: 4, settled: 3 }),
      ]),
    );
    expect(preview.businesses.map((b) => [b.merchantId, b.accepted, b.rank])).toEqual([
      [m[0].id, 4, 1],
      [m[2].id, 3, 2],
    ]);
    expect(preview.businesses[1].name).toBe(WITHHELD_NAME);
    expect(preview.businessesRanked).toBe(2);
    expect(preview.minComplaintsPerBusiness).toBe(3);
    expect(preview.totals).toMatchObject({ accepted: 8, settled: 5, settlementRate: 62.5 });
    expect(JSON.stringify(preview)).not.toContain(m[3].name);
    const anonymous = await get(`/disclosure/batches/${batchId}/preview`);
    expect(anonymous.statusCode).toBe(401);
    const notYetPublic = await get(`/disclosure/batches/${batchId}`);
    expect(notYetPublic.statusCode).toBe(404);
    expect(notYetPublic.json().code).toBe('DISCLOSURE_BATCH_NOT_FOUND');
  });

  it('lets staff exclude a row from the fixed list, but never lift an automatic one', async () => {
    const rows = (
      await get(`/disclosure/batches/${batchId}/rows?merchantId=${m[0].id}&limit=2`, staff.a.token)
    ).json<StaffRowList>();
    expect(rows.items).toHaveLength(2);
    expect(rows.nextCursor).not.toBeNull();
    const next = (
      await get(
        `/disclosure/batches/${batchId}/rows?merchantId=${m[0].id}&limit=10&cursor=${rows.nextCursor}`,
        staff.a.token,
      )
    ).json<StaffRowList>();
    expect(next.items).toHaveLength(3);
    const dup = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/disclosure/batches/${batchId}/rows/${rows.items[0].id}/exclusion`,
      headers: bearer(staff.a.token),
      payload: { reason: 'duplicate', note: '与另一件重复' },
    });
    expect(dup.statusCode).toBe(200);
    expect(dup.json()).toMatchObject({ excludedReason: 'duplicate', excludedNote: '与另一件重复' });
    const automatic = next.items.find((r) => r.excludedReason === 'too-recent')!;
    const lift = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/disclosure/batches/${batchId}/rows/${automatic.id}/exclusion`,
      headers: bearer(staff.a.token),
    });
    expect(lift.statusCode).toBe(409);
    expect(lift.json().code).toBe('DISCLOSURE_STATE');
    const preview = (
      await get(`/disclosure/batches/${batchId}/preview`, staff.a.token)
    ).json<PublicBatch>();
    expect(preview.businesses[0]).toMatchObject({ merchantId: m[0].id, accepted: 3 });
  });
});

describe('notice, objections and approval', () => {
  let rowOf1: string;
  let rowOf3: string;
  let objection: DisclosureResponse;
  let statement: DisclosureResponse;

  it('tells each business concerned and opens the objection period', async () => {
    const batch = await moveOk(t, staff.a.token, batchId, { action: 'notify' });
    expect(batch.status).toBe('notice');
    expect(batch.objectionDeadline).toBe('2027-02-17');
    expect(batch.businessesNotified).toBe(3);
    const inbox = (await get('/messages', member1.token)).json<MessagePage>();
    expect(inbox.items[0]).toMatchObject({
      kind: 'disclosure',
      link: '/features/disclosure/pages/mine/index',
    });
    const mine = (await read('/disclosure/mine', member1.token)).json<MyDisclosures>();
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0]).toMatchObject({ canRespond: true, objectionDeadline: '2027-02-17' });
    const terminated = mine.items[0].rows.find((r) => r.outcome === 'terminated' && r.published)!;
    rowOf1 = terminated.id;
    rowOf3 = (await read('/disclosure/mine', member3.token)).json<MyDisclosures>().items[0].rows[0]
      .id;
  });

  it('refuses submitting while businesses may still answer', async () => {
    const early = await moveBatch(t, staff.a.token, batchId, { action: 'submit' });
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toBe('异议期至2月17日，尚有3家经营者未答复');
  });

  it('lets a business respond only on its own rows', async () => {
    const respond = (token: string, rowId: string, payload: object) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/disclosure/rows/${rowId}/responses`,
        headers: { ...bearer(token), 'idempotency-key': `r-${rowId}-${token.slice(-6)}` },
        payload,
      });
    const foreign = await respond(member1.token, rowOf3, {
      kind: 'objection',
      text: '这不是我们的投诉记录，请核实。',
    });
    expect(foreign.statusCode).toBe(404);
    const res = await respond(member1.token, rowOf1, {
      kind: 'objection',
      text: '该投诉后经协商已退款，实为调解成功，附退款凭证。',
    });
    expect(res.statusCode).toBe(201);
    objection = res.json<DisclosureResponse>();
    expect(objection.decision).toBe('pending');
    statement = (
      await respond(member3.token, rowOf3, {
        kind: 'statement',
        text: '本店已整改，增加了售后专人负责投诉处理。',
      })
    ).json<DisclosureResponse>();
    const staffInbox = (await get('/messages', staff.a.token)).json<MessagePage>();
    expect(staffInbox.items.map((i) => i.link)).toEqual([
      `/features/disclosure/pages/review/index?id=${batchId}`,
      `/features/disclosure/pages/review/index?id=${batchId}`,
    ]);
    const undecided = await moveBatch(t, staff.a.token, batchId, { action: 'submit' });
    expect(undecided.json()).toMatchObject({
      code: 'DISCLOSURE_STATE',
      message: '尚有2条异议或说明未处理',
    });
  });

  it('records each decision, tells the business, and audits it', async () => {
    const decide = (id: string, payload: object) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/disclosure/responses/${id}/decision`,
        headers: bearer(staff.b.token),
        payload,
      });
    const noReason = await decide(statement.id, { decision: 'refused' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().fields.reason).toBe('请填写不予采纳的理由（将告知经营者）');
    const upheld = await decide(objection.id, {
      decision: 'upheld',
      remedy: 'correct',
      outcome: 'settled',
    });
    expect(upheld.statusCode).toBe(200);
    expect(upheld.json()).toMatchObject({ decision: 'upheld', remedy: 'correct' });
    const refused = await decide(statement.id, { decision: 'refused', reason: '说明与投诉无关' });
    expect(refused.json()).toMatchObject({ decision: 'refused', decisionReason: '说明与投诉无关' });
    const again = await decide(statement.id, { decision: 'upheld', remedy: 'publish-statement' });
    expect(again.statusCode).toBe(409);
    const audit = await t.db.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('target_type', '=', 'disclosure-batch')
      .where('target_id', '=', batchId)
      .execute();
    const actions = audit.map((a) => a.action);
    expect(actions.filter((a) => a === 'disclosure.respond')).toHaveLength(2);
    expect(actions.filter((a) => a === 'disclosure.decide')).toHaveLength(2);
    const batch = (
      await get(`/disclosure/batches/${batchId}/manage`, staff.a.token)
    ).json<StaffBatch>();
    expect(batch.history.map((h) => h.action)).toContain('处理经营者异议或说明');
    expect(batch.businessesAnswered).toBe(2);
  });

  it('submits once the period is over, and only a third staff member publishes', async () => {
    clock.set('2027-02-18T02:00:00Z');
    await moveOk(t, staff.a.token, batchId, { action: 'submit' });
    const returned = await moveOk(t, staff.b.token, batchId, {
      action: 'return',
      reason: '请再核对一遍行业分类',
    });
    expect(returned).toMatchObject({ status: 'notice', returnedReason: '请再核对一遍行业分类' });
    const submitted = await moveOk(t, staff.a.token, batchId, { action: 'submit' });
    expect(submitted.status).toBe('submitted');
    expect(submitted.allowedActions).toEqual(['return']);
    const self = await moveBatch(t, staff.a.token, batchId, { action: 'publish' });
    expect(self.statusCode).toBe(403);
    expect(self.json()).toMatchObject({
      code: 'DISCLOSURE_SAME_STAFF',
      message: '发布须由创建、提交以外的另一名工作人员审批',
    });
    const consumerTry = await moveBatch(t, consumer.token, batchId, { action: 'publish' });
    expect(consumerTry.statusCode).toBe(403);
    const published = await moveOk(t, staff.b.token, batchId, { action: 'publish' });
    expect(published.status).toBe('published');
    expect(published.publishedByName).toMatch(/^disc_b_/);
    // The merchant page's figures: every business named, statements only when ranked.
    const figures = await t.db.db
      .selectFrom('disclosure_business_figures')
      .select(['merchant_id', 'accepted', 'settled', 'rate_permille', 'ranked', 'statements'])
      .orderBy('merchant_id')
      .execute();
    expect(figures).toEqual([
      {
        merchant_id: m[0].id,
        accepted: 3,
        settled: 3,
        rate_permille: 1000,
        ranked: 1,
        statements: JSON.stringify(['该投诉后经协商已退款，实为调解成功，附退款凭证。']),
      },
      {
        merchant_id: m[2].id,
        accepted: 3,
        settled: 1,
        rate_permille: 333,
        ranked: 1,
        statements: '[]',
      },
      {
        merchant_id: m[3].id,
        accepted: 1,
        settled: 1,
        rate_permille: 1000,
        ranked: 0,
        statements: '[]',
      },
    ]);
  });
});

describe('what the public sees', () => {
  let before: string[];
  const publicUrls = () => [
    '/disclosure/batches',
    `/disclosure/batches/${batchId}`,
    `/disclosure/batches/${batchId}/businesses/${m[0].id}`,
    `/disclosure/batches/${batchId}/businesses/${m[2].id}`,
    `/disclosure/batches/${batchId}/csv`,
    `/disclosure/batches/${batchId}/print`,
  ];

  it('lists the ranked businesses and their published rows, never an excluded one', async () => {
    const list = (await read('/disclosure/batches')).json<PublicBatchList>();
    expect(list.items.map((b) => b.id)).toEqual([batchId]);
    const batch = (await read(`/disclosure/batches/${batchId}`)).json<PublicBatch>();
    expect(batch.businesses[0]).toMatchObject({ merchantId: m[0].id, accepted: 3, settled: 3 });
    expect(batch.trend).toHaveLength(1);
    expect(batch.versions).toHaveLength(1);
    const rows = (
      await read(`/disclosure/batches/${batchId}/businesses/${m[0].id}`)
    ).json<PublicBusinessRows>();
    expect(rows.rows).toHaveLength(3);
    const corrected = rows.rows.find((r) => r.corrected)!;
    expect(corrected).toMatchObject({
      outcome: 'settled',
      statement: '该投诉后经协商已退款，实为调解成功，附退款凭证。',
    });
    const staffRows = (
      await get(
        `/disclosure/batches/${batchId}/rows?merchantId=${m[0].id}&excluded=true`,
        staff.a.token,
      )
    ).json<StaffRowList>();
    const excludedIds = staffRows.items.map((r) => r.id);
    expect(excludedIds).toHaveLength(2);
    for (const id of excludedIds) expect(JSON.stringify(rows)).not.toContain(id);
    const small = await read(`/disclosure/batches/${batchId}/businesses/${m[3].id}`);
    expect(small.statusCode).toBe(404);
  });

  it('exports CSV with a BOM and a print page with the legal basis', async () => {
    const csv = await read(`/disclosure/batches/${batchId}/csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.startsWith('\uFEFF')).toBe(true);
    expect(csv.body).toContain(m[0].name);
    expect(csv.body).not.toContain(m[3].name);
    const print = await read(`/disclosure/batches/${batchId}/print`);
    expect(print.headers['content-type']).toContain('text/html');
    expect(print.body).toContain('第三十四条、第三十五条');
    expect(print.body).toContain('第二十九条、第三十八条');
    expect(print.body).toContain('@media print');
  });

  it('does not change when complaints or businesses change later', async () => {
    before = [];
    for (const url of publicUrls()) before.push((await get(url)).body);
    await t.db.db
      .updateTable('merchants')
      .set({ name: '改名后的电器公司' })
      .where('id', '=', m[0].id)
      .execute();
    await transitionOk(t, staff.a.token, complaintIds['0'][0], { action: 'close' });
    await t.db.db
      .updateTable('complaints')
      .set({ category: '价格' })
      .where('id', 'in', complaintIds['0'])
      .execute();
    const after: string[] = [];
    for (const url of publicUrls()) after.push((await get(url)).body);
    expect(after).toEqual(before);
  });
});

describe('corrections and withdrawal', () => {
  let v2: string;

  it('a correction is a new version that supersedes the published one', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/disclosure/batches/${batchId}/corrections`,
      headers: bearer(staff.b.token),
      payload: { changeNote: '更正一件投诉的处理结果' },
    });
    expect(res.statusCode).toBe(201);
    v2 = res.json().id;
    const draft = (await get(`/disclosure/batches/${v2}/manage`, staff.b.token)).json<StaffBatch>();
    expect(draft).toMatchObject({
      version: 2,
      previousVersionId: batchId,
      candidates: 13,
      included: 7,
    });
    await moveOk(t, staff.b.token, v2, { action: 'notify' });
    clock.set('2027-03-01T02:00:00Z');
    await moveOk(t, staff.b.token, v2, { action: 'submit' });
    await moveOk(t, staff.a.token, v2, { action: 'publish' });
    const old = (await read(`/disclosure/batches/${batchId}`)).json<PublicBatch>();
    expect(old).toMatchObject({ status: 'superseded', supersededBy: v2 });
    const current = (await read(`/disclosure/batches/${v2}`)).json<PublicBatch>();
    expect(current).toMatchObject({ status: 'published', changeNote: '更正一件投诉的处理结果' });
    expect(current.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(current.trend.map((p) => p.batchId)).toEqual([v2]);
    const list = (await read('/disclosure/batches')).json<PublicBatchList>();
    expect(list.items.map((b) => [b.id, b.status])).toEqual([
      [v2, 'published'],
      [batchId, 'superseded'],
    ]);
  });

  it('withdraw keeps the batch and shows the reason, without its figures', async () => {
    const noReason = await moveBatch(t, staff.a.token, v2, { action: 'withdraw' });
    expect(noReason.statusCode).toBe(400);
    await moveOk(t, staff.a.token, v2, {
      action: 'withdraw',
      reason: '数据核对有误，重新核实后发布',
    });
    const withdrawn = (await read(`/disclosure/batches/${v2}`)).json<PublicBatch>();
    expect(withdrawn).toMatchObject({
      status: 'withdrawn',
      withdrawnReason: '数据核对有误，重新核实后发布',
      businesses: [],
      industries: [],
    });
    expect((await read(`/disclosure/batches/${v2}/businesses/${m[0].id}`)).statusCode).toBe(404);
    const figures = await t.db.db.selectFrom('disclosure_business_figures').selectAll().execute();
    expect(figures).toEqual([]);
  });
});

describe('personal data', () => {
  it('no public or merchant answer carries any complainant data or tracking number', async () => {
    await read('/disclosure/mine', member1.token);
    await read('/disclosure/mine', member3.token);
    await read(`/merchants/${m[0].id}`);
    expect(seen.length).toBeGreaterThan(15);
    const complaints = await t.db.db.selectFrom('complaints').select(['tracking_no']).execute();
    for (const { url, body } of seen) {
      for (const needle of [...Object.values(NEEDLES), '4321.99', '432199']) {
        if (body.includes(needle)) throw new Error(`${url} contains ${needle}`);
      }
      if (url.startsWith('/disclosure/mine')) continue;
      for (const { tracking_no } of complaints) {
        if (body.includes(tracking_no)) throw new Error(`${url} contains a tracking number`);
      }
    }
  });
});
