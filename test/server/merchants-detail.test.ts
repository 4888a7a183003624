import type { MerchantDetail, MerchantPage } from '@api/merchants';
import {
  DEMO_INITIATIVE,
  DEMO_MERCHANTS,
  DEMO_MODEL_UNITS,
  DEMO_PLEDGES,
  demoCreditCode,
} from '../../server/src/db/seed/demo-merchants';
import { DETAIL_TTL_MS } from '../../server/src/features/merchants/detail-cache';
import { bearer, createTestApp, loginStaff, tokenFor, type TestApp } from './support/app';
import { givePledge, register, verify } from './support/merchants';
import { moveAdvisory, publishAdvisory } from './support/reading';

/** The merchant page, on the demo seed: what a consumer sees, and what they never see. */
let t: TestApp;
beforeAll(async () => {
  // The app's clock reads Date.now, so the cache test below can move it.
  t = await createTestApp({ now: () => new Date(Date.now()) });
});
afterAll(() => t.close());

const codeOf = (i: number) => demoCreditCode(i + 1, DEMO_MERCHANTS[i].type);
const byCode = (code: string) =>
  t.app.inject({ method: 'GET', url: `/api/v1/merchants/by-code/${encodeURIComponent(code)}` });
async function demo(i: number): Promise<MerchantDetail> {
  const res = await byCode(codeOf(i));
  expect(res.statusCode).toBe(200);
  return res.json<MerchantDetail>();
}

describe('the demo seed', () => {
  it('has about fifty merchants, twelve active model units, fifteen pledges, twenty signatures', async () => {
    const all = await t.db.db.selectFrom('merchants').select('id').execute();
    expect(all).toHaveLength(DEMO_MERCHANTS.length);
    const count = async (badge: string) => {
      const page = await t.app.inject({
        method: 'GET',
        url: `/api/v1/merchants?badge=${badge}&limit=50`,
      });
      return page.json<MerchantPage>().items.length;
    };
    expect(await count('model-unit')).toBe(
      DEMO_MODEL_UNITS.filter((u) => u.untilDaysAhead > 0 && !u.revoked).length,
    );
    expect(await count('model-unit')).toBe(12);
    expect(await count('pledge')).toBe(DEMO_PLEDGES.filter((p) => !p.withdrawn).length);
    expect(await count('pledge')).toBe(15);
    expect(await count('initiative')).toBe(DEMO_INITIATIVE.length);
  });
});

describe('GET /api/v1/merchants/:id and /by-code/:creditCode', () => {
  it('shows the public facts and the badges with their facts', async () => {
    const m = await demo(0);
    expect(m).toMatchObject({
      name: '青山县城关镇惠民超市',
      creditCode: codeOf(0),
      type: '企业',
      industry: '商场超市',
      town: '城关镇',
      address: '城关镇人民路18号',
      hours: '08:00-22:00',
      publicPhone: '0123-6621001',
      status: 'listed',
      location: { lat: expect.any(Number), lng: expect.any(Number) },
      badges: {
        modelUnit: { category: '商场超市', level: '市级' },
        pledge: true,
        initiative: true,
      },
    });
    expect(m.modelUnits).toHaveLength(1);
    expect(m.modelUnits[0]).toMatchObject({
      status: 'active',
      level: '市级',
      category: '商场超市',
    });
    expect(m.modelUnits[0].certificateNo).toMatch(/^QS-\d{4}-SF-\d{4}$/);
    expect(m.modelUnits[0].revokedOn).toBeUndefined();
    // Pledges newest first: the initiative was signed after the return pledge.
    expect(m.pledges.map((p) => p.kind)).toEqual(['initiative', 'offline-return']);
    expect(m.pledges[1]).toMatchObject({
      status: 'verified',
      windowDays: 7,
      excluded: ['定制类商品', '鲜活易腐商品', '已拆封的个人卫生用品'],
    });
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/merchants/${m.id}` })).json(),
    ).toEqual(m);
  });

  it('an expired title is shown as expired and is no badge', async () => {
    const m = await demo(14);
    expect(m.badges.modelUnit).toBeUndefined();
    expect(m.modelUnits).toEqual([expect.objectContaining({ status: 'expired' })]);
    expect(m.modelUnits[0].validUntil < new Date().toISOString().slice(0, 10)).toBe(true);
  });

  it('a revoked title says when and why it ended, and is no badge', async () => {
    const m = await demo(17);
    expect(m.badges.modelUnit).toBeUndefined();
    expect(m.modelUnits).toEqual([
      expect.objectContaining({
        status: 'revoked',
        revokedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        revokedReason: '经查存在价格欺诈行为，撤销放心消费示范单位称号',
      }),
    ]);
    // The revoked title is still valid by date: status comes from the revocation, not the date.
    expect(m.modelUnits[0].validUntil > new Date().toISOString().slice(0, 10)).toBe(true);
    expect(m.badges.pledge).toBe(true);
  });

  it('a withdrawn pledge says when and why, and is no badge', async () => {
    const m = await demo(7);
    expect(m.badges.pledge).toBe(false);
    expect(m.pledges).toEqual([
      expect.objectContaining({
        kind: 'offline-return',
        status: 'withdrawn',
        endedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        endedReason: '商家停业装修，申请撤回承诺',
      }),
    ]);
  });

  it('a pledge awaiting verification is not shown; one starting later is shown but no badge', async () => {
    const m = await demo(48);
    await givePledge(t, m.id, { status: 'pending' });
    expect((await demo(48)).pledges).toEqual([]);
    const future = new Date(Date.now() + 5 * 86400_000).toISOString().slice(0, 10);
    await givePledge(t, m.id, { startsOn: future });
    const after = await demo(48);
    expect(after.pledges).toEqual([
      expect.objectContaining({ status: 'verified', startsOn: future }),
    ]);
    expect(after.badges.pledge).toBe(false);
  });

  it('never shows contact data, not even after an owner registered with it', async () => {
    const owner = await tokenFor(t, 'consumer');
    const staff = await loginStaff(t);
    const membership = await register(t, owner.token, {
      creditCode: codeOf(30),
      contactName: '欧阳娜娜',
      contactPhone: '13912345678',
    });
    await verify(t, staff.token, membership.id);
    for (const res of [
      await byCode(codeOf(30)),
      await t.app.inject({ method: 'GET', url: `/api/v1/merchants/${membership.merchantId}` }),
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/merchants?q=${encodeURIComponent('阳光大酒店')}`,
      }),
      // Not even for the owner or staff: the page is public.
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/merchants/${membership.merchantId}`,
        headers: bearer(staff.token),
      }),
    ]) {
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toMatch(/contact/i);
      expect(res.body).not.toContain('13912345678');
      expect(res.body).not.toContain('欧阳');
    }
    expect((await byCode(codeOf(30))).json<MerchantDetail>().status).toBe('verified');
  });

  it('by-code accepts lower case and spaces', async () => {
    const res = await byCode(`  ${codeOf(2).toLowerCase()} `);
    expect(res.statusCode).toBe(200);
    expect(res.json<MerchantDetail>().name).toBe('白云酒厂直营店');
  });

  it('by-code: an invalid code → 400 INVALID_CREDIT_CODE with the reason', async () => {
    const good = codeOf(0);
    const wrongCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const bad = await byCode(wrongCheck);
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toEqual({
      code: 'INVALID_CREDIT_CODE',
      message: `校验位错误：第18位应为"${good[17]}"，请核对`,
      fields: { creditCode: `校验位错误：第18位应为"${good[17]}"，请核对` },
    });
    const letter = await byCode(`${good.slice(0, 5)}I${good.slice(6)}`);
    expect(letter.json().message).toBe('第6位字符"I"不允许（不使用I、O、S、V、Z）');
    expect((await byCode('91350100')).json().message).toBe('统一社会信用代码应为18位，当前为8位');
  });

  it('by-code: a valid code nobody registered → 404 MERCHANT_NOT_FOUND', async () => {
    const res = await byCode('91350100M000100Y43');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ code: 'MERCHANT_NOT_FOUND', message: '未查到该商家' });
  });

  it('an unknown id → the same 404', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/merchants/01HZZZZZZZZZZZZZZZZZZZZZZZ',
    });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ code: 'MERCHANT_NOT_FOUND', message: '未查到该商家' });
  });

  it('a change made by another process shows within the cache lifetime', async () => {
    const m = await demo(49);
    const page = () => t.app.inject({ method: 'GET', url: `/api/v1/merchants/${m.id}` });
    expect((await page()).json<MerchantDetail>().name).toBe('桃花乡便民小卖部');
    // Written straight to the database, as a second server instance or the CLI would.
    await t.db.db
      .updateTable('merchants')
      .set({ name: '桃花乡便民商店' })
      .where('id', '=', m.id)
      .execute();
    const now = Date.now();
    const clock = jest.spyOn(Date, 'now');
    try {
      clock.mockReturnValue(now + DETAIL_TTL_MS + 1);
      expect((await page()).json<MerchantDetail>().name).toBe('桃花乡便民商店');
    } finally {
      clock.mockRestore();
    }
  });
});

describe('the 警示 naming a merchant (消法 第五十六条)', () => {
  it('shows on its page once published, newest first, and goes when unpublished', async () => {
    const m = await demo(7);
    const page = async () =>
      (
        await t.app.inject({ method: 'GET', url: `/api/v1/merchants/${m.id}` })
      ).json<MerchantDetail>();
    expect(m.warnings).toEqual([]);
    const [a, b] = [(await loginStaff(t)).token, (await loginStaff(t)).token];
    // Read now, so the page is in the cache when the 警示 is published: publishing forgets it.
    expect((await page()).warnings).toEqual([]);
    const named = (penaltyNo: string, title: string) =>
      publishAdvisory(t, a, b, {
        kind: '警示',
        title,
        category: '其他',
        merchant: { merchantId: m.id, penaltyNo, penaltyDate: '2026-01-08' },
      });
    const first = await named('青市监罚〔2026〕3号', '该店虚假宣传受到行政处罚');
    const second = await named('青市监罚〔2026〕9号', '该店销售过期食品受到行政处罚');

    const { warnings } = await page();
    expect(warnings.map((w) => w.id)).toEqual([second, first]);
    expect(warnings[1]).toEqual({
      id: first,
      title: '该店虚假宣传受到行政处罚',
      penaltyNo: '青市监罚〔2026〕3号',
      penaltyDate: '2026-01-08',
      publishedAt: expect.any(String),
    });
    // The same list by credit code; another merchant names none of them.
    expect((await byCode(codeOf(7))).json<MerchantDetail>().warnings).toHaveLength(2);
    expect((await demo(8)).warnings).toEqual([]);

    await moveAdvisory(t, b, second, { action: 'unpublish', reason: '处罚决定已撤销' });
    expect((await page()).warnings.map((w) => w.id)).toEqual([first]);
  });
});
