import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import type { MerchantDetail, MerchantPage } from '@api/merchants';
import type { Region } from '@api/region';
import type {
  OfflineReturnTerms,
  PledgeCertificate,
  PledgeCreated,
  PledgeList,
  PledgeStats,
  SignatoryWall,
} from '@api/pledges';
import { normalisePledgeTerms, offlineReturnText } from '@/domain/pledge-text';
import { addDays, shanghaiDate } from '../../server/src/time';
import { startFakeWechat } from './support/fake-wechat';
import { bearer, createTestApp, loginConsumer, loginStaff, type TestApp } from './support/app';
import { pngChunk, register, testCode, upload, verify } from './support/merchants';

let t: TestApp;
let staff: { token: string };
let clock = new Date();
const today = () => shanghaiDate(clock);

beforeAll(async () => {
  t = await createTestApp({
    env: { SEED_DEMO: 'false', COUNTY_CODE: 'QS' },
    now: () => clock,
  });
  staff = await loginStaff(t);
});
afterAll(() => t.close());

/** A handwritten-looking PNG: 64×8 RGB of noise, well over the 200-byte floor. */
function signaturePng(): Buffer {
  const ihdr = Buffer.from([0, 0, 0, 64, 0, 0, 0, 8, 8, 2, 0, 0, 0]);
  const rows = Array.from({ length: 8 }, () =>
    Buffer.concat([Buffer.from([0]), randomBytes(64 * 3)]),
  );
  return Buffer.concat([
    Buffer.from('89504e470d0a1a0a', 'hex'),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(Buffer.concat(rows))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

let n = 700;
async function merchantWithOwner(name = `承诺测试店${n}`) {
  const owner = await loginConsumer(t.app);
  const code = testCode(n++);
  const m = await register(t, owner.token, { creditCode: code, name });
  await verify(t, staff.token, m.id);
  return { owner, merchantId: m.merchantId, code };
}

const terms = (extra: object = {}) => ({
  windowDays: 7,
  scope: { kind: 'all' },
  excluded: ['定制商品', '鲜活易腐商品'],
  conditions: { proof: 'receipt-or-other' },
  refund: { method: 'original', withinDays: 7 },
  otherBranches: false,
  startsOn: today(),
  ...extra,
});

async function signature(token: string, bytes = signaturePng()) {
  const up = await upload(t, token, 'signature', bytes);
  return { uploadId: up.id, signerName: '王建国', signerRole: '店长' };
}

const sign = (token: string, payload: object, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/pledges',
    headers: { ...bearer(token), ...headers },
    payload,
  });
const transition = (token: string, id: string, payload: object) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/pledges/${id}/transitions`,
    headers: bearer(token),
    payload,
  });
const certificate = async (id: string) =>
  (await t.app.inject({ method: 'GET', url: `/api/v1/pledges/${id}` })).json<PledgeCertificate>();
const detail = async (id: string) =>
  (await t.app.inject({ method: 'GET', url: `/api/v1/merchants/${id}` })).json<MerchantDetail>();

async function signed(owner: { token: string }, merchantId: string, extra: object = {}) {
  const res = await sign(owner.token, {
    merchantId,
    kind: 'offline-return',
    terms: terms(extra),
    signature: await signature(owner.token),
  });
  expect(res.statusCode).toBe(201);
  return res.json<PledgeCreated>();
}

describe('signing', () => {
  it('the verified owner signs: 201 with certificate number and content hash; pending is private', async () => {
    const { owner, merchantId } = await merchantWithOwner();
    const created = await signed(owner, merchantId);
    expect(created.certificateNo).toMatch(/^QS-\d{4}-TH-\d{4}$/);
    expect(created.contentHash).toMatch(/^[0-9a-f]{64}$/);
    // Pending: the public does not see it; the owner and staff do.
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/pledges/${created.id}` })).statusCode,
    ).toBe(404);
    const mine = await t.app.inject({
      method: 'GET',
      url: `/api/v1/pledges/${created.id}`,
      headers: bearer(owner.token),
    });
    expect(mine.statusCode).toBe(200);
    const cert = mine.json<PledgeCertificate>();
    expect(cert).toMatchObject({
      status: 'pending',
      intact: true,
      contentHash: created.contentHash,
    });
    expect(cert.text).toContain('7日内可无理由退货');
    expect(cert.text).toContain('打开包装');
    // Byte for byte what the domain function gives for the normalised terms (and the sign page
    // previews): test/client/pledges-sign.test.tsx checks the page side.
    const sent = terms() as OfflineReturnTerms;
    expect(cert.text).toBe(offlineReturnText(cert.merchantName, normalisePledgeTerms(sent)));
    expect(cert.terms).toEqual(normalisePledgeTerms(sent));
    const pub = await t.app.inject({
      method: 'GET',
      url: `/api/v1/merchants/${merchantId}/pledges`,
    });
    expect(pub.json<PledgeList>().items).toHaveLength(0);
  });

  it('a member who is not the owner gets 403; a consumer or another merchant 404', async () => {
    const { merchantId, code } = await merchantWithOwner();
    const member = await loginConsumer(t.app);
    const m = await register(t, member.token, { creditCode: code, name: '承诺测试店成员' });
    await verify(t, staff.token, m.id);
    const body = async (token: string) => ({
      merchantId,
      kind: 'offline-return',
      terms: terms(),
      signature: await signature(token),
    });
    expect((await sign(member.token, await body(member.token))).statusCode).toBe(403);
    const other = await merchantWithOwner();
    expect((await sign(other.owner.token, await body(other.owner.token))).statusCode).toBe(404);
    const consumer = await loginConsumer(t.app);
    expect((await sign(consumer.token, await body(consumer.token))).statusCode).toBe(403);
  });

  it.each([
    ['window 0', { windowDays: 0 }, { 'terms.windowDays': '不能小于1' }],
    ['window 366', { windowDays: 366 }, { 'terms.windowDays': '不能大于365' }],
    [
      'starts yesterday',
      { startsOn: addDays(shanghaiDate(new Date()), -1) },
      { 'terms.startsOn': '开始日期不能早于今天' },
    ],
    [
      'no categories',
      { scope: { kind: 'categories', categories: [] } },
      { 'terms.scope': '取值不在允许范围内' },
    ],
    [
      'refund in 16 days',
      { refund: { method: 'original', withinDays: 16 } },
      { 'terms.refund.withinDays': '不能大于15' },
    ],
  ])('bad terms (%s) → 400 with fields', async (_label, extra, fields) => {
    const { owner, merchantId } = await merchantWithOwner();
    const res = await sign(owner.token, {
      merchantId,
      kind: 'offline-return',
      terms: terms(extra),
      signature: await signature(owner.token),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual(fields);
  });

  it('initiative with terms, or offline-return without → 400', async () => {
    const { owner, merchantId } = await merchantWithOwner();
    const a = await sign(owner.token, {
      merchantId,
      kind: 'initiative',
      terms: terms(),
      signature: await signature(owner.token),
    });
    expect(a.statusCode).toBe(400);
    expect(a.json().fields).toEqual({ terms: '倡议书没有条款，请勿填写' });
    const b = await sign(owner.token, {
      merchantId,
      kind: 'offline-return',
      signature: await signature(owner.token),
    });
    expect(b.statusCode).toBe(400);
    expect(b.json().fields).toEqual({ terms: '请填写承诺条款' });
  });

  /** What the signature canvas exports when nobody wrote on it. */
  const blankPad = () =>
    sharp({
      create: { width: 750, height: 400, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .png()
      .toBuffer();

  it('the signature must be the caller’s own PNG signature upload, with ink, of a sane size', async () => {
    const { owner, merchantId } = await merchantWithOwner();
    const stranger = await loginConsumer(t.app);
    const notOwn = '请使用您本人刚刚书写的签名';
    const cases = [
      [(await signature(stranger.token)).uploadId, notOwn],
      [(await upload(t, owner.token, 'evidence', signaturePng())).id, notOwn],
      // An untouched pad, as the canvas exports it: 750×400 transparent pixels (several KB).
      [(await upload(t, owner.token, 'signature', await blankPad())).id, '签名为空，请手写签名'],
    ];
    for (const [uploadId, message] of cases) {
      const res = await sign(owner.token, {
        merchantId,
        kind: 'offline-return',
        terms: terms(),
        signature: { uploadId, signerName: '王建国', signerRole: '店长' },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().fields).toEqual({ 'signature.uploadId': message });
    }
    // Too large: 600 KB of noise.
    const ihdr = Buffer.from([0, 0, 0x01, 0, 0, 0, 0x02, 0xd0, 8, 2, 0, 0, 0]);
    const rows = Array.from({ length: 720 }, () =>
      Buffer.concat([Buffer.from([0]), randomBytes(256 * 3)]),
    );
    const big = Buffer.concat([
      Buffer.from('89504e470d0a1a0a', 'hex'),
      pngChunk('IHDR', ihdr),
      pngChunk('IDAT', deflateSync(Buffer.concat(rows))),
      pngChunk('IEND', Buffer.alloc(0)),
    ]);
    const res = await sign(owner.token, {
      merchantId,
      kind: 'offline-return',
      terms: terms(),
      signature: await signature(owner.token, big),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual({ 'signature.uploadId': '签名图片过大，请重新书写' });
  });

  it('idempotent: the same key twice gives the same answer and one pledge', async () => {
    const { owner, merchantId } = await merchantWithOwner();
    const payload = {
      merchantId,
      kind: 'offline-return',
      terms: terms(),
      signature: await signature(owner.token),
    };
    const key = { 'idempotency-key': `k-${randomBytes(6).toString('hex')}` };
    const a = await sign(owner.token, payload, key);
    const b = await sign(owner.token, payload, key);
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(201);
    expect(b.json()).toEqual(a.json());
    const rows = await t.db.db
      .selectFrom('pledges')
      .select('id')
      .where('merchant_id', '=', merchantId)
      .execute();
    expect(rows).toHaveLength(1);
  });
});

describe('integrity', () => {
  it('intact until a stored field or the signature bytes change', async () => {
    const { owner, merchantId } = await merchantWithOwner();
    const created = await signed(owner, merchantId);
    expect((await transition(staff.token, created.id, { action: 'verify' })).statusCode).toBe(200);
    expect((await certificate(created.id)).intact).toBe(true);

    const row = await t.db.db
      .selectFrom('pledges')
      .selectAll()
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    await t.db.db
      .updateTable('pledges')
      .set({ terms: row.terms.replace('"windowDays":7', '"windowDays":8') })
      .where('id', '=', created.id)
      .execute();
    expect((await certificate(created.id)).intact).toBe(false);
    await t.db.db
      .updateTable('pledges')
      .set({ terms: row.terms })
      .where('id', '=', created.id)
      .execute();
    expect((await certificate(created.id)).intact).toBe(true);

    await t.db.db
      .updateTable('pledges')
      .set({ text: `${row.text}。` })
      .where('id', '=', created.id)
      .execute();
    expect((await certificate(created.id)).intact).toBe(false);
    await t.db.db
      .updateTable('pledges')
      .set({ text: row.text })
      .where('id', '=', created.id)
      .execute();

    const up = await t.db.db
      .selectFrom('uploads')
      .selectAll()
      .where('id', '=', row.signature_upload_id!)
      .executeTakeFirstOrThrow();
    const file = join(t.dir, 'uploads', up.sha256.slice(0, 2), up.sha256.slice(2, 4), up.sha256);
    const sig = await t.app.inject({
      method: 'GET',
      url: `/api/v1/pledges/${created.id}/signature`,
    });
    expect(sig.statusCode).toBe(200);
    const bytes = Buffer.from(sig.rawPayload);
    bytes[bytes.length - 20] ^= 0xff;
    writeFileSync(file, bytes);
    expect((await certificate(created.id)).intact).toBe(false);
  });
});

describe('lifecycle', () => {
  const searchPledged = async (q: string) =>
    (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/merchants?badge=pledge&q=${encodeURIComponent(q)}`,
      })
    ).json<MerchantPage>().items;

  it('verify shows the badge; a withdrawal after the notice period keeps it until its date', async () => {
    const name = `未来撤回测试店${n}`;
    const { owner, merchantId } = await merchantWithOwner(name);
    const created = await signed(owner, merchantId);
    const consumer = await loginConsumer(t.app);
    expect((await transition(consumer.token, created.id, { action: 'verify' })).statusCode).toBe(
      403,
    );
    expect((await transition(owner.token, created.id, { action: 'verify' })).statusCode).toBe(403);
    expect((await detail(merchantId)).badges.pledge).toBe(false);
    const v = await transition(staff.token, created.id, { action: 'verify' });
    expect(v.json<PledgeCertificate>()).toMatchObject({ status: 'verified' });
    expect((await detail(merchantId)).badges.pledge).toBe(true);
    expect((await searchPledged(name)).map((m) => m.id)).toContain(merchantId);
    expect((await transition(staff.token, created.id, { action: 'verify' })).statusCode).toBe(409);

    // Retroactive withdrawal is refused.
    const past = await transition(owner.token, created.id, {
      action: 'withdraw',
      reason: '停业',
      effectiveOn: addDays(today(), -1),
    });
    expect(past.statusCode).toBe(400);
    // Sooner than the county's notice period (7 days by default): refused, the earliest date named.
    const soon = await transition(owner.token, created.id, {
      action: 'withdraw',
      reason: '店铺搬迁',
      effectiveOn: addDays(today(), 6),
    });
    expect(soon.statusCode).toBe(400);
    expect(soon.json().fields.effectiveOn).toContain('提前7天公示');
    const w = await transition(owner.token, created.id, {
      action: 'withdraw',
      reason: '店铺搬迁',
      effectiveOn: addDays(today(), 10),
    });
    expect(w.statusCode).toBe(200);
    expect((await detail(merchantId)).badges.pledge).toBe(true);
    const start = clock;
    try {
      clock = new Date(start.getTime() + 9 * 86_400_000);
      expect((await detail(merchantId)).badges.pledge).toBe(true);
      clock = new Date(start.getTime() + 10 * 86_400_000);
      expect((await detail(merchantId)).badges.pledge).toBe(false);
      expect((await searchPledged(name)).map((m) => m.id)).not.toContain(merchantId);
    } finally {
      clock = start;
    }
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/v1/merchants/${merchantId}/pledges`,
    });
    expect(list.json<PledgeList>().items[0]).toMatchObject({
      status: 'withdrawn',
      endedReason: '店铺搬迁',
    });
  });

  it('a withdrawal takes effect after the notice period by default; revoke stops at once', async () => {
    const a = await merchantWithOwner();
    const p1 = await signed(a.owner, a.merchantId);
    await transition(staff.token, p1.id, { action: 'verify' });
    expect((await detail(a.merchantId)).badges.pledge).toBe(true);
    expect(
      (await transition(a.owner.token, p1.id, { action: 'withdraw', reason: '不再经营' }))
        .statusCode,
    ).toBe(200);
    // Announced, not yet in effect: the badge and the pledge stay, with the date it ends.
    const announced = await detail(a.merchantId);
    expect(announced.badges.pledge).toBe(true);
    expect(announced.pledges[0]).toMatchObject({
      status: 'withdrawn',
      endedOn: addDays(today(), 7),
      endedReason: '不再经营',
    });
    const start = clock;
    try {
      clock = new Date(start.getTime() + 7 * 86_400_000);
      expect((await detail(a.merchantId)).badges.pledge).toBe(false);
    } finally {
      clock = start;
    }
    // A pending pledge was never in force: withdrawn today.
    const p3 = await signed(a.owner, a.merchantId);
    const w3 = await transition(a.owner.token, p3.id, { action: 'withdraw', reason: '填错了' });
    expect(w3.json<PledgeCertificate>()).toMatchObject({ status: 'withdrawn', endedOn: today() });

    const b = await merchantWithOwner();
    const p2 = await signed(b.owner, b.merchantId);
    await transition(staff.token, p2.id, { action: 'verify' });
    expect((await transition(staff.token, p2.id, { action: 'revoke' })).statusCode).toBe(400);
    expect(
      (await transition(b.owner.token, p2.id, { action: 'revoke', reason: '违反承诺' })).statusCode,
    ).toBe(403);
    const r = await transition(staff.token, p2.id, {
      action: 'revoke',
      reason: '拒绝履行退货承诺',
    });
    expect(r.statusCode).toBe(200);
    const d = await detail(b.merchantId);
    expect(d.badges.pledge).toBe(false);
    expect(d.pledges[0]).toMatchObject({
      status: 'revoked',
      endedReason: '拒绝履行退货承诺',
      endedOn: today(),
    });
    expect((await transition(staff.token, p2.id, { action: 'verify' })).statusCode).toBe(409);
  });

  it('the notice period comes from the county profile (pledges.withdrawalNoticeDays)', async () => {
    const region = (await t.app.inject({ method: 'GET', url: '/api/v1/region' })).json<Region>();
    const putRegion = (body: Region) =>
      t.app.inject({
        method: 'PUT',
        url: '/api/v1/region',
        headers: bearer(staff.token),
        payload: body,
      });
    expect(region.pledges?.withdrawalNoticeDays).toBe(7);
    const tooShort = await putRegion({ ...region, pledges: { withdrawalNoticeDays: 0 } });
    expect(tooShort.statusCode).toBe(400);
    expect((await putRegion({ ...region, pledges: { withdrawalNoticeDays: 3 } })).statusCode).toBe(
      200,
    );
    try {
      const { owner, merchantId } = await merchantWithOwner();
      const p = await signed(owner, merchantId);
      await transition(staff.token, p.id, { action: 'verify' });
      const early = await transition(owner.token, p.id, {
        action: 'withdraw',
        reason: '店铺搬迁',
        effectiveOn: addDays(today(), 2),
      });
      expect(early.statusCode).toBe(400);
      const w = await transition(owner.token, p.id, { action: 'withdraw', reason: '店铺搬迁' });
      expect(w.json<PledgeCertificate>().endedOn).toBe(addDays(today(), 3));
    } finally {
      expect((await putRegion(region)).statusCode).toBe(200);
    }
  });

  it('replacing: new terms end the old pledge on the new start, not before the notice period', async () => {
    const { owner, merchantId } = await merchantWithOwner();
    const old = await signed(owner, merchantId);
    await transition(staff.token, old.id, { action: 'verify' });
    const starts = addDays(today(), 5);
    const next = await signed(owner, merchantId, { windowDays: 15, startsOn: starts });
    await transition(staff.token, next.id, { action: 'verify' });
    const oldCert = await certificate(old.id);
    expect(oldCert).toMatchObject({
      status: 'withdrawn',
      endedOn: addDays(today(), 7),
      endedReason: '以新承诺替代',
    });
    expect(oldCert.intact).toBe(true);
    expect((await detail(merchantId)).badges.pledge).toBe(true);
    const items = (
      await t.app.inject({ method: 'GET', url: `/api/v1/merchants/${merchantId}/pledges` })
    ).json<PledgeList>().items;
    expect(items.map((i) => i.windowDays)).toEqual([15, 7]);
  });
});

describe('initiative, staff views and the poster', () => {
  it('initiative: signed once, wall counts verified signatories', async () => {
    const before = (
      await t.app.inject({ method: 'GET', url: '/api/v1/pledges/initiative/signatories' })
    ).json<SignatoryWall>().count;
    const { owner, merchantId } = await merchantWithOwner('倡议签署测试店');
    const body = async () => ({
      merchantId,
      kind: 'initiative',
      signature: await signature(owner.token),
    });
    const res = await sign(owner.token, await body());
    expect(res.statusCode).toBe(201);
    const created = res.json<PledgeCreated>();
    expect(created.certificateNo).toMatch(/^QS-\d{4}-CY-\d{4}$/);
    expect((await sign(owner.token, await body())).statusCode).toBe(409);
    await transition(staff.token, created.id, { action: 'verify' });
    const wall = (
      await t.app.inject({ method: 'GET', url: '/api/v1/pledges/initiative/signatories' })
    ).json<SignatoryWall>();
    expect(wall.count).toBe(before + 1);
    expect(wall.items[0]).toMatchObject({ merchantId, merchantName: '倡议签署测试店' });
    expect((await certificate(created.id)).text).toContain('倡议');
    expect((await detail(merchantId)).badges.initiative).toBe(true);
  });

  it('staff queue, stats; consumers get 403', async () => {
    const { owner, merchantId } = await merchantWithOwner();
    const p = await signed(owner, merchantId);
    const queue = await t.app.inject({
      method: 'GET',
      url: '/api/v1/pledges?status=pending&limit=50',
      headers: bearer(staff.token),
    });
    expect(queue.statusCode).toBe(200);
    expect(queue.json().items.map((i: PledgeCertificate) => i.id)).toContain(p.id);
    const before = (
      await t.app.inject({
        method: 'GET',
        url: '/api/v1/pledges/stats',
        headers: bearer(staff.token),
      })
    ).json<PledgeStats>();
    await transition(staff.token, p.id, { action: 'verify' });
    const after = (
      await t.app.inject({
        method: 'GET',
        url: '/api/v1/pledges/stats',
        headers: bearer(staff.token),
      })
    ).json<PledgeStats>();
    expect(after.total).toBe(before.total + 1);
    expect(after.pending).toBe(before.pending - 1);
    const town = (s: PledgeStats) => s.byTown.find((r) => r.town === '城关镇')?.count ?? 0;
    expect(town(after)).toBe(town(before) + 1);
    const consumer = await loginConsumer(t.app);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/pledges/stats',
          headers: bearer(consumer.token),
        })
      ).statusCode,
    ).toBe(403);
  });

  it('the poster QR code is a PNG; the certificate carries the merchant URL', async () => {
    const { owner, merchantId } = await merchantWithOwner();
    const p = await signed(owner, merchantId);
    await transition(staff.token, p.id, { action: 'verify' });
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/pledges/${p.id}/qrcode` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['cache-control']).toContain('max-age=86400');
    expect(res.rawPayload.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47]))).toBe(true);
    expect((await certificate(p.id)).merchantUrl).toBe(
      `http://localhost:3150/features/merchants/pages/detail/index?id=${merchantId}&src=poster`,
    );
  });
});

describe('with the real WeChat client', () => {
  it('asks getwxacodeunlimit for scene m=<merchantId>', async () => {
    const fake = await startFakeWechat();
    const w = await createTestApp({
      env: {
        SEED_DEMO: 'false',
        WECHAT_APPID: fake.appId,
        WECHAT_SECRET: fake.secret,
        WECHAT_API_BASE: fake.url,
      },
    });
    try {
      const merchantId = (await w.db.db.selectFrom('merchants').select('id').executeTakeFirst())
        ?.id;
      // No demo merchants: insert one pledge row directly for the QR route.
      const { insertMerchants, givePledge } = await import('./support/merchants');
      const id = merchantId ?? (await insertMerchants(w, [{ name: '二维码测试店' }]))[0];
      const pledgeId = await givePledge(w, id);
      const res = await w.app.inject({ method: 'GET', url: `/api/v1/pledges/${pledgeId}/qrcode` });
      expect(res.statusCode).toBe(200);
      expect(res.rawPayload.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47]))).toBe(
        true,
      );
      const call = fake.calls.find((c) => c.path === '/wxa/getwxacodeunlimit');
      expect(call?.body).toMatchObject({
        scene: `m=${id}`,
        page: 'features/merchants/pages/detail/index',
      });
    } finally {
      await w.close();
      await fake.close();
    }
  });
});
