import type { CampaignDetail, CampaignList, StaffCampaign } from '@api/campaigns';
import type { Region } from '@api/region';
import { demoRegion, seedDatabase } from '../../server/src/db/seed';
import { createTestApp, loginStaff, type TestApp } from './support/app';
import { campaignCalls, campaignContent, shanghaiMorning } from './support/campaigns';

/** Profile campaigns (seeded once by key) and the public lists by phase. */

/** 2027-03-10 in Shanghai: every demo campaign is active. */
let clock = shanghaiMorning('2027-03-10');

let t: TestApp;
let staff: { token: string };

beforeAll(async () => {
  t = await createTestApp({ env: { SEED_DEMO: 'false' }, now: () => clock });
  staff = await loginStaff(t, 'staff');
});
afterAll(() => t.close());
beforeEach(() => {
  clock = shanghaiMorning('2027-03-10');
});

const { as, get, edit, published, active } = campaignCalls(
  () => t,
  () => staff.token,
);

const byKey = async (key: string) =>
  t.db.db.selectFrom('campaigns').selectAll().where('key', '=', key).executeTakeFirstOrThrow();

describe('profile campaigns', () => {
  const keys = demoRegion().campaigns?.map((c) => c.key) ?? [];

  it('seeds the six demo campaigns once, published, as the profile defines them', async () => {
    expect(keys).toHaveLength(6);
    const rows = await t.db.db
      .selectFrom('campaigns')
      .selectAll()
      .where('source', '=', 'profile')
      .execute();
    expect(rows.map((r) => r.key).sort()).toEqual([...keys].sort());
    expect(rows.every((r) => r.status === 'published' && r.created_by === null)).toBe(true);

    // A restart seeds again: nothing is added twice.
    await seedDatabase(t.db.db, { seedDemo: false, now: clock });
    const again = await t.db.db
      .selectFrom('campaigns')
      .select('id')
      .where('source', '=', 'profile')
      .execute();
    expect(again).toHaveLength(6);

    const farm = await byKey('farm-inputs');
    const detail = await get(`/campaigns/${farm.id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json<CampaignDetail>()).toMatchObject({
      name: '农资打假专项行动',
      periodFrom: '2027-02-01',
      periodTo: '2027-06-30',
      phase: 'active',
      leadUnit: '县市场监管局（会同县农业农村局）',
      reportable: ['假劣化肥', '假劣种子农药', '无证经营农资', '虚假标注养分含量'],
      legalBasis: [
        { law: '《中华人民共和国产品质量法》', article: '第三十九条' },
        expect.anything(),
      ],
      advisories: [],
    });
    const staffView = await get(`/campaigns/${farm.id}/manage`, staff.token);
    expect(staffView.json<StaffCampaign>()).toMatchObject({
      key: 'farm-inputs',
      source: 'profile',
      createdByName: '县域配置',
      reportCount: 0,
    });
  });

  it('a profile save adds a new key and never overwrites what staff edited', async () => {
    const food = await byKey('food-safety');
    const staffName = '食品安全“守底线”专项行动（县局修订）';
    const edited = await edit(food.id, {
      ...campaignContent(),
      name: staffName,
      periodFrom: '2026-11-01',
      periodTo: '2027-06-30',
    });
    expect(edited.statusCode).toBe(200);

    const region = demoRegion();
    const next: Region = {
      ...region,
      campaigns: [
        ...(region.campaigns ?? []).map((c) =>
          c.key === 'food-safety' ? { ...c, name: '配置里改过的名称' } : c,
        ),
        {
          key: 'pre-paid-cards',
          published: false,
          name: '预付式消费专项整治',
          periodFrom: '2027-04-01',
          periodTo: '2027-06-30',
          leadUnit: '县市场监管局消费者权益保护股',
          targets: '美容美发、健身、教育培训等预付卡：办卡后跑路、拒不退款。',
          reportable: ['办卡后跑路', '拒不退款'],
          legalBasis: [],
          advisoryIds: [],
        },
      ],
    };
    const saved = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/region',
      payload: next,
      ...as(staff.token),
    });
    expect(saved.statusCode).toBe(200);
    expect((await byKey('food-safety')).name).toBe(staffName);
    const added = await byKey('pre-paid-cards');
    expect(added).toMatchObject({ source: 'profile', status: 'draft', name: '预付式消费专项整治' });
    const audit = await t.db.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'region.update')
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.detail ?? '{}')).toMatchObject({ campaignsAdded: ['pre-paid-cards'] });
    // Unpublished profile campaigns stay staff's.
    expect((await get(`/campaigns/${added.id}`)).statusCode).toBe(404);

    const bad = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/region',
      payload: {
        ...next,
        campaigns: [
          {
            ...next.campaigns![0],
            key: 'backwards',
            periodFrom: '2027-05-01',
            periodTo: '2027-04-01',
          },
        ],
      },
      ...as(staff.token),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toEqual({ 'campaigns.0.periodTo': '结束日期不能早于开始日期' });
    expect(
      await t.db.db.selectFrom('campaigns').select('id').where('key', '=', 'backwards').execute(),
    ).toEqual([]);
  });
});

describe('public lists by phase', () => {
  it('shows active ones on 首页 by end date, and the list in sections', async () => {
    clock = shanghaiMorning('2026-12-15');
    const names = async (phase: string) =>
      (await get(`/campaigns?phase=${phase}`)).json<CampaignList>().items.map((c) => c.name);
    // Ending soonest first: 特种设备 (3月), 食品安全 (6月, renamed by staff above), 铁拳 (11月).
    expect((await active()).map((c) => [c.phase, c.periodTo])).toEqual([
      ['active', '2027-03-31'],
      ['active', '2027-06-30'],
      ['active', '2027-11-30'],
    ]);
    expect(await names('upcoming')).toEqual([
      '制止餐饮浪费专项行动',
      '农资打假专项行动',
      '药品安全“春风行动”',
    ]);
    expect(await names('ended')).toEqual([]);

    clock = shanghaiMorning('2027-04-01');
    expect(await names('ended')).toEqual(['特种设备和产品质量安全专项整治']);
    const specialOnLastDay = async () =>
      (await active()).some((c) => c.name === '特种设备和产品质量安全专项整治');
    expect(await specialOnLastDay()).toBe(false);
    clock = new Date('2027-03-31T15:59:00.000Z'); // 23:59 in Shanghai, still its last day
    expect(await specialOnLastDay()).toBe(true);
  });

  it('pages through active, then upcoming, then ended, each row once', async () => {
    clock = shanghaiMorning('2027-04-15');
    const upcoming = await published(
      campaignContent({ name: '五月专项检查', periodFrom: '2027-05-01', periodTo: '2027-05-31' }),
    );
    const ended = await published(
      campaignContent({ name: '春节专项检查', periodFrom: '2027-01-01', periodTo: '2027-02-28' }),
    );
    const all: CampaignList['items'] = [];
    let cursor: string | null = null;
    do {
      const q: string = cursor ? `&cursor=${cursor}` : '';
      const res = await get(`/campaigns?limit=2${q}`);
      expect(res.statusCode).toBe(200);
      const page = res.json<CampaignList>();
      expect(page.items.length).toBeLessThanOrEqual(2);
      all.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    // 5 profile campaigns active (特种设备 ended on 3月31日), then ours; the draft is left out.
    expect(all.map((c) => c.phase)).toEqual([
      ...Array<string>(5).fill('active'),
      'upcoming',
      'ended',
      'ended',
    ]);
    const activeEnds = all.filter((c) => c.phase === 'active').map((c) => c.periodTo);
    expect(activeEnds).toEqual([...activeEnds].sort());
    expect(all.at(5)?.id).toBe(upcoming);
    expect(all.slice(6).map((c) => c.name)).toEqual([
      '特种设备和产品质量安全专项整治',
      '春节专项检查',
    ]);
    expect(all.at(-1)?.id).toBe(ended);
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);

    const bad = await get(
      '/campaigns?phase=ended&cursor=' +
        Buffer.from('["active|2027-01-01","x"]').toString('base64url'),
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('INVALID_CURSOR');
  });
});
