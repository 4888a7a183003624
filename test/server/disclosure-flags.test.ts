import type { FlagList, FollowUpBody } from '@api/disclosure';
import type { TestApp } from './support/app';
import {
  apiCall,
  createFollowUp,
  followUpBody,
  followUpScene,
  rowsOf,
  seedBatch,
  setDisclosureProfile,
  type FollowUpScene,
} from './support/follow-ups';

/**
 * 重点监管 flags: businesses and industries of a published batch over the profile's thresholds
 * (m1: 5 included, 4 settled → 投诉≥5件; m2: 3 included, 1 settled → 调解成功率<60%; m3: 2
 * included and 5 excluded → under the minimum; m4: 4 included, 3 settled → not flagged).
 */
let s: FollowUpScene;
let t: TestApp;
let m1: string;
let m2: string;
let m3: string;
let m4: string;

beforeAll(async () => {
  s = await followUpScene();
  t = s.t;
  [m1, m2, m3, m4] = s.merchants;
});
afterAll(() => t.close());

const inject = (...args: Parameters<ReturnType<typeof apiCall>>) => apiCall(t)(...args);
const body = (over: Partial<FollowUpBody> = {}) => followUpBody(m1, over);
const create = (over: Partial<FollowUpBody> = {}) => createFollowUp(t, s.staff.token, body(over));

describe('flags', () => {
  let first: string;
  let latest: string;

  it('no published batch yet: no flags', async () => {
    await seedBatch(s, 'draft', null, rowsOf(m1, '甲餐馆', '餐饮', Array(9).fill('terminated')));
    expect((await inject(s.staff.token, 'GET', '/disclosure/flags')).json<FlagList>()).toEqual({
      items: [],
    });
  });

  it('businesses and industries over the thresholds of the latest published batch, with why', async () => {
    first = await seedBatch(
      s,
      'superseded',
      '2027-04-01T02:00:00.000Z',
      rowsOf(m4, '丁家政', '家政服务', Array(9).fill('terminated')),
      '旧版本',
    );
    latest = await seedBatch(s, 'published', '2027-04-10T02:00:00.000Z', [
      ...rowsOf(
        m1,
        '甲餐馆',
        '餐饮',
        ['settled', 'settled', 'settled', 'settled', 'terminated'],
        [3, 9, 5, 20, 7],
      ),
      ...rowsOf(m2, '乙超市', '商场超市', ['settled', 'terminated', 'withdrawn'], [4, 8, 2]),
      ...rowsOf(m3, '丙小吃店', '餐饮', ['terminated', 'terminated']),
      ...Array.from({ length: 5 }, () => ({
        merchantId: m3,
        name: '丙小吃店',
        industry: '餐饮',
        outcome: null,
        excluded: 'open',
      })),
      ...rowsOf(m4, '丁家政', '家政服务', ['settled', 'settled', 'settled', 'terminated']),
      ...Array.from({ length: 30 }, () => ({
        merchantId: null,
        name: '无名摊',
        industry: '未分类',
        outcome: null,
        excluded: 'no-registered-business',
      })),
    ]);
    await setDisclosureProfile(t, { industryComplaints: 7 });
    const { items } = (await inject(s.staff.token, 'GET', '/disclosure/flags')).json<FlagList>();
    expect(items).toEqual([
      {
        target: { kind: 'business', merchantId: m1, name: '甲餐馆', industry: '餐饮' },
        batchId: latest,
        batchTitle: '2027年第一季度投诉信息公示',
        figures: { accepted: 5, settled: 4, settlementRate: 80, medianDaysToClose: 7 },
        why: ['投诉≥5件'],
        openFollowUps: 0,
        followUps: 0,
      },
      {
        target: { kind: 'business', merchantId: m2, name: '乙超市', industry: '商场超市' },
        batchId: latest,
        batchTitle: '2027年第一季度投诉信息公示',
        figures: { accepted: 3, settled: 1, settlementRate: 33.3, medianDaysToClose: 4 },
        why: ['调解成功率<60%'],
        openFollowUps: 0,
        followUps: 0,
      },
      {
        target: { kind: 'industry', industry: '餐饮' },
        batchId: latest,
        batchTitle: '2027年第一季度投诉信息公示',
        figures: { accepted: 7, settled: 4, settlementRate: 57.1, medianDaysToClose: 9 },
        why: ['行业投诉≥7件'],
        openFollowUps: 0,
        followUps: 0,
      },
    ]);
  });

  it('the profile’s thresholds decide; a named batch is used instead of the latest', async () => {
    await setDisclosureProfile(t, {
      businessComplaints: 4,
      businessSettlementRateBelow: 30,
      industryComplaints: 100,
    });
    const { items } = (await inject(s.staff.token, 'GET', '/disclosure/flags')).json<FlagList>();
    expect(
      items.map((f) => [f.target.kind === 'business' ? f.target.name : f.target.industry, f.why]),
    ).toEqual([
      ['甲餐馆', ['投诉≥4件']],
      ['丁家政', ['投诉≥4件']],
    ]);
    const old = (
      await inject(s.staff.token, 'GET', `/disclosure/flags?batchId=${first}`)
    ).json<FlagList>();
    expect(old.items.map((f) => [f.batchId, f.why])).toEqual([
      [first, ['投诉≥4件', '调解成功率<30%']],
    ]);
    await setDisclosureProfile(t, {
      businessComplaints: 5,
      businessSettlementRateBelow: 60,
      industryComplaints: 7,
    });
  });

  it('a draft or unknown batch is a 404 in Chinese', async () => {
    const draft = await seedBatch(s, 'draft', null, []);
    for (const id of [draft, 'no-such-batch']) {
      const res = await inject(s.staff.token, 'GET', `/disclosure/flags?batchId=${id}`);
      expect(res.statusCode).toBe(404);
      expect(res.json().message).toBe('公示批次不存在或尚未公示');
    }
    expect(
      (await inject(s.staff.token, 'GET', `/disclosure/flags?batchId=${'x'.repeat(41)}`))
        .statusCode,
    ).toBe(400);
  });

  it('counts the follow-ups of each flagged target, and how many are open', async () => {
    const before = (await inject(s.staff.token, 'GET', '/disclosure/flags')).json<FlagList>()
      .items[0];
    await create({ target: { kind: 'business', merchantId: m1 }, status: 'done' });
    await create({ target: { kind: 'business', merchantId: m1 }, type: '约谈' });
    await create({
      target: { kind: 'industry', industry: '餐饮' },
      type: '重点监管',
      batchId: latest,
    });
    const { items } = (await inject(s.staff.token, 'GET', '/disclosure/flags')).json<FlagList>();
    expect(items[0]).toMatchObject({
      openFollowUps: before.openFollowUps + 1,
      followUps: before.followUps + 2,
    });
    expect(items[2]).toMatchObject({
      target: { kind: 'industry' },
      openFollowUps: 1,
      followUps: 1,
    });
  });
});
