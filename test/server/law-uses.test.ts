import type { AdvisoryContent, AdvisoryCreated } from '@api/advisories';
import type { AppUse, ArticleDetail } from '@api/law';
import { referenceCites } from '../../server/src/features/law/app-uses';
import { bearer, createTestApp, loginStaff, type TestApp } from './support/app';
import { campaignCalls, campaignContent } from './support/campaigns';
import { qaClient, qaContent } from './support/law-qa';

/**
 * An article's 本条在本应用中的使用 (issue 17): the app's own rules and screens citing it, the
 * published advisories and campaigns whose 法律依据 cites it, and the published 问答 cards.
 */

let clock = new Date('2027-03-10T02:00:00.000Z');
let t: TestApp;
let staffA: string;
let staffB: string;

beforeAll(async () => {
  t = await createTestApp({ env: { SEED_DEMO: 'false' }, now: () => clock });
  staffA = (await loginStaff(t, 'staff', 'zhang_writer')).token;
  staffB = (await loginStaff(t, 'staff', 'li_reviewer')).token;
});
afterAll(() => t.close());

const usedBy = async (law: string, no: number): Promise<AppUse[]> => {
  const res = await t.app.inject({ method: 'GET', url: `/api/v1/law/articles/${law}/${no}` });
  expect(res.statusCode).toBe(200);
  return res.json<ArticleDetail>().usedBy;
};
const labels = async (law: string, no: number) => (await usedBy(law, no)).map((u) => u.label);

let key = 0;
const advisory = (title: string, over: Partial<AdvisoryContent> = {}): AdvisoryContent => ({
  kind: '提示',
  title,
  body: '网购商品自收到之日起七日内可以无理由退货，商家不得拒绝。',
  images: [],
  category: '预付式消费',
  issuer: '青山县市场监督管理局',
  legalBasis: [{ law: '消费者权益保护法', article: '第二十五条' }],
  ...over,
});
const moveAdvisory = (token: string, id: string, payload: object) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/advisories/${id}/transitions`,
    payload,
    headers: bearer(token),
  });
/** An advisory by A, submitted; published by B when `publish` says so (maybe for later). */
async function advisoryAt(body: AdvisoryContent, publish?: { publishAt?: string }) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/advisories',
    payload: body,
    headers: { ...bearer(staffA), 'idempotency-key': `uses-${key++}` },
  });
  expect(res.statusCode).toBe(201);
  const { id } = res.json<AdvisoryCreated>();
  expect((await moveAdvisory(staffA, id, { action: 'submit' })).statusCode).toBe(200);
  if (publish) {
    const pub = await moveAdvisory(staffB, id, { action: 'publish', ...publish });
    expect(pub.statusCode).toBe(200);
  }
  return id;
}

describe('the app’s own uses', () => {
  it('lists the pledge and the quiz under 消费者权益保护法第二十五条, each with its page', async () => {
    const uses = await usedBy('consumer-protection', 25);
    expect(uses).toEqual(
      expect.arrayContaining([
        { label: '线下无理由退货承诺与倡议', path: '/features/pledges/pages/wall/index' },
        { label: '识假辨假答题', path: '/features/quiz/pages/index/index' },
      ]),
    );
    expect(new Set(uses.map((u) => u.label)).size).toBe(uses.length);
  });

  it('lists the rules that rest on an article: 投诉处理 on 投诉举报处理暂行办法第十五条', async () => {
    expect(await usedBy('complaint-report-measures', 15)).toContainEqual({
      label: '投诉处理',
      path: '/features/complaints/pages/new/index',
    });
    expect(await labels('personal-information', 17)).toContain('个人信息保护');
    expect(await labels('goods-warranty', 13)).toContain('识假辨假答题');
  });

  it('is empty for an article the app does not cite', async () => {
    expect(await usedBy('price', 1)).toEqual([]);
  });
});

describe('published content citing the article', () => {
  it('lists a published advisory, not a submitted or scheduled one, nor one citing another article', async () => {
    const shown = await advisoryAt(advisory('网购七日无理由退货提示'), {});
    await advisoryAt(advisory('尚未发布的退货提示'));
    await advisoryAt(advisory('明天才发布的退货提示'), { publishAt: '2027-03-11T02:00:00.000Z' });
    await advisoryAt(
      advisory('预付卡退款提示', {
        // Mentions 二十五 (so the database hands it over) but cites another article.
        body: '办卡二十五天后想退卡？按合同约定办理，商家收了预付款就应当按约定提供服务。',
        legalBasis: [{ law: '《中华人民共和国消费者权益保护法》', article: '第五十三条' }],
      }),
      {},
    );

    const uses = await usedBy('consumer-protection', 25);
    const advisories = uses.filter((u) => u.label.startsWith('消费提示'));
    expect(advisories).toEqual([
      {
        label: '消费提示：《网购七日无理由退货提示》',
        path: `/features/advisories/pages/detail/index?id=${shown}`,
      },
    ]);
    expect(await labels('consumer-protection', 53)).toContain('消费提示：《预付卡退款提示》');
  });

  it('lists a scheduled advisory once its time comes, and drops it once unpublished', async () => {
    clock = new Date('2027-03-11T03:00:00.000Z');
    expect(await labels('consumer-protection', 25)).toContain('消费提示：《明天才发布的退货提示》');
    const uses = await usedBy('consumer-protection', 25);
    const id = uses
      .find((u) => u.label === '消费提示：《网购七日无理由退货提示》')!
      .path!.split('id=')[1];
    const down = await moveAdvisory(staffB, id, { action: 'unpublish', reason: '内容需要更新' });
    expect(down.statusCode).toBe(200);
    expect(await labels('consumer-protection', 25)).not.toContain(
      '消费提示：《网购七日无理由退货提示》',
    );
  });

  it('lists a published campaign whose legal basis cites it, not a draft or a withdrawn one', async () => {
    const calls = campaignCalls(
      () => t,
      () => staffA,
    );
    const basis = [{ law: '《中华人民共和国消费者权益保护法》', article: '第二十五条' }];
    const shown = await calls.published(
      campaignContent({ name: '网购退货专项整治行动', legalBasis: basis }),
    );
    await calls.created(campaignContent({ name: '还是草稿的退货整治', legalBasis: basis }));
    const withdrawn = await calls.published(
      campaignContent({ name: '已撤下的退货整治', legalBasis: basis }),
    );
    expect(
      (await calls.move(withdrawn, { action: 'withdraw', reason: '活动调整' })).statusCode,
    ).toBe(200);

    const campaigns = (await usedBy('consumer-protection', 25)).filter((u) =>
      u.label.startsWith('专项整治：'),
    );
    expect(campaigns).toEqual([
      {
        label: '专项整治：网购退货专项整治行动',
        path: `/features/campaigns/pages/detail/index?id=${shown}`,
      },
    ]);
  });

  it('lists a published 问答 card, not a submitted one', async () => {
    const qa = qaClient(t);
    const question = '网上买的衣服不合适，能退吗？';
    const shown = await qa.cardAt('published', staffA, staffB, qaContent({ question }));
    await qa.cardAt('submitted', staffA, staffB, qaContent({ question: '七天无理由退货怎么算？' }));

    const cards = (await usedBy('consumer-protection', 25)).filter((u) =>
      u.label.startsWith('问答：'),
    );
    expect(cards).toEqual([
      { label: `问答：${question}`, path: `/features/law/pages/qa-detail/index?id=${shown}` },
    ]);
  });

  it('lists the app’s own uses first, then advisories, campaigns and 问答', async () => {
    const order = (await labels('consumer-protection', 25)).map((label) =>
      label.startsWith('消费提示')
        ? 1
        : label.startsWith('专项整治：')
          ? 2
          : label.startsWith('问答：')
            ? 3
            : 0,
    );
    expect(order).toEqual([...order].sort());
    expect(new Set(order)).toEqual(new Set([0, 1, 2, 3]));
  });
});

describe('referenceCites', () => {
  it('reads a 法律依据 naming several articles, a range, or another law', () => {
    const ref = (law: string, article: string) => ({ law, article });
    expect(
      referenceCites(ref('消费者权益保护法', '第二十四条、第二十五条'), 'consumer-protection', 25),
    ).toBe(true);
    expect(
      referenceCites(ref('消费者权益保护法', '第二十四至二十六条'), 'consumer-protection', 25),
    ).toBe(true);
    expect(referenceCites(ref('消费者权益保护法', '第二十四条'), 'consumer-protection', 25)).toBe(
      false,
    );
    expect(
      referenceCites(ref('消费者权益保护法实施条例', '第二十五条'), 'consumer-protection', 25),
    ).toBe(false);
    expect(referenceCites(ref('民法典', '第二十五条'), 'consumer-protection', 25)).toBe(false);
  });
});
