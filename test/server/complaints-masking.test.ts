import type { Session } from '@api/auth';
import type { ComplaintDetail } from '@api/complaints';
import { bearer, createTestApp, loginConsumer, loginStaff, type TestApp } from './support/app';
import {
  fileComplaint,
  getDetail,
  postMessage,
  postRating,
  TestClock,
  transitionOk,
} from './support/complaints';
import { register, testCode, verify } from './support/merchants';

// Issue 10 item 4: personal data the consumer (or staff) typed into free text reaches the
// merchant masked; the complainant and staff read it as typed.

let t: TestApp;
let staff: Session;
let consumer: Session;
let merchant: Session;
let merchantId: string;
const clock = new TestClock(new Date('2026-09-29T10:00:00+08:00'));

/** What the consumer typed, and what the merchant must see instead. */
const SECRETS = {
  phone: ['13700001111', '137****1111'],
  id: ['330102199003071230', '330***********1230'],
  address: ['文三路123号5幢2单元301室', '文三路****'],
  plate: ['浙A12345', '浙A****5'],
  otherPhone: ['18600003333', '186****3333'],
  orderPhone: ['15900002222', '159****2222'],
  noteId: ['11010519491231002X', '110***********002X'],
  notePlate: ['浙AD54321', '浙A*****1'],
  noteAddress: ['幸福小区3栋2单元502室', '幸福小区****'],
  landline: ['0571-88886666', '0571-****6666'],
  staffPhone: ['13600004444', '136****4444'],
  ratingPhone: ['13500005555', '135****5555'],
} as const;
const plain = Object.values(SECRETS).map(([typed]) => typed);

const FACTS =
  `2026年9月1日在店里购买电饭煲一台，实付1299.5元。使用三天后无法加热，我用${SECRETS.phone[0]}` +
  `联系商家被拒绝退货。我开车（${SECRETS.plate[0]}）送修，家住${SECRETS.address[0]}，` +
  `身份证${SECRETS.id[0]}。`;
const NOTE =
  `补充：3月15日我的车${SECRETS.notePlate[0]}停在店门口，身份证${SECRETS.noteId[0]}，` +
  `家住${SECRETS.noteAddress[0]}，座机${SECRETS.landline[0]}，要求退款1299.5元`;
const MERCHANT_REPLY = '本店客服电话0571-86001234，地址城关镇测试路8号，可上门取件';

let id: string;
let rejectedId: string;

beforeAll(async () => {
  t = await createTestApp({ env: { SEED_DEMO: 'false' }, now: clock.now });
  staff = await loginStaff(t);
  merchant = await loginConsumer(t.app);
  const m = await register(t, merchant.token, { creditCode: testCode(410), name: '被投诉电器行' });
  await verify(t, staff.token, m.id);
  merchantId = m.merchantId;
  consumer = await loginConsumer(t.app);

  const about = { merchant: { merchantId, name: '被投诉电器行', address: '某地' } };
  id = (
    await fileComplaint(t, consumer.token, {
      ...about,
      facts: FACTS,
      orderNo: SECRETS.orderPhone[0],
      request: { kinds: ['退货', '其他'], other: `请联系我妻子 ${SECRETS.otherPhone[0]}` },
    })
  ).id;
  clock.tick();
  expect(
    (await postMessage(t, consumer.token, id, { kind: 'note', message: NOTE })).statusCode,
  ).toBe(200);
  clock.tick();
  await transitionOk(t, staff.token, id, {
    action: 'accept',
    note: `已与投诉人电话${SECRETS.staffPhone[0]}核实`,
  });
  clock.tick();

  // A second complaint: refused with a note, then rated with a comment.
  rejectedId = (await fileComplaint(t, consumer.token, about)).id;
  clock.tick();
  await transitionOk(t, staff.token, rejectedId, {
    action: 'reject',
    reason: 'not-consumer-dispute',
    note: `已电话告知投诉人${SECRETS.staffPhone[0]}`,
  });
  const rated = await postRating(t, consumer.token, rejectedId, {
    score: 2,
    comment: `有问题请打${SECRETS.ratingPhone[0]}`,
  });
  expect(rated.statusCode).toBe(200);
});
afterAll(() => t.close());

const detailOf = async (token: string, complaintId = id) => {
  const res = await getDetail(t, token, complaintId);
  expect(res.statusCode).toBe(200);
  return res;
};

describe("the merchant's view", () => {
  it('shows none of the personal data typed into facts, request, order number or notes', async () => {
    const res = await detailOf(merchant.token);
    for (const typed of plain) expect(res.body).not.toContain(typed);
    for (const [, masked] of Object.values(SECRETS).filter(([s]) => s !== SECRETS.ratingPhone[0])) {
      expect(res.body).toContain(masked);
    }
    const detail = res.json<ComplaintDetail>();
    expect(detail.orderNo).toBe(SECRETS.orderPhone[1]);
    expect(detail.request.other).toBe(`请联系我妻子 ${SECRETS.otherPhone[1]}`);
  });

  it('keeps the amounts, dates and the rest of the story', async () => {
    const detail = (await detailOf(merchant.token)).json<ComplaintDetail>();
    expect(detail.facts).toContain('2026年9月1日');
    expect(detail.facts).toContain('实付1299.5元');
    expect(detail.facts).toContain('使用三天后无法加热');
    expect(detail.amount).toBe(1299.5);
    expect(detail.purchaseDate).toBe('2026-09-01');
    const note = detail.timeline.find((e) => e.kind === 'note' && e.actor === 'consumer');
    expect(note?.message).toContain('3月15日');
    expect(note?.message).toContain('要求退款1299.5元');
    // System messages with dates are untouched.
    const submitted = detail.timeline.find((e) => e.status === 'submitted');
    expect(submitted?.message).toMatch(/\d{4}-\d{2}-\d{2}（含）前作出是否受理的决定/);
  });

  it("the merchant's own reply stays as written, also in the reply's response", async () => {
    const res = await postMessage(t, merchant.token, id, {
      kind: 'reply',
      message: MERCHANT_REPLY,
    });
    expect(res.statusCode).toBe(200);
    for (const typed of plain) expect(res.body).not.toContain(typed);
    const detail = res.json<ComplaintDetail>();
    expect(detail.timeline.at(-1)).toMatchObject({ actor: 'merchant', message: MERCHANT_REPLY });
  });

  it('masks the refusal note and the rating comment', async () => {
    const res = await detailOf(merchant.token, rejectedId);
    const detail = res.json<ComplaintDetail>();
    expect(res.body).not.toContain(SECRETS.staffPhone[0]);
    expect(res.body).not.toContain(SECRETS.ratingPhone[0]);
    expect(detail.outcome?.reason).toContain(SECRETS.staffPhone[1]);
    expect(detail.rating?.comment).toBe(`有问题请打${SECRETS.ratingPhone[1]}`);
  });

  it('list items carry no free text at all', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/complaints?scope=merchant',
      headers: bearer(merchant.token),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toEqual(
      expect.arrayContaining([id, rejectedId]),
    );
    for (const typed of plain) expect(res.body).not.toContain(typed);
    expect(res.body).not.toContain('电饭煲');
  });
});

describe('the complainant and staff', () => {
  it.each([
    ['the complainant', () => consumer.token],
    ['staff', () => staff.token],
  ])('%s read everything as typed', async (_who, token) => {
    const detail = (await detailOf(token())).json<ComplaintDetail>();
    expect(detail.facts).toBe(FACTS);
    expect(detail.orderNo).toBe(SECRETS.orderPhone[0]);
    expect(detail.request.other).toBe(`请联系我妻子 ${SECRETS.otherPhone[0]}`);
    const messages = detail.timeline.map((e) => e.message);
    expect(messages).toContain(NOTE);
    expect(messages).toContain(MERCHANT_REPLY);
    expect(messages.some((m) => m.includes(SECRETS.staffPhone[0]))).toBe(true);

    const rejected = (await detailOf(token(), rejectedId)).json<ComplaintDetail>();
    expect(rejected.outcome?.reason).toContain(SECRETS.staffPhone[0]);
    expect(rejected.rating?.comment).toBe(`有问题请打${SECRETS.ratingPhone[0]}`);
  });
});
