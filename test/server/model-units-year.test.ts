import type { ModelUnitApplication } from '@api/model-units';
import { demoRegion } from '../../server/src/db/seed';
import { saveRegion } from '../../server/src/features/region/region-repository';
import { addDays, shanghaiDate } from '../../server/src/time';
import { bearer, createTestApp, loginConsumer, loginStaff, type TestApp } from './support/app';
import { register, testCode, upload, verify } from './support/merchants';

/**
 * The 年度 of a 示范单位 title is the county's campaign year (region.theme.year), the year the
 * application form names, whatever the review date; one title per merchant and year.
 */
let t: TestApp;
let staff: { token: string; user: { id: string } };
let clock = new Date();
const region = demoRegion();
// Far from the clock's year, so a rule that read the date could not pass by chance.
const CAMPAIGN = new Date().getFullYear() + 5;

const campaign = (year: number) =>
  saveRegion(t.db.db, { ...region, theme: { ...region.theme, year } }, staff.user.id, new Date());

beforeAll(async () => {
  t = await createTestApp({ env: { SEED_DEMO: 'false', COUNTY_CODE: 'QS' }, now: () => clock });
  staff = await loginStaff(t);
  await campaign(CAMPAIGN);
});
afterAll(() => t.close());

let n = 900;
async function merchantWithOwner(name: string) {
  const owner = await loginConsumer(t.app);
  const m = await register(t, owner.token, { creditCode: testCode(n++), name });
  await verify(t, staff.token, m.id);
  return { token: owner.token, merchantId: m.merchantId };
}

async function apply(token: string, merchantId: string) {
  const photo = await upload(t, token, 'model-unit');
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/model-units/applications',
    headers: bearer(token),
    payload: {
      merchantId,
      category: region.modelUnit.categories[0].name,
      checklist: region.modelUnit.checklist.map((item) => ({ item, checked: true })),
      photos: [photo.id],
    },
  });
}

async function approve(id: string, validUntil = addDays(shanghaiDate(clock), 365)) {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/model-units/applications/${id}/review`,
    headers: bearer(staff.token),
    payload: { decision: 'approve', level: '县级', validUntil },
  });
  expect(res.statusCode).toBe(200);
  return res.json<ModelUnitApplication>();
}

async function appliedAndApproved(token: string, merchantId: string, validUntil?: string) {
  const applied = await apply(token, merchantId);
  expect(applied.statusCode).toBe(201);
  return approve(applied.json<ModelUnitApplication>().id, validUntil);
}

test('the title is of the campaign year, in its certificate number too', async () => {
  const { token, merchantId } = await merchantWithOwner('年度一致面馆');
  const { badge } = await appliedAndApproved(token, merchantId);
  expect(badge?.year).toBe(CAMPAIGN);
  expect(badge?.certificateNo).toMatch(new RegExp(`^QS-${CAMPAIGN}-SF-\\d{4}$`));
});

test('after approval no second application that year (409, plain words); the next year may', async () => {
  const { token, merchantId } = await merchantWithOwner('已获评超市');
  await appliedAndApproved(token, merchantId);
  const again = await apply(token, merchantId);
  expect(again.statusCode).toBe(409);
  expect(again.json()).toEqual({
    code: 'MODEL_UNIT_HELD',
    message: `已是${CAMPAIGN}年度放心消费示范单位，无需重复申请`,
  });

  await campaign(CAMPAIGN + 1);
  try {
    const next = await apply(token, merchantId);
    expect(next.statusCode).toBe(201);
    expect((await approve(next.json<ModelUnitApplication>().id)).badge?.year).toBe(CAMPAIGN + 1);
  } finally {
    await campaign(CAMPAIGN);
  }
});

test('a title revoked this year: no application until the next year', async () => {
  const { token, merchantId } = await merchantWithOwner('被撤销的药店');
  const { badge } = await appliedAndApproved(token, merchantId);
  const revoked = await t.app.inject({
    method: 'POST',
    url: `/api/v1/model-units/${badge!.id}/revoke`,
    headers: bearer(staff.token),
    payload: { reason: '经查存在虚假宣传' },
  });
  expect(revoked.statusCode).toBe(200);
  const again = await apply(token, merchantId);
  expect(again.statusCode).toBe(409);
  expect(again.json().message).toBe(
    `${CAMPAIGN}年度示范单位称号已被撤销，${CAMPAIGN + 1}年度可再申请`,
  );
});

test('a title that has run out may be renewed the same year', async () => {
  const { token, merchantId } = await merchantWithOwner('到期续评茶馆');
  const started = clock;
  try {
    await appliedAndApproved(token, merchantId, addDays(shanghaiDate(clock), 1));
    clock = new Date(started.getTime() + 3 * 24 * 3600_000);
    expect((await apply(token, merchantId)).statusCode).toBe(201);
  } finally {
    clock = started;
  }
});
