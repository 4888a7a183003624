import type { StaffRowList } from '@api/disclosure';
import { bearer, createTestApp, loginConsumer, type TestApp } from './support/app';
import { transitionOk } from './support/complaints';
import {
  complaintEnding,
  createBatch,
  createBatchBody,
  merchantsWithCodes,
  moveOk,
  staffTrio,
  TestClock,
} from './support/disclosure';

/**
 * A complaint still open when its month's batch is computed is published once it ends, in the
 * next periodic batch, and only once; a 专题 batch keeps to its own window.
 */
const clock = new TestClock(new Date('2027-01-05T02:00:00Z'));
let t: TestApp;
let staff: Awaited<ReturnType<typeof staffTrio>>;
let lateId: string;
let settledId: string;

const month = (n: number, title: string) => {
  const from = `2027-0${n}-01`;
  const to = new Date(Date.UTC(2027, n, 0)).toISOString().slice(0, 10);
  return createBatchBody({ title, kind: 'period', periodFrom: from, periodTo: to });
};

async function rowsOf(batchId: string) {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/v1/disclosure/batches/${batchId}/rows?limit=50`,
    headers: bearer(staff.a.token),
  });
  return res.json<StaffRowList>().items;
}

/** Notice, the objection period over, submitted by A and published by B. */
async function publish(batchId: string) {
  await moveOk(t, staff.a.token, batchId, { action: 'notify' });
  clock.tick(60 * 24 * 14);
  await moveOk(t, staff.a.token, batchId, { action: 'submit' });
  await moveOk(t, staff.b.token, batchId, { action: 'publish' });
}

beforeAll(async () => {
  t = await createTestApp({ env: { SEED_DEMO: 'false' }, now: clock.now });
  staff = await staffTrio(t);
  const consumer = await loginConsumer(t.app);
  const [shop] = await merchantsWithCodes(t, [{ name: '青山县结转电器店', industry: '家电数码' }]);
  const about = { merchant: { merchantId: shop.id, name: shop.name, address: '城关镇1号' } };
  settledId = await complaintEnding(t, clock, consumer.token, staff.a.token, 'settled', about);
  lateId = await complaintEnding(t, clock, consumer.token, staff.a.token, 'open', about);
  await transitionOk(t, staff.a.token, lateId, { action: 'accept' });
}, 60_000);
afterAll(() => t.close());

it('an open complaint left out of its month is carried into the next month once it ends, once', async () => {
  clock.set('2027-02-20T02:00:00Z');
  const january = await createBatch(t, staff.a.token, month(1, '2027年1月投诉信息公示'));
  const janRows = await rowsOf(january);
  expect(janRows.map((r) => [r.complaintId, r.excludedReason ?? null])).toEqual(
    expect.arrayContaining([
      [settledId, null],
      [lateId, 'open'],
    ]),
  );
  await publish(january);

  await transitionOk(t, staff.a.token, lateId, { action: 'terminate', reason: 'no-agreement' });
  clock.set('2027-03-25T02:00:00Z');

  // A 专题 over February keeps to complaints submitted in February: none.
  const topic = await createBatch(
    t,
    staff.a.token,
    createBatchBody({
      title: '二月专题投诉公示',
      kind: 'topic',
      periodFrom: '2027-02-01',
      periodTo: '2027-02-28',
    }),
  );
  expect(await rowsOf(topic)).toEqual([]);

  const february = await createBatch(t, staff.a.token, month(2, '2027年2月投诉信息公示'));
  const febRows = await rowsOf(february);
  expect(febRows.map((r) => [r.complaintId, r.excludedReason ?? null, r.outcome])).toEqual([
    [lateId, null, 'terminated'],
  ]);
  await publish(february);

  // Published once: March does not carry it again.
  clock.set('2027-04-20T02:00:00Z');
  const march = await createBatch(t, staff.a.token, month(3, '2027年3月投诉信息公示'));
  expect(await rowsOf(march)).toEqual([]);
});
