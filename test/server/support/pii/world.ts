/**
 * The data the personal-data scan reads back: two verified merchants registered with private
 * contacts, a complaint about each (distinctive complainant data, personal data in the facts), a
 * consumer note, a staff transition, a merchant reply and a model-unit application — every write
 * that takes an Idempotency-Key sent with one, because the idempotency store is a copy too.
 */
import { randomBytes } from 'node:crypto';
import type { Session } from '@api/auth';
import type { ComplaintCreated } from '@api/complaints';
import type { Membership } from '@api/merchants';
import { demoRegion } from '../../../../server/src/db/seed';
import { bearer, loginConsumer, loginStaff, type TestApp } from '../app';
import { complaintBody } from '../complaints';
import { publishDisclosure } from './disclosure';
import { plantSessionAttendance } from './law-sessions';
import { plantReport } from './reports';
import { registration, testCode, upload, verify } from '../merchants';
import {
  TIP_AUTHOR_NICKNAME,
  APPLICATION_NOTE,
  COMPLAINANT,
  CONSUMER_MESSAGE,
  FACTS,
  MERCHANT_CONTACT,
  OTHER_COMPLAINANT,
  OTHER_MERCHANT_CONTACT,
  READER_AGENT,
  type Owner,
} from './needles';

export type Caller = Owner | 'anonymous';

export interface World {
  /** Every signed-in caller's token (anonymous has none). */
  tokens: Record<Owner | 'staff', string>;
  staff: Session;
  /** Every id and code the callers could know or guess, to fill path parameters with. */
  knownIds: string[];
  complaintId: string;
  /** Writes sent, with who sent them and what they answered (all 2xx, or buildWorld throws). */
  writes: { what: string; by: Owner | 'staff'; status: number; body: string }[];
  /** The complainant's published 消费小贴士. */
  tipId: string;
  /** The complainant's real-name 举报 about merchant A. */
  reportId: string;
}

const key = () => `pii-${randomBytes(8).toString('hex')}`;

export async function buildWorld(t: TestApp): Promise<World> {
  const writes: World['writes'] = [];
  const tokens = {} as Record<Owner | 'staff', string>;
  const send = async (what: string, by: Owner | 'staff', url: string, payload: object) => {
    const res = await t.app.inject({
      method: 'POST',
      url,
      payload,
      headers: { ...bearer(tokens[by]), 'idempotency-key': key() },
    });
    writes.push({ what, by, status: res.statusCode, body: res.body });
    if (res.statusCode >= 300) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
    return res.json<Record<string, unknown>>();
  };

  const staff = await loginStaff(t);
  const complainantOpenid = `pii_${randomBytes(6).toString('hex')}`;
  const [complainant, otherConsumer, merchant, otherMerchant] = await Promise.all(
    [0, 1, 2, 3].map((i) => loginConsumer(t.app, i === 0 ? complainantOpenid : undefined)),
  );
  Object.assign(tokens, {
    staff: staff.token,
    complainant: complainant.token,
    otherConsumer: otherConsumer.token,
    merchant: merchant.token,
    otherMerchant: otherMerchant.token,
  });
  const knownIds: string[] = [];

  // Merchants A and B: registered with their private contacts, then verified by staff.
  const shops: { merchantId: string; name: string }[] = [];
  for (const [i, by, contact] of [
    [0, 'merchant', MERCHANT_CONTACT],
    [1, 'otherMerchant', OTHER_MERCHANT_CONTACT],
  ] as const) {
    const licence = await upload(t, tokens[by], 'licence');
    const creditCode = testCode(9100 + i);
    const name = i === 0 ? '测核电动车行' : '核查服装店';
    const membership = (await send(
      'register merchant',
      by,
      '/api/v1/merchants',
      registration({
        creditCode,
        name,
        licencePhoto: licence.id,
        contactName: contact.name,
        contactPhone: contact.phone,
      }),
    )) as unknown as Membership;
    await verify(t, staff.token, membership.id);
    shops.push({ merchantId: membership.merchantId, name });
    knownIds.push(licence.id, creditCode, membership.id, membership.merchantId);
  }

  // The main complaint about A: personal data in the complainant block and in the facts.
  const evidence = await upload(t, complainant.token, 'evidence');
  const created = (await send(
    'file complaint',
    'complainant',
    '/api/v1/complaints',
    complaintBody({
      merchant: { merchantId: shops[0].merchantId, name: shops[0].name, address: '城关镇' },
      complainant: COMPLAINANT,
      facts: FACTS,
      evidence: [evidence.id],
    }),
  )) as unknown as ComplaintCreated;
  const complaintId = created.id;
  const complaintUrl = `/api/v1/complaints/${complaintId}`;
  await send('consumer note', 'complainant', `${complaintUrl}/messages`, {
    kind: 'note',
    message: CONSUMER_MESSAGE,
  });
  // Staff and merchant writes answer with the whole detail: the store must not keep that.
  await send('staff accept', 'staff', `${complaintUrl}/transitions`, {
    action: 'accept',
    note: '已受理',
  });
  await send('merchant reply', 'merchant', `${complaintUrl}/messages`, {
    kind: 'reply',
    message: '已联系顾客，正在核实。',
  });

  // The other consumer's complaint about B.
  const other = (await send(
    'file other complaint',
    'otherConsumer',
    '/api/v1/complaints',
    complaintBody({
      merchant: { merchantId: shops[1].merchantId, name: shops[1].name, address: '黄桥镇' },
      complainant: OTHER_COMPLAINANT,
    }),
  )) as unknown as ComplaintCreated;

  // A's model-unit application, a private phone in its note.
  const photo = await upload(t, merchant.token, 'model-unit');
  const checklist = demoRegion().modelUnit.checklist.map((item) => ({ item, checked: true }));
  const application = await send(
    'model-unit application',
    'merchant',
    '/api/v1/model-units/applications',
    {
      merchantId: shops[0].merchantId,
      category: '餐饮服务',
      checklist,
      note: APPLICATION_NOTE,
      photos: [photo.id],
    },
  );

  // 消费小贴士: the complainant, signed in again with a distinctive nickname, writes a tip that
  // staff publish; everybody else must read the author only masked.
  const renamed = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/dev',
    payload: { openid: complainantOpenid, nickname: TIP_AUTHOR_NICKNAME },
  });
  if (renamed.statusCode !== 200) throw new Error(`rename: ${renamed.statusCode} ${renamed.body}`);
  const tip = await send('write tip', 'complainant', '/api/v1/tips', {
    title: '充值前看清退款条款',
    body: '办理预付卡之前一定要看清合同里的退款条款，保存好付款凭证。',
    category: '预付式消费',
  });
  await send('approve tip', 'staff', `/api/v1/tips/${String(tip.id)}/moderation`, {
    decision: 'approve',
  });
  knownIds.push(String(tip.id));

  // An official 警示 naming merchant A (with its penalty decision), published by a second staff
  // member: its public reads and the merchant's must show nothing of A's private contact.
  const advisory = await send('write advisory', 'staff', '/api/v1/advisories', {
    kind: '警示',
    title: '核查电动车行虚假宣传警示',
    body: '该商家因虚假宣传受到行政处罚，请消费者注意。',
    images: [],
    category: '其他',
    issuer: demoRegion().bureau,
    legalBasis: [{ law: '消费者权益保护法', article: '第五十六条' }],
    merchant: {
      merchantId: shops[0].merchantId,
      penaltyNo: '青市监罚〔2026〕1号',
      penaltyDate: '2026-01-05',
    },
  });
  await send('submit advisory', 'staff', `/api/v1/advisories/${String(advisory.id)}/transitions`, {
    action: 'submit',
  });
  const publisher = await loginStaff(t);
  const published = await t.app.inject({
    method: 'POST',
    url: `/api/v1/advisories/${String(advisory.id)}/transitions`,
    payload: { action: 'publish' },
    headers: bearer(publisher.token),
  });
  writes.push({
    what: 'publish advisory',
    by: 'staff',
    status: published.statusCode,
    body: published.body,
  });
  if (published.statusCode !== 200) throw new Error(`publish advisory: ${published.body}`);
  knownIds.push(String(advisory.id));

  // Reading and keeping: the complainant reads the 警示 from a distinctive phone, signed in and
  // not, keeps it and the tip in 我的收藏, and shares it. Nobody else may see any of that.
  const advisoryUrl = `/api/v1/advisories/${String(advisory.id)}`;
  for (const headers of [{}, bearer(tokens.complainant)]) {
    const read = await t.app.inject({
      method: 'GET',
      url: advisoryUrl,
      headers: { ...headers, 'user-agent': READER_AGENT },
    });
    if (read.statusCode !== 200) throw new Error(`read advisory: ${read.statusCode}`);
  }
  for (const url of [
    `/api/v1/favorites/advisory/${String(advisory.id)}`,
    `/api/v1/favorites/tip/${String(tip.id)}`,
  ]) {
    const kept = await t.app.inject({ method: 'PUT', url, headers: bearer(tokens.complainant) });
    writes.push({
      what: 'keep favorite',
      by: 'complainant',
      status: kept.statusCode,
      body: kept.body,
    });
    if (kept.statusCode !== 200) throw new Error(`favorite: ${kept.statusCode} ${kept.body}`);
  }
  const shared = await t.app.inject({
    method: 'POST',
    url: `${advisoryUrl}/shares`,
    payload: { channel: 'chat' },
    headers: { 'user-agent': READER_AGENT },
  });
  if (shared.statusCode !== 204) throw new Error(`share: ${shared.statusCode} ${shared.body}`);

  // 法润乡村: the complainant's reminder, check-in and feedback at a session.
  knownIds.push(...(await plantSessionAttendance(t, send, tokens)));

  // 投诉信息公示: a published batch naming A, with a complaint carrying personal data.
  knownIds.push(...(await publishDisclosure(t, send, tokens, shops[0])));
  const planted = await plantReport(send, shops[0]);
  knownIds.push(...planted.knownIds);

  knownIds.push(
    evidence.id,
    complaintId,
    created.trackingNo,
    other.id,
    other.trackingNo,
    photo.id,
    String(application.id),
  );
  return {
    tokens,
    staff,
    knownIds,
    complaintId,
    tipId: String(tip.id),
    reportId: planted.reportId,
    writes,
  };
}
