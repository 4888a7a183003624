import type { User } from '@api/auth';
import type {
  MerchantDetail,
  MerchantPage,
  Membership,
  MembershipList,
  MembershipReviewPage,
} from '@api/merchants';
import { createPersonalDataCipher } from '../../server/src/crypto/personal-data';
import { DEMO_MERCHANTS, demoCreditCode } from '../../server/src/db/seed/demo-merchants';
import {
  bearer,
  createTestApp,
  loginConsumer,
  loginStaff,
  tokenFor,
  type TestApp,
} from './support/app';
import { register, registration, testCode, upload, verify } from './support/merchants';

let t: TestApp;
let staff: { token: string; user: { id: string } };
beforeAll(async () => {
  t = await createTestApp();
  staff = await loginStaff(t);
});
afterAll(() => t.close());

const post = (token: string, payload: object, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/merchants',
    headers: { ...bearer(token), ...headers },
    payload,
  });
const queue = (token: string, query = '') =>
  t.app.inject({
    method: 'GET',
    url: `/api/v1/merchants/memberships${query}`,
    headers: bearer(token),
  });
const mine = async (token: string) =>
  (
    await t.app.inject({
      method: 'GET',
      url: '/api/v1/merchants/memberships/mine',
      headers: bearer(token),
    })
  ).json<MembershipList>().items;
const me = async (token: string) =>
  (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(token) })).json<User>();
const search = async (q: string) =>
  (
    await t.app.inject({ method: 'GET', url: `/api/v1/merchants?q=${encodeURIComponent(q)}` })
  ).json<MerchantPage>().items;
const membershipRows = (code: string) =>
  t.db.db.selectFrom('merchant_members').selectAll().where('credit_code', '=', code).execute();

let n = 100;
const freshCode = () => testCode(n++);

describe('POST /api/v1/merchants (register)', () => {
  it('a new credit code: a pending owner request, invisible to the public until verified', async () => {
    const user = await loginConsumer(t.app);
    const code = freshCode();
    const licence = await upload(t, user.token, 'licence');
    const res = await post(
      user.token,
      registration({
        creditCode: code.toLowerCase(),
        name: '青山测试鲜果铺',
        licencePhoto: licence.id,
      }),
    );
    expect(res.statusCode).toBe(201);
    const m = res.json<Membership>();
    expect(m).toEqual({
      id: expect.any(String),
      merchantId: expect.stringMatching(/^[0-9A-HJKMNP-TV-Z]{26}$/),
      merchantName: '青山测试鲜果铺',
      creditCode: code,
      role: 'owner',
      status: 'pending',
      createdAt: expect.any(String),
    });
    expect(await search('测试鲜果')).toEqual([]);
    const byCode = await t.app.inject({ method: 'GET', url: `/api/v1/merchants/by-code/${code}` });
    expect(byCode.statusCode).toBe(404);
    expect(await mine(user.token)).toEqual([m]);
  });

  it('an invalid credit code → 400 INVALID_CREDIT_CODE with the reason; nothing written', async () => {
    const user = await loginConsumer(t.app);
    const licence = await upload(t, user.token, 'licence');
    const good = freshCode();
    const bad = good.slice(0, 17) + (good[17] === '1' ? '2' : '1');
    const res = await post(user.token, registration({ creditCode: bad, licencePhoto: licence.id }));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      code: 'INVALID_CREDIT_CODE',
      message: `校验位错误：第18位应为"${good[17]}"，请核对`,
      fields: { creditCode: `校验位错误：第18位应为"${good[17]}"，请核对` },
    });
    const short = await post(
      user.token,
      registration({ creditCode: '9152', licencePhoto: licence.id }),
    );
    expect(short.json().message).toBe('统一社会信用代码应为18位，当前为4位');
    expect(await membershipRows(bad)).toEqual([]);
    expect(await mine(user.token)).toEqual([]);
  });

  it('industry and town must come from the county profile', async () => {
    const user = await loginConsumer(t.app);
    const licence = await upload(t, user.token, 'licence');
    const res = await post(
      user.token,
      registration({
        creditCode: freshCode(),
        industry: '航天',
        town: '火星镇',
        licencePhoto: licence.id,
      }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { industry: '请从列表中选择行业', town: '请从列表中选择镇（街道）' },
    });
    const phone = await post(
      user.token,
      registration({ creditCode: freshCode(), contactPhone: '12345', licencePhoto: licence.id }),
    );
    expect(phone.statusCode).toBe(400);
    expect(phone.json().fields).toEqual({ contactPhone: '格式不正确' });
  });

  it("the licence photo must be the registrant's own licence upload", async () => {
    const user = await loginConsumer(t.app);
    const other = await loginConsumer(t.app);
    const cases = [
      (await upload(t, other.token, 'licence')).id,
      (await upload(t, user.token, 'evidence')).id,
      '01HZZZZZZZZZZZZZZZZZZZZZZZ',
    ];
    for (const licencePhoto of cases) {
      const res = await post(user.token, registration({ creditCode: freshCode(), licencePhoto }));
      expect(res.statusCode).toBe(400);
      expect(res.json().fields).toEqual({ licencePhoto: '请上传您本人拍摄的营业执照照片' });
    }
  });

  it('needs a signed-in consumer or merchant', async () => {
    const body = registration({ creditCode: freshCode(), licencePhoto: 'x' });
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/v1/merchants', payload: body })).statusCode,
    ).toBe(401);
    expect((await post(staff.token, body)).statusCode).toBe(403);
  });

  it('the same person twice → 409, before and after verification', async () => {
    const user = await loginConsumer(t.app);
    const code = freshCode();
    const first = await register(t, user.token, { creditCode: code });
    const again = await post(
      user.token,
      registration({ creditCode: code, licencePhoto: (await upload(t, user.token, 'licence')).id }),
    );
    expect(again.statusCode).toBe(409);
    expect(again.json()).toEqual({
      code: 'MEMBERSHIP_PENDING',
      message: '您已提交过该商家的认证申请，请等待工作人员审核',
    });
    await verify(t, staff.token, first.id);
    const afterwards = await post(
      user.token,
      registration({ creditCode: code, licencePhoto: (await upload(t, user.token, 'licence')).id }),
    );
    expect(afterwards.statusCode).toBe(409);
    expect(afterwards.json().code).toBe('ALREADY_MEMBER');
    expect(await membershipRows(code)).toHaveLength(1);
  });

  it('replays an Idempotency-Key instead of registering twice', async () => {
    const user = await loginConsumer(t.app);
    const body = registration({
      creditCode: freshCode(),
      licencePhoto: (await upload(t, user.token, 'licence')).id,
    });
    const key = { 'idempotency-key': 'register-once' };
    const a = await post(user.token, body, key);
    const b = await post(user.token, body, key);
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(201);
    expect(b.json()).toEqual(a.json());
    expect(b.headers['idempotent-replay']).toBe('true');
    expect(await membershipRows(body.creditCode)).toHaveLength(1);
  });
});

describe('a second registration of the same code joins, never duplicates', () => {
  it('a code the bureau listed: the first becomes owner, the next a member', async () => {
    const code = demoCreditCode(5, DEMO_MERCHANTS[4].type);
    const listed = (
      await t.app.inject({ method: 'GET', url: `/api/v1/merchants/by-code/${code}` })
    ).json<MerchantDetail>();
    const a = await loginConsumer(t.app);
    const b = await loginConsumer(t.app);
    const ra = await register(t, a.token, { creditCode: code, name: '随便写的名字' });
    expect(ra).toMatchObject({
      merchantId: listed.id,
      merchantName: '万家福便利店',
      role: 'owner',
    });
    await verify(t, staff.token, ra.id);
    const rb = await register(t, b.token, { creditCode: code });
    expect(rb).toMatchObject({ merchantId: listed.id, role: 'member', status: 'pending' });
    const approved = await verify(t, staff.token, rb.id);
    expect(approved).toMatchObject({ role: 'member', status: 'active' });
    const merchants = await t.db.db
      .selectFrom('merchants')
      .select('id')
      .where('credit_code', '=', code)
      .execute();
    expect(merchants).toEqual([{ id: listed.id }]);
    const after = (
      await t.app.inject({ method: 'GET', url: `/api/v1/merchants/${listed.id}` })
    ).json<MerchantDetail>();
    // Verified, and the bureau's name kept; the owner's location, hours and phone were empty in
    // the list and are filled from the registration.
    expect(after).toMatchObject({
      status: 'verified',
      name: '万家福便利店',
      publicPhone: '0123-6600000',
    });
  });

  it('a new code registered twice before anyone verified it: one merchant, owner then member', async () => {
    const code = freshCode();
    const a = await loginConsumer(t.app);
    const b = await loginConsumer(t.app);
    const ra = await register(t, a.token, { creditCode: code, name: '双人登记小吃店' });
    const rb = await register(t, b.token, { creditCode: code, name: '双人登记小吃店' });
    expect(rb.merchantId).toBe(ra.merchantId);
    expect(rb.role).toBe('owner');
    await verify(t, staff.token, ra.id);
    expect(await verify(t, staff.token, rb.id)).toMatchObject({ role: 'member', status: 'active' });
    const merchants = await t.db.db
      .selectFrom('merchants')
      .selectAll()
      .where('credit_code', '=', code)
      .execute();
    expect(merchants).toHaveLength(1);
    expect(merchants[0].id).toBe(ra.merchantId);
  });
});

describe('staff verification', () => {
  it('approval creates the verified merchant and makes the user a merchant at once', async () => {
    const user = await loginConsumer(t.app);
    const code = freshCode();
    const m = await register(t, user.token, {
      creditCode: code,
      name: '青山认证茶楼',
      industry: '餐饮',
      town: '桃花乡',
    });
    expect((await me(user.token)).role).toBe('consumer');
    // Editing is for members only: while pending the merchant does not even exist.
    const approved = await verify(t, staff.token, m.id);
    expect(approved).toEqual({ ...m, status: 'active' });
    // Same token, new role: the auth plugin reads the current role on every request.
    expect((await me(user.token)).role).toBe('merchant');
    const page = await search('认证茶楼');
    expect(page).toEqual([
      expect.objectContaining({ id: m.merchantId, industry: '餐饮', town: '桃花乡' }),
    ]);
    const detail = (
      await t.app.inject({ method: 'GET', url: `/api/v1/merchants/${m.merchantId}` })
    ).json<MerchantDetail>();
    expect(detail).toMatchObject({
      status: 'verified',
      creditCode: code,
      hours: '08:00-21:00',
      location: { lat: 27.72, lng: 106.92 },
    });
    expect((await mine(user.token))[0]).toMatchObject({ status: 'active', role: 'owner' });
    const audit = await t.db.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'merchant_member.approve')
      .where('target_id', '=', m.id)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0].actor_id).toBe(staff.user.id);
  });

  it('rejection needs a reason, which the applicant sees; deciding twice → 409', async () => {
    const user = await loginConsumer(t.app);
    const m = await register(t, user.token, { creditCode: freshCode() });
    const noReason = await t.app.inject({
      method: 'POST',
      url: `/api/v1/merchants/memberships/${m.id}/verification`,
      headers: bearer(staff.token),
      payload: { decision: 'reject' },
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json()).toEqual({
      code: 'VALIDATION_FAILED',
      message: 'reason：必填',
      fields: { reason: '必填' },
    });
    const shortReason = await verify(t, staff.token, m.id, {
      decision: 'reject',
      reason: '差',
    }).catch((e: Error) => e.message);
    expect(shortReason).toContain('"fields":{"reason":"至少2个字符"}');
    const rejected = await verify(t, staff.token, m.id, {
      decision: 'reject',
      reason: '营业执照照片不清晰，请重新拍摄',
    });
    expect(rejected).toMatchObject({
      status: 'rejected',
      reason: '营业执照照片不清晰，请重新拍摄',
    });
    expect((await mine(user.token))[0]).toMatchObject({
      status: 'rejected',
      reason: '营业执照照片不清晰，请重新拍摄',
    });
    expect((await me(user.token)).role).toBe('consumer');
    const twice = await t.app.inject({
      method: 'POST',
      url: `/api/v1/merchants/memberships/${m.id}/verification`,
      headers: bearer(staff.token),
      payload: { decision: 'approve' },
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('MEMBERSHIP_ALREADY_REVIEWED');
    // Rejected: the person may register again.
    expect((await register(t, user.token, { creditCode: m.creditCode })).status).toBe('pending');
  });

  it('an unknown request → 404', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/merchants/memberships/01HZZZZZZZZZZZZZZZZZZZZZZZ/verification',
      headers: bearer(staff.token),
      payload: { decision: 'approve' },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('MEMBERSHIP_NOT_FOUND');
  });

  it('the queue and the decision are refused to consumers and merchants (403) and strangers (401)', async () => {
    const consumer = await tokenFor(t, 'consumer');
    const merchant = await tokenFor(t, 'merchant');
    for (const token of [consumer.token, merchant.token]) {
      expect((await queue(token)).statusCode).toBe(403);
      const decide = await t.app.inject({
        method: 'POST',
        url: '/api/v1/merchants/memberships/01HZZZZZZZZZZZZZZZZZZZZZZZ/verification',
        headers: bearer(token),
        payload: { decision: 'approve' },
      });
      expect(decide.statusCode).toBe(403);
    }
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/merchants/memberships' })).statusCode,
    ).toBe(401);
  });
});

describe('personal data', () => {
  it('is stored encrypted, shown to staff in the queue, and every such read is audited', async () => {
    const user = await loginConsumer(t.app);
    const m = await register(t, user.token, {
      creditCode: freshCode(),
      contactName: '司马光明',
      contactPhone: '13900001111',
    });
    const [row] = await t.db.db
      .selectFrom('merchant_members')
      .selectAll()
      .where('id', '=', m.id)
      .execute();
    expect(row.contact_phone).toMatch(/^v1:[\w-]+:[\w-]+:[\w-]+$/);
    expect(row.contact_phone).not.toContain('13900001111');
    expect(row.contact_name).not.toContain('司马');
    const cipher = createPersonalDataCipher(t.config.personalDataKey);
    expect(cipher.decrypt(row.contact_phone)).toBe('13900001111');
    // Same value, new IV: equal phones do not look equal at rest.
    expect(cipher.encrypt('13900001111')).not.toBe(row.contact_phone);

    const before = await t.db.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'merchant_member.read_contact')
      .execute();
    const all: MembershipReviewPage['items'] = [];
    let cursor: string | null = null;
    do {
      const res = await queue(staff.token, `?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.statusCode).toBe(200);
      const page = res.json<MembershipReviewPage>();
      all.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    // Oldest first, all pending.
    expect(all.every((i) => i.status === 'pending')).toBe(true);
    expect(
      [...all].sort((a, b) =>
        a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1,
      ),
    ).toEqual(all);
    const mineInQueue = all.find((i) => i.id === m.id);
    expect(mineInQueue).toMatchObject({
      contactName: '司马光明',
      contactPhone: '13900001111',
      applicantId: user.user.id,
      licencePhoto: { id: expect.any(String), url: expect.stringMatching(/^\/api\/v1\/uploads\//) },
      business: { name: '测试便民超市', industry: '商场超市', town: '城关镇' },
    });
    const audit = await t.db.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'merchant_member.read_contact')
      .execute();
    expect(audit.length - before.length).toBe(all.length);
    expect(audit.filter((a) => a.target_id === m.id && a.actor_id === staff.user.id)).toHaveLength(
      1,
    );
    // Staff can open the licence photo from the queue.
    const photo = await t.app.inject({
      method: 'GET',
      url: mineInQueue!.licencePhoto.url,
      headers: bearer(staff.token),
    });
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/jpeg');
  });

  it('the applicant\u2019s own list and the public never carry it', async () => {
    const user = await loginConsumer(t.app);
    await register(t, user.token, { creditCode: freshCode(), contactPhone: '13900002222' });
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/merchants/memberships/mine',
      headers: bearer(user.token),
    });
    expect(res.body).not.toContain('13900002222');
    expect(res.body).not.toMatch(/contact/i);
  });
});

describe('PATCH /api/v1/merchants/:id', () => {
  let owner: { token: string };
  let merchantId: string;
  beforeAll(async () => {
    owner = await loginConsumer(t.app);
    const m = await register(t, owner.token, { creditCode: freshCode(), name: '待改名的小店' });
    await verify(t, staff.token, m.id);
    merchantId = m.merchantId;
  });
  const patch = (token: string, id: string, payload: object) =>
    t.app.inject({
      method: 'PATCH',
      url: `/api/v1/merchants/${id}`,
      headers: bearer(token),
      payload,
    });

  it('the owner edits the public facts; search follows the new name at once', async () => {
    const res = await patch(owner.token, merchantId, {
      name: '改名后的杂货铺',
      hours: '07:00-22:00',
      location: { lat: 27.7, lng: 106.9 },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json<MerchantDetail>()).toMatchObject({
      name: '改名后的杂货铺',
      hours: '07:00-22:00',
      location: { lat: 27.7, lng: 106.9 },
    });
    expect((await search('改名后的')).map((m) => m.id)).toEqual([merchantId]);
    expect(await search('待改名')).toEqual([]);
  });

  it('another merchant gets 404 (never 403: ids are not confirmed), staff may edit', async () => {
    const stranger = await loginConsumer(t.app);
    const theirs = await register(t, stranger.token, { creditCode: freshCode() });
    await verify(t, staff.token, theirs.id);
    const res = await patch(stranger.token, merchantId, { name: '抢来的名字' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ code: 'MERCHANT_NOT_FOUND', message: '未查到该商家' });
    const consumer = await tokenFor(t, 'consumer');
    expect((await patch(consumer.token, merchantId, { name: '抢来的名字' })).statusCode).toBe(404);
    expect(
      (await t.app.inject({ method: 'PATCH', url: `/api/v1/merchants/${merchantId}`, payload: {} }))
        .statusCode,
    ).toBe(401);
    const byStaff = await patch(staff.token, merchantId, { publicPhone: '0123-6601234' });
    expect(byStaff.statusCode).toBe(200);
    expect(byStaff.json<MerchantDetail>().name).toBe('改名后的杂货铺');
  });

  it('checks industry and town, refuses the credit code and unknown fields', async () => {
    expect((await patch(owner.token, merchantId, { industry: '航天' })).json().fields).toEqual({
      industry: '请从列表中选择行业',
    });
    expect((await patch(owner.token, merchantId, { creditCode: freshCode() })).statusCode).toBe(
      400,
    );
  });

  it('an edit is audited; an edit that changes nothing writes nothing', async () => {
    const audits = () =>
      t.db.db
        .selectFrom('audit_log')
        .select('id')
        .where('action', '=', 'merchant.update')
        .where('target_id', '=', merchantId)
        .execute();
    const before = (await audits()).length;
    await patch(owner.token, merchantId, { town: '长乐镇' });
    await patch(owner.token, merchantId, { town: '长乐镇' });
    expect((await audits()).length).toBe(before + 1);
  });
});
