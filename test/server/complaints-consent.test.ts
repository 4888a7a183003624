import type { ComplaintDetail, MediationAgreement } from '@api/complaints';
import { bearer, createTestApp, loginConsumer, loginStaff, type TestApp } from './support/app';
import {
  ACTION_BODIES,
  fileComplaint,
  getDetail,
  transition,
  transitionOk,
} from './support/complaints';
import { merchantWithTwoMembers, noticesOf } from './support/messages';

/**
 * 投诉举报处理暂行办法 第十六条 (mediation needs both sides' consent, recorded before 调解中),
 * 第二十二条 (the 调解书 of a settled mediation) and 第二十一条(一) (a withdrawal during
 * mediation ends it: the termination-notice record is opened).
 */
let t: TestApp;
let staff: { token: string };

beforeAll(async () => {
  t = await createTestApp({ env: { SEED_DEMO: 'false' } });
  staff = await loginStaff(t);
});
afterAll(() => t.close());

const consent = (token: string, id: string, payload: object) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/complaints/${id}/mediation-consent`,
    headers: bearer(token),
    payload,
  });
const agreementOf = (token: string, id: string) =>
  t.app.inject({
    method: 'GET',
    url: `/api/v1/complaints/${id}/mediation-agreement`,
    headers: bearer(token),
  });

/** A complaint about a registered shop, accepted: consent is open. */
async function accepted() {
  const shop = await merchantWithTwoMembers(t, staff.token);
  const consumer = await loginConsumer(t.app);
  const { id } = await fileComplaint(t, consumer.token, {
    merchant: { merchantId: shop.merchantId, name: '某店', address: '某地' },
  });
  await transitionOk(t, staff.token, id, ACTION_BODIES.accept);
  return { id, consumer, owner: shop.owner, member: shop.member };
}

describe('第十六条 mediation consent', () => {
  it('mediation waits for both sides, naming the side still missing; each party consents itself', async () => {
    const c = await accepted();
    const none = await transition(t, staff.token, c.id, ACTION_BODIES.mediate);
    expect(none.statusCode).toBe(409);
    expect(none.json()).toMatchObject({ code: 'MEDIATION_CONSENT_MISSING' });
    expect(none.json().message).toContain('投诉人和被投诉人');

    const before = (await getDetail(t, c.consumer.token, c.id)).json<ComplaintDetail>();
    expect(before.mediationConsent).toEqual({
      complainant: null,
      merchant: null,
      open: true,
      mine: 'complainant',
    });
    const mine = await consent(c.consumer.token, c.id, { decision: 'agree' });
    expect(mine.statusCode).toBe(200);
    const after = mine.json<ComplaintDetail>().mediationConsent!;
    expect(after.complainant).toMatchObject({
      decision: 'agree',
      method: 'self',
      recordedBy: 'self',
    });
    expect(after.mine).toBeUndefined();

    const half = await transition(t, staff.token, c.id, ACTION_BODIES.mediate);
    expect(half.statusCode).toBe(409);
    expect(half.json().message).toMatch(/^尚未记录被投诉人同意调解/);

    // A merchant member cannot answer for the complainant, then answers for the shop.
    const wrong = await consent(c.member.token, c.id, { side: 'complainant', decision: 'agree' });
    expect(wrong.statusCode).toBe(403);
    const shop = await consent(c.member.token, c.id, { decision: 'agree' });
    expect(shop.json<ComplaintDetail>().mediationConsent!.merchant).toMatchObject({
      decision: 'agree',
      method: 'self',
    });
    const again = await consent(c.owner.token, c.id, { decision: 'refuse' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('CONSENT_ALREADY_RECORDED');

    const started = await transitionOk(t, staff.token, c.id, ACTION_BODIES.mediate);
    expect(started.status).toBe('mediating');
    expect(started.mediationConsent?.open).toBe(false);
  });

  it('staff record how and when each side answered; bad input 400, outsiders 404, not open 409', async () => {
    const c = await accepted();
    const missing = await consent(staff.token, c.id, { decision: 'agree' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().fields).toEqual({
      side: '请选择是哪一方的意见',
      method: '请选择意见的表达方式',
    });
    const future = await consent(staff.token, c.id, {
      side: 'merchant',
      decision: 'agree',
      method: 'phone',
      givenAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(future.statusCode).toBe(400);
    const outsider = await loginConsumer(t.app);
    expect((await consent(outsider.token, c.id, { decision: 'agree' })).statusCode).toBe(404);

    const res = await consent(staff.token, c.id, {
      side: 'merchant',
      decision: 'agree',
      method: 'written',
      note: '书面同意书已存档',
    });
    expect(res.json<ComplaintDetail>().mediationConsent!.merchant).toMatchObject({
      method: 'written',
      recordedBy: 'staff',
      note: '书面同意书已存档',
    });

    // The shop reads a staff note with the complainant's phone masked.
    await consent(staff.token, c.id, {
      side: 'complainant',
      decision: 'agree',
      method: 'phone',
      note: '致电13812345678确认',
    });
    const forShop = (await getDetail(t, c.member.token, c.id)).json<ComplaintDetail>();
    expect(forShop.mediationConsent!.complainant!.note).not.toContain('13812345678');
    const forStaff = (await getDetail(t, staff.token, c.id)).json<ComplaintDetail>();
    expect(forStaff.mediationConsent!.complainant!.note).toBe('致电13812345678确认');

    const consumer = await loginConsumer(t.app);
    const submitted = await fileComplaint(t, consumer.token);
    const early = await consent(consumer.token, submitted.id, { decision: 'agree' });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('CONSENT_NOT_OPEN');
  });

  it('a refusal is recorded, blocks mediation and lets staff terminate for it', async () => {
    const c = await accepted();
    await consent(c.consumer.token, c.id, { decision: 'agree' });
    const refused = await consent(staff.token, c.id, {
      side: 'merchant',
      decision: 'refuse',
      method: 'on-site',
    });
    expect(refused.json<ComplaintDetail>().mediationConsent!.merchant?.decision).toBe('refuse');
    const blocked = await transition(t, staff.token, c.id, ACTION_BODIES.mediate);
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().message).toContain('被投诉人不同意调解');
    const ended = await transitionOk(t, staff.token, c.id, {
      action: 'terminate',
      reason: 'refused-to-mediate',
    });
    expect(ended.status).toBe('terminated');
    expect(ended.mediationConsent?.merchant?.decision).toBe('refuse');
  });
});

describe('第二十二条 调解书', () => {
  it('exists once settled; each side sees the parties as it may', async () => {
    const c = await accepted();
    expect((await agreementOf(c.consumer.token, c.id)).statusCode).toBe(409);
    await transitionOk(t, staff.token, c.id, ACTION_BODIES.mediate);
    await transitionOk(t, staff.token, c.id, ACTION_BODIES.settle);

    const own = (await agreementOf(c.consumer.token, c.id)).json<MediationAgreement>();
    expect(own).toMatchObject({
      unit: '青山县市场监督管理局',
      complainant: { name: '张三', phone: '13812345678' },
      agreement: '商家同意退货退款',
      amountRecovered: 1299.5,
    });
    expect(own.trackingNo).toMatch(/\d/);
    expect(own.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const forShop = (await agreementOf(c.member.token, c.id)).json<MediationAgreement>();
    expect(forShop.complainant.name).not.toContain('三');
    expect(forShop.complainant.phone).not.toBe('13812345678');
    expect(forShop.complainant.phone).toMatch(/\*/);
    const forStaff = (await agreementOf(staff.token, c.id)).json<MediationAgreement>();
    expect(forStaff.complainant.name).toBe('张三');
    const outsider = await loginConsumer(t.app);
    expect((await agreementOf(outsider.token, c.id)).statusCode).toBe(404);
  });
});

describe('第二十一条(一) withdrawal during mediation', () => {
  it('opens the termination-notice record, both sides told in the app', async () => {
    const c = await accepted();
    await transitionOk(t, staff.token, c.id, ACTION_BODIES.mediate);
    await transitionOk(t, c.consumer.token, c.id, ACTION_BODIES.withdraw);
    const n = await noticesOf(t, staff.token, c.id);
    expect(n.applies).toBe(true);
    expect(n.sides.map((s) => s.method)).toEqual(['in-app', 'in-app']);
  });

  it('a withdrawal before acceptance opens no record', async () => {
    const consumer = await loginConsumer(t.app);
    const { id } = await fileComplaint(t, consumer.token);
    await transitionOk(t, consumer.token, id, ACTION_BODIES.withdraw);
    expect((await noticesOf(t, staff.token, id)).applies).toBe(false);
  });
});
