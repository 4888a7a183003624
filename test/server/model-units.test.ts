import type { MerchantDetail, MerchantPage } from '@api/merchants';
import type { ApplicationList, ModelUnitApplication, ModelUnitBadge } from '@api/model-units';
import { demoRegion } from '../../server/src/db/seed';
import { saveRegion } from '../../server/src/features/region/region-repository';
import {
  bearer,
  createTestApp,
  loginConsumer,
  loginStaff,
  tokenFor,
  type TestApp,
} from './support/app';
import { daysFromToday, register, testCode, today, upload, verify } from './support/merchants';

let t: TestApp;
let staff: { token: string; user: { id: string } };
const region = demoRegion();
const checklist = region.modelUnit.checklist.map((item, i) => ({ item, checked: i !== 6 }));

beforeAll(async () => {
  t = await createTestApp({ env: { SEED_DEMO: 'false', COUNTY_CODE: 'QS' } });
  staff = await loginStaff(t);
});
afterAll(() => t.close());

let n = 500;
/** A verified merchant and its owner (a merchant now), named so that search finds it. */
async function merchantWithOwner(name: string) {
  const owner = await loginConsumer(t.app);
  const m = await register(t, owner.token, { creditCode: testCode(n++), name });
  await verify(t, staff.token, m.id);
  return { owner, merchantId: m.merchantId };
}

const apply = (token: string, payload: object, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/model-units/applications',
    headers: { ...bearer(token), ...headers },
    payload,
  });
const review = (token: string, id: string, payload: object) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/model-units/applications/${id}/review`,
    headers: bearer(token),
    payload,
  });
const revoke = (token: string, id: string, payload: object) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/model-units/${id}/revoke`,
    headers: bearer(token),
    payload,
  });
const detail = async (id: string) =>
  (await t.app.inject({ method: 'GET', url: `/api/v1/merchants/${id}` })).json<MerchantDetail>();
const searchModelUnits = async (q: string) =>
  (
    await t.app.inject({
      method: 'GET',
      url: `/api/v1/merchants?badge=model-unit&q=${encodeURIComponent(q)}`,
    })
  ).json<MerchantPage>().items;

async function body(token: string, merchantId: string, extra: object = {}) {
  const photo = await upload(t, token, 'model-unit');
  return {
    merchantId,
    category: '餐饮服务',
    checklist,
    note: '店内已张贴承诺',
    photos: [photo.id],
    ...extra,
  };
}

describe('apply', () => {
  it('a member of the merchant applies; the application is theirs to follow', async () => {
    const { owner, merchantId } = await merchantWithOwner('示范申请面馆');
    const res = await apply(owner.token, await body(owner.token, merchantId));
    expect(res.statusCode).toBe(201);
    const app = res.json<ModelUnitApplication>();
    expect(app).toEqual({
      id: expect.any(String),
      merchantId,
      merchantName: '示范申请面馆',
      category: '餐饮服务',
      checklist,
      note: '店内已张贴承诺',
      photos: [{ id: expect.any(String), url: expect.stringMatching(/^\/api\/v1\/uploads\//) }],
      status: 'submitted',
      submittedAt: expect.any(String),
    });
    const mine = await t.app.inject({
      method: 'GET',
      url: '/api/v1/model-units/applications/mine',
      headers: bearer(owner.token),
    });
    expect(mine.json<ApplicationList>()).toEqual({ items: [app], nextCursor: null });
    const one = await t.app.inject({
      method: 'GET',
      url: `/api/v1/model-units/applications/${app.id}`,
      headers: bearer(owner.token),
    });
    expect(one.json()).toEqual(app);
  });

  it('one open application per merchant → 409', async () => {
    const { owner, merchantId } = await merchantWithOwner('只能一份小吃店');
    expect((await apply(owner.token, await body(owner.token, merchantId))).statusCode).toBe(201);
    const again = await apply(owner.token, await body(owner.token, merchantId));
    expect(again.statusCode).toBe(409);
    expect(again.json()).toEqual({
      code: 'APPLICATION_OPEN',
      message: '该商家已有审核中的示范单位申请，请等待审核结果',
    });
  });

  it('category, checklist and photos must be the county\u2019s and the applicant\u2019s', async () => {
    const { owner, merchantId } = await merchantWithOwner('材料不全超市');
    const bad = async (extra: object) =>
      (await apply(owner.token, await body(owner.token, merchantId, extra))).json();
    expect((await bad({ category: '航天' })).fields).toEqual({
      category: '请从列表中选择示范单位类别',
    });
    const notTheCountyList = { checklist: '自查项目与本县清单不一致，请刷新后重新填写' };
    expect((await bad({ checklist: checklist.slice(1) })).fields).toEqual(notTheCountyList);
    expect(
      (await bad({ checklist: [...checklist, { item: '自创条款', checked: true }] })).fields,
    ).toEqual(notTheCountyList);
    const others = await loginConsumer(t.app);
    const foreign = await upload(t, others.token, 'model-unit');
    const licence = await upload(t, owner.token, 'licence');
    for (const photo of [foreign.id, licence.id]) {
      expect((await bad({ photos: [photo] })).fields).toEqual({
        photos: '请上传您本人拍摄的申请照片',
      });
    }
  });

  it('not a member of that merchant → 404; a consumer or staff → 403', async () => {
    const { merchantId } = await merchantWithOwner('别人家的店');
    const { owner: otherOwner } = await merchantWithOwner('我自己的店');
    const res = await apply(otherOwner.token, await body(otherOwner.token, merchantId));
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('MERCHANT_NOT_FOUND');
    const consumer = await loginConsumer(t.app);
    expect((await apply(consumer.token, await body(consumer.token, merchantId))).statusCode).toBe(
      403,
    );
    expect(
      (await apply(staff.token, { merchantId, category: '餐饮服务', checklist, photos: [] }))
        .statusCode,
    ).toBe(403);
  });

  it('a consumer verified as a merchant may apply with the token they already hold', async () => {
    const user = await loginConsumer(t.app);
    const m = await register(t, user.token, { creditCode: testCode(n++), name: '刚认证的商店' });
    const before = await apply(user.token, {
      merchantId: m.merchantId,
      category: '餐饮服务',
      checklist,
      photos: [],
    });
    expect(before.statusCode).toBe(403);
    await verify(t, staff.token, m.id);
    const after = await apply(user.token, await body(user.token, m.merchantId));
    expect(after.statusCode).toBe(201);
  });

  it('another merchant cannot read the application (404)', async () => {
    const { owner, merchantId } = await merchantWithOwner('保密申请店');
    const app = (
      await apply(owner.token, await body(owner.token, merchantId))
    ).json<ModelUnitApplication>();
    const stranger = await tokenFor(t, 'merchant');
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/model-units/applications/${app.id}`,
      headers: bearer(stranger.token),
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('APPLICATION_NOT_FOUND');
  });
});

describe('review', () => {
  it('approval: a certificate number, the badge on the merchant page and in search', async () => {
    const { owner, merchantId } = await merchantWithOwner('金牌示范酒楼');
    const app = (
      await apply(owner.token, await body(owner.token, merchantId))
    ).json<ModelUnitApplication>();
    expect(await searchModelUnits('金牌示范')).toEqual([]);
    const until = daysFromToday(365);
    const res = await review(staff.token, app.id, {
      decision: 'approve',
      level: '市级',
      validUntil: until,
    });
    expect(res.statusCode).toBe(200);
    const reviewed = res.json<ModelUnitApplication>();
    // The county's campaign year (the one the form names), not the review date's.
    const year = region.theme.year;
    expect(reviewed).toMatchObject({
      status: 'approved',
      reviewedAt: expect.any(String),
      badge: {
        certificateNo: expect.stringMatching(new RegExp(`^QS-${year}-SF-\\d{4}$`)),
        category: '餐饮服务',
        level: '市级',
        year,
        validFrom: today(),
        validUntil: until,
        status: 'active',
      },
    });
    const page = await detail(merchantId);
    expect(page.badges.modelUnit).toEqual({ category: '餐饮服务', level: '市级', year });
    expect(page.modelUnits).toEqual([reviewed.badge]);
    const found = await searchModelUnits('金牌示范');
    expect(found.map((m) => m.id)).toEqual([merchantId]);
    expect(found[0].badges.modelUnit).toEqual({ category: '餐饮服务', level: '市级', year });
    // The applicant sees the result.
    const mine = await t.app.inject({
      method: 'GET',
      url: '/api/v1/model-units/applications/mine',
      headers: bearer(owner.token),
    });
    expect(mine.json<ApplicationList>().items[0]).toEqual(reviewed);
  });

  it('certificate numbers count up within the year', async () => {
    const numbers: string[] = [];
    for (const name of ['编号一号店', '编号二号店']) {
      const { owner, merchantId } = await merchantWithOwner(name);
      const app = (
        await apply(owner.token, await body(owner.token, merchantId))
      ).json<ModelUnitApplication>();
      const res = await review(staff.token, app.id, {
        decision: 'approve',
        level: '县级',
        validUntil: daysFromToday(30),
      });
      numbers.push(res.json<ModelUnitApplication>().badge!.certificateNo);
    }
    const [a, b] = numbers.map((c) => Number(c.slice(-4)));
    expect(b).toBe(a + 1);
  });

  it('rejection with a reason the applicant reads; the merchant may apply again', async () => {
    const { owner, merchantId } = await merchantWithOwner('被驳回的餐馆');
    const app = (
      await apply(owner.token, await body(owner.token, merchantId))
    ).json<ModelUnitApplication>();
    const res = await review(staff.token, app.id, {
      decision: 'reject',
      reason: '近一年有未处理的消费投诉',
    });
    expect(res.json<ModelUnitApplication>()).toMatchObject({
      status: 'rejected',
      reviewReason: '近一年有未处理的消费投诉',
    });
    const mine = await t.app.inject({
      method: 'GET',
      url: '/api/v1/model-units/applications/mine',
      headers: bearer(owner.token),
    });
    expect(mine.json<ApplicationList>().items[0]).toMatchObject({
      status: 'rejected',
      reviewReason: '近一年有未处理的消费投诉',
    });
    expect((await detail(merchantId)).modelUnits).toEqual([]);
    expect((await apply(owner.token, await body(owner.token, merchantId))).statusCode).toBe(201);
  });

  it('reviewing twice → 409; a validity that is not in the future → 400', async () => {
    const { owner, merchantId } = await merchantWithOwner('审核两次店');
    const app = (
      await apply(owner.token, await body(owner.token, merchantId))
    ).json<ModelUnitApplication>();
    const past = await review(staff.token, app.id, {
      decision: 'approve',
      level: '县级',
      validUntil: today(),
    });
    expect(past.statusCode).toBe(400);
    expect(past.json().fields).toEqual({ validUntil: '有效期须晚于今天' });
    for (const [validUntil, message] of [
      ['2099-02-30', '格式不正确'],
      ['next year', '格式不正确'],
      [daysFromToday(4000), '有效期最长 10 年'],
    ] as const) {
      const res = await review(staff.token, app.id, {
        decision: 'approve',
        level: '县级',
        validUntil,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().fields).toEqual({ validUntil: message });
    }
    const level = await review(staff.token, app.id, {
      decision: 'approve',
      level: '国家级',
      validUntil: daysFromToday(10),
    });
    expect(level.json().fields).toEqual({ level: '取值不在允许范围内' });
    const mixed = await review(staff.token, app.id, {
      decision: 'approve',
      reason: '通过了又驳回',
      validUntil: daysFromToday(10),
    });
    expect(mixed.json().fields).toEqual({ level: '必填', reason: '不允许的字段 reason' });
    expect(
      (
        await review(staff.token, app.id, {
          decision: 'approve',
          level: '县级',
          validUntil: daysFromToday(10),
        })
      ).statusCode,
    ).toBe(200);
    const twice = await review(staff.token, app.id, { decision: 'reject', reason: '重复审核' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('APPLICATION_ALREADY_REVIEWED');
    // Still one title.
    expect((await detail(merchantId)).modelUnits).toHaveLength(1);
  });

  it('the staff queue lists submitted applications oldest first, page by page', async () => {
    const ids: string[] = [];
    for (const name of ['排队一号', '排队二号', '排队三号']) {
      const { owner, merchantId } = await merchantWithOwner(name);
      ids.push(
        (await apply(owner.token, await body(owner.token, merchantId))).json<ModelUnitApplication>()
          .id,
      );
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: ApplicationList = (
        await t.app.inject({
          method: 'GET',
          url: `/api/v1/model-units/applications?limit=1${cursor ? `&cursor=${cursor}` : ''}`,
          headers: bearer(staff.token),
        })
      ).json<ApplicationList>();
      expect(page.items.every((a) => a.status === 'submitted')).toBe(true);
      seen.push(...page.items.map((a) => a.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.filter((id) => ids.includes(id))).toEqual(ids);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('non-staff are refused the queue, the review and the revocation', async () => {
    for (const role of ['consumer', 'merchant'] as const) {
      const { token } = await tokenFor(t, role);
      const queue = await t.app.inject({
        method: 'GET',
        url: '/api/v1/model-units/applications',
        headers: bearer(token),
      });
      expect(queue.statusCode).toBe(403);
      expect(
        (await review(token, 'x', { decision: 'reject', reason: '不行不行' })).statusCode,
      ).toBe(403);
      expect((await revoke(token, 'x', { reason: '不行不行' })).statusCode).toBe(403);
    }
  });
});

describe('revoke', () => {
  it('the badge leaves search at once; the page shows the title as revoked, with the reason', async () => {
    const { owner, merchantId } = await merchantWithOwner('将被撤销的超市');
    const app = (
      await apply(owner.token, await body(owner.token, merchantId))
    ).json<ModelUnitApplication>();
    const approved = (
      await review(staff.token, app.id, {
        decision: 'approve',
        level: '县级',
        validUntil: daysFromToday(200),
      })
    ).json<ModelUnitApplication>();
    expect((await searchModelUnits('将被撤销')).map((m) => m.id)).toEqual([merchantId]);

    const res = await revoke(staff.token, approved.badge!.id, { reason: '经查存在虚假宣传行为' });
    expect(res.statusCode).toBe(200);
    expect(res.json<ModelUnitBadge>()).toEqual({
      ...approved.badge,
      status: 'revoked',
      revokedOn: today(),
      revokedReason: '经查存在虚假宣传行为',
    });
    expect(await searchModelUnits('将被撤销')).toEqual([]);
    const page = await detail(merchantId);
    expect(page.badges.modelUnit).toBeUndefined();
    expect(page.modelUnits).toEqual([res.json()]);

    const again = await revoke(staff.token, approved.badge!.id, { reason: '再撤一次' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('MODEL_UNIT_ALREADY_REVOKED');
    const missing = await revoke(staff.token, '01HZZZZZZZZZZZZZZZZZZZZZZZ', { reason: '不存在的' });
    expect(missing.statusCode).toBe(404);

    const audit = await t.db.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id'])
      .where('target_id', 'in', [app.id, approved.badge!.id])
      .orderBy('created_at')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'model_unit_application.submit',
      'model_unit_application.approve',
      'model_unit.revoke',
    ]);
  });

  it('a merchant with a second, still valid title keeps the badge of that one', async () => {
    const { owner, merchantId } = await merchantWithOwner('两块牌子的店');
    const titles: ModelUnitApplication[] = [];
    for (const level of ['县级', '市级'] as const) {
      // One title a year: the second is the next campaign's.
      const year = region.theme.year + titles.length;
      await saveRegion(
        t.db.db,
        { ...region, theme: { ...region.theme, year } },
        staff.user.id,
        new Date(),
      );
      const app = (
        await apply(owner.token, await body(owner.token, merchantId))
      ).json<ModelUnitApplication>();
      titles.push(
        (
          await review(staff.token, app.id, {
            decision: 'approve',
            level,
            validUntil: daysFromToday(level === '市级' ? 50 : 100),
          })
        ).json(),
      );
    }
    await saveRegion(t.db.db, region, staff.user.id, new Date());
    expect(titles.map((title) => title.badge?.year)).toEqual([
      region.theme.year,
      region.theme.year + 1,
    ]);
    expect((await detail(merchantId)).badges.modelUnit?.level).toBe('县级');
    await revoke(staff.token, titles[0].badge!.id, { reason: '县级称号撤销' });
    expect((await detail(merchantId)).badges.modelUnit?.level).toBe('市级');
  });
});
