import type { BatchCreated, CreateBatchBody, StaffBatch } from '@api/disclosure';
import type { CreateComplaintBody } from '@api/complaints';
import { bearer, loginConsumer, loginStaff, type TestApp } from './app';
import { fileComplaint, TestClock, transitionOk } from './complaints';
import { insertMerchants, register, testCode, verify, type FixtureMerchant } from './merchants';

export type Ending =
  'settled' | 'terminated' | 'withdrawn' | 'rejected' | 'open' | 'withdrawn-early';

/** A verified member of an existing merchant (registered for its credit code, then approved). */
export async function memberOf(
  t: TestApp,
  staffToken: string,
  code: string,
  name: string,
): Promise<{ token: string; userId: string }> {
  const session = await loginConsumer(t.app);
  const membership = await register(t, session.token, { creditCode: code, name });
  await verify(t, staffToken, membership.id);
  return { token: session.token, userId: session.user.id };
}

let codeSerial = 7000;

/** Merchants with known credit codes (so members can register for them). */
export async function merchantsWithCodes(t: TestApp, list: FixtureMerchant[]) {
  const withCodes = list.map((m) => ({ ...m, code: m.code ?? testCode(codeSerial++, m.type) }));
  const ids = await insertMerchants(t, withCodes);
  return ids.map((id, i) => ({ id, code: withCodes[i].code, name: withCodes[i].name }));
}

/** File a complaint about a merchant and take it to an ending (staff does the steps). */
export async function complaintEnding(
  t: TestApp,
  clock: TestClock,
  consumerToken: string,
  staffToken: string,
  ending: Ending,
  over: Partial<CreateComplaintBody> = {},
): Promise<string> {
  const { id } = await fileComplaint(t, consumerToken, over);
  clock.tick(5);
  if (ending === 'open') return id;
  if (ending === 'rejected') {
    await transitionOk(t, staffToken, id, { action: 'reject', reason: 'not-consumer-dispute' });
    return id;
  }
  if (ending === 'withdrawn-early') {
    await transitionOk(t, consumerToken, id, { action: 'withdraw' });
    return id;
  }
  await transitionOk(t, staffToken, id, { action: 'accept' });
  clock.tick(60 * 24 * 2);
  if (ending === 'settled') {
    await transitionOk(t, staffToken, id, { action: 'mediate', method: 'phone' });
    clock.tick(5);
    await transitionOk(t, staffToken, id, {
      action: 'settle',
      agreement: '商家同意退货退款',
      amountRecovered: 100,
    });
  } else if (ending === 'terminated') {
    await transitionOk(t, staffToken, id, { action: 'terminate', reason: 'no-agreement' });
  } else {
    await transitionOk(t, consumerToken, id, { action: 'withdraw' });
  }
  clock.tick(5);
  return id;
}

export const createBatchBody = (over: Partial<CreateBatchBody> = {}): CreateBatchBody => ({
  title: '2027年1月投诉信息公示',
  kind: 'period',
  periodFrom: '2027-01-01',
  periodTo: '2027-01-31',
  ...over,
});

let key = 0;

export async function createBatch(t: TestApp, token: string, body = createBatchBody()) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/disclosure/batches',
    headers: { ...bearer(token), 'idempotency-key': `disc-${key++}-${Date.now()}` },
    payload: body,
  });
  if (res.statusCode !== 201) throw new Error(`create batch: ${res.statusCode} ${res.body}`);
  return res.json<BatchCreated>().id;
}

export const moveBatch = (t: TestApp, token: string, id: string, payload: object) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/disclosure/batches/${id}/transitions`,
    headers: bearer(token),
    payload,
  });

export async function moveOk(t: TestApp, token: string, id: string, payload: object) {
  const res = await moveBatch(t, token, id, payload);
  if (res.statusCode !== 200) throw new Error(`transition: ${res.statusCode} ${res.body}`);
  return res.json<StaffBatch>();
}

/** Three staff: A creates and submits, B publishes; C is spare. */
export async function staffTrio(t: TestApp) {
  return {
    a: await loginStaff(t, 'staff', `disc_a_${key++}`),
    b: await loginStaff(t, 'staff', `disc_b_${key++}`),
  };
}

export { TestClock };
