import type { ComplaintCreated, ComplaintDetail } from '@api/complaints';
import { CN_CALENDAR_2026 } from '@/domain/holidays-cn';
import { addCalendarDays, addWorkingDays } from '@/domain/working-days';
import { REFUSAL_REASONS } from '@/domain/refusal-reasons';
import type { WechatClient } from '../../server/src/wechat';
import { LocalWechatDouble } from '../../server/src/wechat/local-double';
import { TRACKING_NO_PATTERN } from '../../server/src/features/complaints/tracking-no';
import { bearer, createTestApp, loginConsumer, loginStaff, type TestApp } from './support/app';
import {
  complaintBody,
  fileComplaint,
  getDetail,
  postMessage,
  postRating,
  TestClock,
  transition,
  transitionOk,
} from './support/complaints';
import { givePledge, insertMerchants, upload } from './support/merchants';

const TEMPLATE = 'tmpl-complaint-status';
let t: TestApp;
let staff: { token: string; user: { id: string } };
const clock = new TestClock(new Date('2026-09-29T10:00:00+08:00'));

beforeAll(async () => {
  t = await createTestApp({
    env: { SEED_DEMO: 'false', WECHAT_TEMPLATE_COMPLAINT_STATUS: TEMPLATE },
    now: clock.now,
  });
  staff = await loginStaff(t);
});
afterAll(() => t.close());
beforeEach(() => clock.set('2026-09-29T10:00:00+08:00'));

const outbox = () => (t.wechat as LocalWechatDouble).outbox;
const create = (token: string, payload: object, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/complaints',
    headers: { ...bearer(token), ...headers },
    payload,
  });

describe('lifecycle', () => {
  it('files → accepted → mediating → settled → closed, each step on the timeline, then rated', async () => {
    const consumer = await loginConsumer(t.app, 'openid_lifecycle');
    const created = await fileComplaint(t, consumer.token, {}, { withEvidence: true });
    expect(created.trackingNo).toMatch(TRACKING_NO_PATTERN);
    expect(created.trackingNo.startsWith('TS20260929-')).toBe(true);
    const sentBefore = outbox().length;

    const first = (await getDetail(t, consumer.token, created.id)).json<ComplaintDetail>();
    expect(first.status).toBe('submitted');
    expect(first.allowedActions).toEqual(['withdraw', 'note', 'evidence']);
    expect(first.timeline).toHaveLength(1);
    expect(first.timeline[0]).toMatchObject({
      actor: 'consumer',
      kind: 'status',
      status: 'submitted',
      at: '2026-09-29T02:00:00.000Z',
    });
    expect(first.evidence).toHaveLength(1);
    expect(first.amount).toBe(1299.5);
    expect(first.complainant).toEqual(complaintBody().complainant);

    clock.set('2026-10-09T09:00:00+08:00');
    const accepted = await transitionOk(t, staff.token, created.id, {
      action: 'accept',
      note: '已电话联系双方',
    });
    expect(accepted.status).toBe('accepted');
    expect(accepted.mediationDeadline).toBe('2026-12-08');
    expect(accepted.allowedActions).toEqual(['mediate', 'terminate', 'note']);

    clock.tick(60);
    await transitionOk(t, staff.token, created.id, { action: 'mediate', method: 'on-site' });
    clock.tick(60);
    await postMessage(t, staff.token, created.id, {
      kind: 'note',
      message: '调解记录：双方到场，商家同意检测后处理',
    });
    clock.tick(60);
    const settled = await transitionOk(t, staff.token, created.id, {
      action: 'settle',
      agreement: '商家退货退款 1299.5 元',
      amountRecovered: 1299.5,
    });
    expect(settled.outcome).toEqual({
      status: 'settled',
      agreement: '商家退货退款 1299.5 元',
      amountRecovered: 1299.5,
    });
    clock.tick(60);
    await transitionOk(t, staff.token, created.id, { action: 'close', note: '归档' });

    const seen = (await getDetail(t, consumer.token, created.id)).json<ComplaintDetail>();
    expect(seen.status).toBe('closed');
    expect(seen.allowedActions).toEqual(['rate']);
    // Every status step, in order, with its time and message; staff notes are staff-only.
    expect(seen.timeline.map((e) => [e.status, e.at])).toEqual([
      ['submitted', '2026-09-29T02:00:00.000Z'],
      ['accepted', '2026-10-09T01:00:00.000Z'],
      ['mediating', '2026-10-09T02:00:00.000Z'],
      ['settled', '2026-10-09T04:00:00.000Z'],
      ['closed', '2026-10-09T05:00:00.000Z'],
    ]);
    expect(seen.timeline[1].message).toContain('投诉已受理');
    expect(seen.timeline[1].message).toContain('已电话联系双方');
    expect(seen.timeline[2].message).toContain('现场调解');
    expect(seen.timeline[3]).toMatchObject({ amount: 1299.5, actor: 'staff' });
    for (const entry of seen.timeline) expect(entry.message.length).toBeGreaterThan(0);
    const staffView = (await getDetail(t, staff.token, created.id)).json<ComplaintDetail>();
    expect(staffView.timeline.filter((e) => e.kind === 'note')).toHaveLength(1);

    const rated = await postRating(t, consumer.token, created.id, {
      score: 5,
      comment: '处理及时',
    });
    expect(rated.statusCode).toBe(200);
    expect(rated.json<ComplaintDetail>().rating).toMatchObject({ score: 5, comment: '处理及时' });
    expect(rated.json<ComplaintDetail>().allowedActions).toEqual([]);
    const again = await postRating(t, consumer.token, created.id, { score: 1 });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('RATING_NOT_ALLOWED');

    // One subscribe message per status change, to the complainant's openid.
    const sent = outbox().slice(sentBefore);
    expect(sent.map((m) => m.data.phrase2)).toEqual(['已受理', '调解中', '调解成功', '已办结']);
    for (const m of sent) {
      expect(m).toMatchObject({
        touser: 'openid_lifecycle',
        templateId: TEMPLATE,
        page: `features/complaints/pages/detail/index?id=${created.id}`,
      });
      expect(m.data.character_string1).toBe(created.trackingNo);
      expect(Array.from(m.data.thing3).length).toBeLessThanOrEqual(20);
    }
    expect(sent[0].data.time4).toBe('2026-10-09 09:00');
  });

  it('sends no subscribe message when the complainant did not subscribe', async () => {
    const consumer = await loginConsumer(t.app);
    const { id } = await fileComplaint(t, consumer.token, { subscribed: false });
    const before = outbox().length;
    await transitionOk(t, staff.token, id, { action: 'accept' });
    expect(outbox()).toHaveLength(before);
  });

  it('a refusal gives the 第十五条 reason and the routes that reason leaves; the consumer may rate it', async () => {
    const consumer = await loginConsumer(t.app);
    const { id } = await fileComplaint(t, consumer.token);
    const rejected = await transitionOk(t, staff.token, id, {
      action: 'reject',
      reason: 'already-handled',
      note: '已由县消保委调解',
    });
    expect(rejected.status).toBe('rejected');
    expect(rejected.outcome?.status).toBe('rejected');
    expect(rejected.outcome?.reason).toContain('消费者协会');
    expect(rejected.outcome?.reason).toContain('已由县消保委调解');
    expect(rejected.outcome?.rejectReason).toBe('already-handled');
    // 第十五条(二): the dispute is with someone already; no second complaint or mediation of it.
    expect(rejected.outcome?.otherRoutes).toEqual(REFUSAL_REASONS['already-handled'].routes);
    expect(rejected.outcome?.otherRoutes?.join()).not.toMatch(/消费者协会|投诉/);
    const mine = (await getDetail(t, consumer.token, id)).json<ComplaintDetail>();
    expect(mine.allowedActions).toEqual(['rate']);
    expect((await postRating(t, consumer.token, id, { score: 3 })).statusCode).toBe(200);
  });

  it('termination (第二十一条) records the reason; the complainant withdraws an open complaint', async () => {
    const consumer = await loginConsumer(t.app);
    const a = await fileComplaint(t, consumer.token);
    await transitionOk(t, staff.token, a.id, { action: 'accept' });
    const ended = await transitionOk(t, staff.token, a.id, {
      action: 'terminate',
      reason: 'refused-to-mediate',
    });
    expect(ended.outcome).toEqual({
      status: 'terminated',
      reason: '一方无正当理由不参加调解或被投诉人明确拒绝调解',
    });

    const b = await fileComplaint(t, consumer.token);
    const withdrawn = await transitionOk(t, consumer.token, b.id, {
      action: 'withdraw',
      note: '已与商家和解',
    });
    expect(withdrawn.status).toBe('withdrawn');
    expect(withdrawn.outcome).toEqual({ status: 'withdrawn', reason: '已与商家和解' });
    expect(withdrawn.timeline.at(-1)).toMatchObject({ actor: 'consumer', status: 'withdrawn' });
    expect(withdrawn.allowedActions).toEqual([]);
    expect((await postRating(t, consumer.token, b.id, { score: 4 })).statusCode).toBe(409);
  });

  it('messages: notes and evidence from the complainant; closed complaints take none', async () => {
    const consumer = await loginConsumer(t.app);
    const { id } = await fileComplaint(t, consumer.token);
    const photo = await upload(t, consumer.token, 'evidence');
    const added = await postMessage(t, consumer.token, id, {
      kind: 'evidence',
      message: '补充发票照片',
      evidence: [photo.id],
    });
    expect(added.statusCode).toBe(200);
    const detail = added.json<ComplaintDetail>();
    expect(detail.evidence.map((e) => e.id)).toEqual([photo.id]);
    expect(detail.timeline.at(-1)).toMatchObject({
      kind: 'evidence',
      actor: 'consumer',
      evidence: [{ id: photo.id, url: `/api/v1/uploads/${photo.id}` }],
    });
    // The same photo twice, a photo on a note, and no photo at all are refused.
    for (const { body, evidence } of [
      {
        body: { kind: 'evidence', message: '再传一次', evidence: [photo.id] },
        evidence: '该照片已在投诉材料中',
      },
      { body: { kind: 'evidence', message: '没有照片' }, evidence: '请选择要补充的证据照片' },
      {
        body: { kind: 'note', message: '附照片', evidence: [photo.id] },
        evidence: '只有补充证据时可以附照片',
      },
    ]) {
      const res = await postMessage(t, consumer.token, id, body);
      expect(res.statusCode).toBe(400);
      expect(res.json().fields).toEqual({ evidence });
    }
    const note = await postMessage(t, consumer.token, id, { kind: 'note', message: '请尽快处理' });
    expect(note.json<ComplaintDetail>().timeline.at(-1)).toMatchObject({
      kind: 'note',
      actor: 'consumer',
      message: '请尽快处理',
    });
    // A consumer cannot reply as the merchant.
    expect(
      (await postMessage(t, consumer.token, id, { kind: 'reply', message: '假装商家' })).statusCode,
    ).toBe(403);

    await transitionOk(t, consumer.token, id, { action: 'withdraw' });
    const late = await postMessage(t, consumer.token, id, { kind: 'note', message: '还在吗' });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('COMPLAINT_CLOSED');
    const staffLate = await postMessage(t, staff.token, id, { kind: 'note', message: '归档记录' });
    expect(staffLate.statusCode).toBe(409);
  });
});

describe('deadlines', () => {
  it('acceptDeadline after 国庆: 7 working days from 2026-09-29 is 2026-10-14', async () => {
    const consumer = await loginConsumer(t.app);
    const created = await fileComplaint(t, consumer.token);
    // Sep 30 (1); Oct 1–7 off; Oct 8 (2), 9 (3), Sat 10 调休 (4), 12 (5), 13 (6), 14 (7).
    expect(created.acceptDeadline).toBe('2026-10-14');
    expect(created.acceptDeadline).toBe(addWorkingDays('2026-09-29', 7, CN_CALENDAR_2026));
    const detail = (await getDetail(t, consumer.token, created.id)).json<ComplaintDetail>();
    expect(detail.merchantSettleBy).toBe(addWorkingDays('2026-09-29', 10, CN_CALENDAR_2026));
    expect(detail.merchantSettleBy).toBe('2026-10-19');
  });

  it('a submission late in the Shanghai evening counts on that Shanghai day', async () => {
    clock.set('2026-09-29T23:30:00+08:00'); // 15:30 UTC, still 29 September in Shanghai
    const consumer = await loginConsumer(t.app);
    const created = await fileComplaint(t, consumer.token);
    expect(created.trackingNo.startsWith('TS20260929-')).toBe(true);
    expect(created.acceptDeadline).toBe('2026-10-14');
  });

  it('weekends still count in a year the holidays table lacks', async () => {
    clock.set('2031-03-07T10:00:00+08:00'); // a Friday
    const consumer = await loginConsumer(t.app);
    const created = await fileComplaint(t, consumer.token, { purchaseDate: '2031-03-01' });
    expect(created.acceptDeadline).toBe('2031-03-18');
  });

  it('mediation: acceptance + 60 days; 3 days paused for testing move it by 3 (第二十条)', async () => {
    const consumer = await loginConsumer(t.app);
    const { id } = await fileComplaint(t, consumer.token);
    clock.set('2026-10-09T10:00:00+08:00');
    const accepted = await transitionOk(t, staff.token, id, { action: 'accept' });
    expect(accepted.mediationDeadline).toBe(addCalendarDays('2026-10-09', 60));
    expect(accepted.mediationDeadline).toBe('2026-12-08');
    await transitionOk(t, staff.token, id, { action: 'mediate', method: 'phone' });

    clock.set('2026-10-20T10:00:00+08:00');
    const paused = await transitionOk(t, staff.token, id, {
      action: 'pause-for-testing',
      note: '送县质检所检测',
    });
    expect(paused.pausedForTesting).toBe(true);
    expect(paused.status).toBe('mediating');
    expect(paused.allowedActions).toEqual(
      expect.arrayContaining(['resume', 'settle', 'terminate']),
    );
    expect(paused.allowedActions).not.toContain('pause-for-testing');
    expect(paused.dueSoon).toBe(false);
    const twice = await transition(t, staff.token, id, {
      action: 'pause-for-testing',
      note: '再次送检',
    });
    expect(twice.statusCode).toBe(409);

    clock.set('2026-10-23T15:00:00+08:00');
    const resumed = await transitionOk(t, staff.token, id, { action: 'resume' });
    expect(resumed.pausedForTesting).toBe(false);
    expect(resumed.mediationDeadline).toBe('2026-12-11');
    expect(resumed.timeline.at(-1)?.message).toContain('3 天');
  });

  it('overdue and dueSoon are computed at read time from the deadline that applies now', async () => {
    const consumer = await loginConsumer(t.app);
    const { id } = await fileComplaint(t, consumer.token); // accept by 2026-10-14
    const read = async () => (await getDetail(t, staff.token, id)).json<ComplaintDetail>();
    expect(await read()).toMatchObject({ overdue: false, dueSoon: false });
    clock.set('2026-10-12T10:00:00+08:00');
    expect(await read()).toMatchObject({ overdue: false, dueSoon: true });
    clock.set('2026-10-14T20:00:00+08:00');
    expect(await read()).toMatchObject({ overdue: false, dueSoon: true });
    clock.set('2026-10-15T08:00:00+08:00');
    expect(await read()).toMatchObject({ overdue: true, dueSoon: false });
    // Accepted: the mediation deadline applies now.
    await transitionOk(t, staff.token, id, { action: 'accept' });
    expect(await read()).toMatchObject({ overdue: false, dueSoon: false });
  });
});

describe('create', () => {
  it('stores the personal data encrypted: the raw row holds neither the phone nor the name', async () => {
    const consumer = await loginConsumer(t.app);
    const { id } = await fileComplaint(t, consumer.token);
    const row = await t.db.db
      .selectFrom('complaints')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const raw = JSON.stringify(row);
    expect(raw).not.toContain('13812345678');
    expect(raw).not.toContain('张三');
    expect(raw).not.toContain('幸福小区');
    expect(row.complainant_phone_enc).toMatch(/^v1:/);
    expect(row.amount_fen).toBe(129950);
  });

  it('takes a registered merchant’s name, address, industry and town from the registry', async () => {
    const [merchantId] = await insertMerchants(t, [
      { name: '登记的电器城', industry: '家电数码', town: '河口镇', address: '河口镇新街1号' },
    ]);
    const consumer = await loginConsumer(t.app);
    const { id } = await fileComplaint(t, consumer.token, {
      merchant: { merchantId, name: '随便写的名字', address: '随便写的地址' },
    });
    const detail = (await getDetail(t, consumer.token, id)).json<ComplaintDetail>();
    expect(detail.merchant).toEqual({ merchantId, name: '登记的电器城', address: '河口镇新街1号' });
    expect(detail).toMatchObject({
      merchantName: '登记的电器城',
      industry: '家电数码',
      town: '河口镇',
    });

    const unknown = await create(
      consumer.token,
      complaintBody({
        merchant: { merchantId: '01NOSUCHMERCHANT0000000000', name: '某店', address: '某地某路' },
      }),
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().fields).toEqual({
      'merchant.merchantId': '未查到该商家，请重新选择或直接填写商家名称和地址',
    });
  });

  it.each([
    [
      'a future purchase date',
      { purchaseDate: '2026-09-30' },
      'purchaseDate',
      '消费日期不能晚于今天',
    ],
    [
      'a purchase more than three years ago without the discovery date (第十五条(四))',
      { purchaseDate: '2023-09-28' },
      'discoveredOn',
      '消费已超过三年，请选择发现问题的日期',
    ],
    [
      '赔偿 without an amount',
      { request: { kinds: ['赔偿' as const] } },
      'request.compensationAmount',
      '选择赔偿时请填写赔偿金额',
    ],
    [
      '其他 without words',
      { request: { kinds: ['其他' as const], other: '  ' } },
      'request.other',
      '选择其他时请写明诉求',
    ],
    ['no consent', { consent: false as unknown as true }, 'consent', '取值不在允许范围内'],
    [
      'a bad phone',
      { complainant: { name: '张三', phone: '12345', address: '青山县城关镇某路' } },
      'complainant.phone',
      '格式不正确',
    ],
  ])('refuses %s with 400 and the field', async (_name, overrides, field, message) => {
    const consumer = await loginConsumer(t.app);
    const res = await create(consumer.token, complaintBody(overrides));
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
    expect(res.json().fields).toEqual({ [field]: message });
    expect(
      await t.db.db
        .selectFrom('complaints')
        .select('id')
        .where('complainant_user_id', '=', consumer.user.id)
        .execute(),
    ).toHaveLength(0);
  });

  it('accepts a purchase exactly three years ago and 赔偿 with an amount', async () => {
    const consumer = await loginConsumer(t.app);
    const res = await create(
      consumer.token,
      complaintBody({
        purchaseDate: '2023-09-29',
        request: { kinds: ['赔偿', '其他'], compensationAmount: 500, other: '书面道歉' },
      }),
    );
    expect(res.statusCode).toBe(201);
    const detail = (
      await getDetail(t, consumer.token, res.json<ComplaintCreated>().id)
    ).json<ComplaintDetail>();
    expect(detail.request).toEqual({
      kinds: ['赔偿', '其他'],
      compensationAmount: 500,
      other: '书面道歉',
    });
  });

  it('refuses evidence that is someone else’s or not uploaded as evidence', async () => {
    const a = await loginConsumer(t.app);
    const b = await loginConsumer(t.app);
    const theirs = await upload(t, b.token, 'evidence');
    const licence = await upload(t, a.token, 'licence');
    for (const evidence of [[theirs.id], [licence.id], ['01NOSUCHUPLOAD000000000000']]) {
      const res = await create(a.token, complaintBody({ evidence }));
      expect(res.statusCode).toBe(400);
      expect(res.json().fields).toEqual({ evidence: '请上传您本人拍摄的证据照片' });
    }
  });

  it('staff cannot file a complaint; anonymous callers must sign in', async () => {
    expect((await create(staff.token, complaintBody())).statusCode).toBe(403);
    const anon = await t.app.inject({
      method: 'POST',
      url: '/api/v1/complaints',
      payload: complaintBody(),
    });
    expect(anon.statusCode).toBe(401);
  });
});

describe('idempotency', () => {
  it('the same key and body → one complaint and the same answer; another body → 409', async () => {
    const consumer = await loginConsumer(t.app);
    const headers = { 'idempotency-key': 'complaint-key-1' };
    const first = await create(consumer.token, complaintBody(), headers);
    const second = await create(consumer.token, complaintBody(), headers);
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replay']).toBe('true');
    expect(second.json()).toEqual(first.json());
    expect(second.json<ComplaintCreated>().trackingNo).toBe(
      first.json<ComplaintCreated>().trackingNo,
    );
    const rows = await t.db.db
      .selectFrom('complaints')
      .select('id')
      .where('complainant_user_id', '=', consumer.user.id)
      .execute();
    expect(rows).toHaveLength(1);

    const other = await create(consumer.token, complaintBody({ amount: 1 }), headers);
    expect(other.statusCode).toBe(409);
    expect(other.json().code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('a retried transition with the same key does not run twice', async () => {
    const consumer = await loginConsumer(t.app);
    const { id } = await fileComplaint(t, consumer.token);
    const send = () =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/complaints/${id}/transitions`,
        headers: { ...bearer(staff.token), 'idempotency-key': `accept-${id}` },
        payload: { action: 'accept' },
      });
    expect((await send()).statusCode).toBe(200);
    const replay = await send();
    expect(replay.statusCode).toBe(200);
    expect(replay.headers['idempotent-replay']).toBe('true');
    const events = await t.db.db
      .selectFrom('complaint_events')
      .select('id')
      .where('complaint_id', '=', id)
      .execute();
    expect(events).toHaveLength(2);
  });
});

describe('tracking numbers', () => {
  it('count per Shanghai day and differ in the random part', async () => {
    clock.set('2026-11-30T09:00:00+08:00');
    const consumer = await loginConsumer(t.app);
    const a = await fileComplaint(t, consumer.token, { purchaseDate: '2026-11-01' });
    const b = await fileComplaint(t, consumer.token, { purchaseDate: '2026-11-01' });
    expect(a.trackingNo).toMatch(/^TS20261130-0001-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(b.trackingNo).toMatch(/^TS20261130-0002-[0-9A-HJKMNP-TV-Z]{4}$/);
  });
});

describe('pledges', () => {
  it('a complaint relying on a pledge is about that pledge’s merchant; a pledge of another merchant is refused', async () => {
    const [shop, other] = await insertMerchants(t, [
      { name: '承诺退货的服装店', town: '白云镇', industry: '服装鞋帽' },
      { name: '另一家店' },
    ]);
    const pledgeId = await givePledge(t, shop);
    const consumer = await loginConsumer(t.app);
    const { id } = await fileComplaint(t, consumer.token, {
      pledgeId,
      merchant: { name: '服装店', address: '白云镇' },
    });
    const detail = (await getDetail(t, consumer.token, id)).json<ComplaintDetail>();
    expect(detail.merchant).toMatchObject({ merchantId: shop, name: '承诺退货的服装店' });
    expect(detail.town).toBe('白云镇');

    const res = await create(
      consumer.token,
      complaintBody({
        pledgeId,
        merchant: { merchantId: other, name: '另一家店', address: '某地某路' },
      }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual({ pledgeId: '未找到该商家的这份承诺' });
  });
});

describe('subscribe messages that fail', () => {
  it('are logged and never fail the transition', async () => {
    const failing: WechatClient = Object.assign(new LocalWechatDouble(), {
      sendSubscribeMessage: async () => {
        throw new Error('43101 user refuse to accept the msg');
      },
    });
    const f = await createTestApp({
      env: { SEED_DEMO: 'false', WECHAT_TEMPLATE_COMPLAINT_STATUS: TEMPLATE },
      wechat: failing,
      now: clock.now,
    });
    try {
      const fStaff = await loginStaff(f);
      const consumer = await loginConsumer(f.app);
      const { id } = await fileComplaint(f, consumer.token);
      const accepted = await transitionOk(f, fStaff.token, id, { action: 'accept' });
      expect(accepted.status).toBe('accepted');
    } finally {
      await f.close();
    }
  });
});
