/**
 * Set-up for the journeys through the real server's API: what other people did before the
 * journey starts (a shop registered, a pledge signed, a complaint filed), so that the person
 * walking has something to meet.
 */
import { deflateSync } from 'node:zlib';
import type { AdvisoryContent, AdvisoryCreated } from '@api/advisories';
import type { Session } from '@api/auth';
import type { ComplaintCreated } from '@api/complaints';
import type { Membership, MembershipReviewPage } from '@api/merchants';
import type { PledgeCreated } from '@api/pledges';
import type { Region } from '@api/region';
import type { MyTip, TipBody } from '@api/tips';
import { creditCodeCheckChar } from '@/domain/credit-code';
import { apiCall, TINY_PNG, uploadPng } from '../../support/api-client';
import { getJson } from '../../support/real-server';

/** A valid 统一社会信用代码 (个体工商户, 福州) from 9 characters of our own. */
export function creditCode(organisation: string): string {
  const first17 = `92350100${organisation}`;
  return first17 + creditCodeCheckChar(first17);
}

/** Someone signed in with the H5 preview login. */
export const devSession = (origin: string, openid: string) =>
  apiCall<Session>(origin, 'POST', '/auth/dev', { openid });

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  let crc = 0xffffffff;
  for (const byte of body) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  const head = Buffer.alloc(4);
  head.writeUInt32BE(data.length);
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE((crc ^ 0xffffffff) >>> 0);
  return Buffer.concat([head, body, tail]);
}

/** A 64×8 PNG with dark strokes on it: a signature with ink, as the server requires. */
export function inkedPng(): typeof TINY_PNG {
  const header = Buffer.from([0, 0, 0, 64, 0, 0, 0, 8, 8, 6, 0, 0, 0]);
  const rows = Array.from({ length: 8 }, (_, y) =>
    Buffer.concat([
      Buffer.from([0]),
      ...Array.from({ length: 64 }, (_, x) =>
        Buffer.from((x + y) % 5 === 0 ? [20, 20, 20, 255] : [0, 0, 0, 0]),
      ),
    ]),
  );
  const png = Buffer.concat([
    Buffer.from('89504e470d0a1a0a', 'hex'),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return Buffer.from(png) as typeof TINY_PNG;
}

/** 商家入驻 as an owner would send it; returns the pending membership. */
export async function registerShop(
  origin: string,
  owner: Session,
  shop: { creditCode: string; name: string },
): Promise<Membership> {
  const region = (await getJson<Region>(`${origin}/api/v1/region`)).body;
  const licence = await uploadPng(origin, 'licence', owner.token);
  return apiCall<Membership>(
    origin,
    'POST',
    '/merchants',
    {
      ...shop,
      type: '个体工商户',
      industry: region.industries[0],
      town: region.towns[0],
      address: `${region.towns[0]}人民路18号`,
      contactName: '林老板',
      contactPhone: '13900002222',
      licencePhoto: licence.id,
    },
    owner.token,
  );
}

/** Staff approve a shop's registration (商家核验), found by its name. */
export async function approveShop(origin: string, staff: Session, name: string) {
  const queue = await apiCall<MembershipReviewPage>(
    origin,
    'GET',
    '/merchants/memberships',
    undefined,
    staff.token,
  );
  const request = queue.items.find((item) => item.merchantName === name);
  if (!request) throw new Error(`no registration of ${name} to approve`);
  await apiCall(
    origin,
    'POST',
    `/merchants/memberships/${request.id}/verification`,
    { decision: 'approve' },
    staff.token,
  );
}

/** The owner signs the 线下无理由退货 pledge from today: pending until staff verify it. */
export async function signReturnPledge(origin: string, owner: Session, merchantId: string) {
  const signature = await uploadPng(origin, 'signature', owner.token, inkedPng());
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  return apiCall<PledgeCreated>(
    origin,
    'POST',
    '/pledges',
    {
      merchantId,
      kind: 'offline-return',
      terms: {
        windowDays: 7,
        scope: { kind: 'all' },
        excluded: ['定制商品'],
        conditions: { proof: 'receipt-or-other' },
        refund: { method: 'original', withinDays: 7 },
        otherBranches: false,
        startsOn: today,
      },
      signature: { uploadId: signature.id, signerName: '林建国', signerRole: '店长' },
    },
    owner.token,
  );
}

/** A consumer's complaint about a shop, bought five days ago. */
export async function fileComplaint(
  origin: string,
  consumer: Session,
  merchant: { merchantId?: string; name: string; address: string },
) {
  const bought = new Date(Date.now() + 8 * 3600_000 - 5 * 86_400_000).toISOString().slice(0, 10);
  return apiCall<ComplaintCreated>(
    origin,
    'POST',
    '/complaints',
    {
      merchant,
      category: '商品质量',
      purchaseDate: bought,
      amount: 299,
      facts: '购买的电饭煲使用三天后无法加热，联系商家要求退货被拒绝，称需自行送修。',
      request: { kinds: ['退货', '退款'] },
      evidence: [],
      complainant: { name: '张三', phone: '13812345678', address: '城关镇幸福小区3栋2单元' },
      consent: true,
    },
    consumer.token,
  );
}

/** Staff write an advisory and submit it (审核 is someone else's: see publishAdvisory). */
export async function submitAdvisory(origin: string, author: Session, content: AdvisoryContent) {
  const created = await apiCall<AdvisoryCreated>(
    origin,
    'POST',
    '/advisories',
    content,
    author.token,
  );
  await apiCall(
    origin,
    'POST',
    `/advisories/${created.id}/transitions`,
    { action: 'submit' },
    author.token,
  );
  return created.id;
}

/** A second staff member publishes a submitted advisory now. */
export const publishAdvisory = (origin: string, reviewer: Session, id: string) =>
  apiCall(origin, 'POST', `/advisories/${id}/transitions`, { action: 'publish' }, reviewer.token);

/** A consumer's tip, waiting for staff (the local content check passes ordinary words). */
export const writeTip = (origin: string, author: Session, tip: TipBody) =>
  apiCall<MyTip>(origin, 'POST', '/tips', tip, author.token);

/** Staff approve a tip in moderation: it is public from now on. */
export const approveTip = (origin: string, staff: Session, id: string) =>
  apiCall(origin, 'POST', `/tips/${id}/moderation`, { decision: 'approve' }, staff.token);
