import type {
  ComplaintCreated,
  ComplaintDetail,
  CreateComplaintBody,
  TransitionBody,
} from '@api/complaints';
import { bearer, type TestApp } from './app';
import { upload } from './merchants';

/** A clock the app reads (deps.now): tests set it instead of waiting. */
export class TestClock {
  constructor(private current: Date) {}
  now = (): Date => new Date(this.current);
  /** Set to an instant, e.g. '2026-09-29T10:00:00+08:00'. */
  set(iso: string): void {
    this.current = new Date(iso);
  }
  /** Advance by minutes (keeps timeline entries in order). */
  tick(minutes = 1): void {
    this.current = new Date(this.current.getTime() + minutes * 60_000);
  }
}

export function complaintBody(overrides: Partial<CreateComplaintBody> = {}): CreateComplaintBody {
  return {
    merchant: { name: '青山县某某电器商行', address: '城关镇人民路88号' },
    category: '商品质量',
    purchaseDate: '2026-09-01',
    amount: 1299.5,
    orderNo: 'NO-2026-0001',
    facts: '购买的电饭煲使用三天后无法加热，联系商家要求退货被拒绝，称需自行送修。',
    request: { kinds: ['退货', '退款'] },
    evidence: [],
    complainant: { name: '张三', phone: '13812345678', address: '青山县城关镇幸福小区3栋2单元' },
    consent: true,
    subscribed: true,
    ...overrides,
  };
}

export async function fileComplaint(
  t: TestApp,
  token: string,
  overrides: Partial<CreateComplaintBody> = {},
  options: { withEvidence?: boolean } = {},
): Promise<ComplaintCreated> {
  const evidence = options.withEvidence ? [(await upload(t, token, 'evidence')).id] : [];
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/complaints',
    headers: bearer(token),
    payload: complaintBody({ evidence, ...overrides }),
  });
  if (res.statusCode !== 201) throw new Error(`file failed: ${res.statusCode} ${res.body}`);
  return res.json<ComplaintCreated>();
}

export const transition = (t: TestApp, token: string, id: string, body: TransitionBody | object) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/complaints/${id}/transitions`,
    headers: bearer(token),
    payload: body,
  });

/** A transition that must succeed. */
/** 第十六条: staff record both sides' consent (by phone), as mediation requires. */
export async function consentBoth(t: TestApp, staffToken: string, id: string): Promise<void> {
  for (const side of ['complainant', 'merchant'] as const) {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/complaints/${id}/mediation-consent`,
      headers: bearer(staffToken),
      payload: { side, decision: 'agree', method: 'phone' },
    });
    if (res.statusCode !== 200 && res.json().code !== 'CONSENT_ALREADY_RECORDED') {
      throw new Error(`consent failed: ${res.statusCode} ${res.body}`);
    }
  }
}

/** A transition that must succeed; before 'mediate' both sides consent (the token is staff's). */
export async function transitionOk(
  t: TestApp,
  token: string,
  id: string,
  body: TransitionBody,
): Promise<ComplaintDetail> {
  if (body.action === 'mediate') await consentBoth(t, token, id);
  const res = await transition(t, token, id, body);
  if (res.statusCode !== 200) {
    throw new Error(`${body.action} failed: ${res.statusCode} ${res.body}`);
  }
  return res.json<ComplaintDetail>();
}

export const getDetail = (t: TestApp, token: string, id: string) =>
  t.app.inject({ method: 'GET', url: `/api/v1/complaints/${id}`, headers: bearer(token) });

export const postMessage = (t: TestApp, token: string, id: string, body: object) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/complaints/${id}/messages`,
    headers: bearer(token),
    payload: body,
  });

export const postRating = (t: TestApp, token: string, id: string, body: object) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/complaints/${id}/rating`,
    headers: bearer(token),
    payload: body,
  });

/** One body per action, valid on its own. */
export const ACTION_BODIES: Record<TransitionBody['action'], TransitionBody> = {
  accept: { action: 'accept' },
  reject: { action: 'reject', reason: 'not-consumer-dispute' },
  mediate: { action: 'mediate', method: 'phone' },
  'pause-for-testing': { action: 'pause-for-testing', note: '送县质检所检测' },
  resume: { action: 'resume' },
  settle: { action: 'settle', agreement: '商家同意退货退款', amountRecovered: 1299.5 },
  terminate: { action: 'terminate', reason: 'no-agreement' },
  close: { action: 'close' },
  withdraw: { action: 'withdraw', note: '已与商家和解' },
};
