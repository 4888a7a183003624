import type { LightMyRequestResponse } from 'fastify';
import type {
  AdvisoryCreated,
  AdvisoryList,
  PinnedAdvisories,
  StaffAdvisory,
} from '@api/advisories';
import type { ActiveCampaigns } from '@api/campaigns';
import { demoRegion } from '../../server/src/db/seed';
import { COUNTS_MAX_AGE_MS } from '../../server/src/features/advisories/cached-lists';
import type { QuizStatus } from '@api/quiz';
import { bearer, createTestApp, loginConsumer, loginStaff, type TestApp } from './support/app';
import { newQuestionBody } from '../support/question-factory';
import { campaignCalls, campaignContent, shanghaiMorning } from './support/campaigns';
import { advisoryContent, moveAdvisory, publishAdvisory } from './support/reading';
import { secondInstance } from './support/second-instance';

// Issue 18, hot reads: every write that changes a cached answer replaces it (a new ETag),
// here and, through the version table, on another instance.

let clock = shanghaiMorning('2027-03-10');
let t: TestApp;
let staffA: string;
let staffB: string;
beforeAll(async () => {
  t = await createTestApp({ now: () => clock });
  staffA = (await loginStaff(t)).token;
  staffB = (await loginStaff(t)).token;
});
afterAll(() => t.close());

const campaigns = campaignCalls(
  () => t,
  () => staffA,
);

/** GET `url` twice: the second with the first's ETag must be 304, so the answer is cached. */
async function cachedAnswer(url: string): Promise<LightMyRequestResponse> {
  const res = await t.app.inject({ method: 'GET', url: `/api/v1${url}` });
  expect(res.statusCode).toBe(200);
  const etag = res.headers.etag as string;
  const again = await t.app.inject({
    method: 'GET',
    url: `/api/v1${url}`,
    headers: { 'if-none-match': etag },
  });
  expect(again.statusCode).toBe(304);
  return res;
}

/** After `write`, `url` answers 200 with a new ETag to the old one. */
async function changedBy(url: string, write: () => Promise<unknown>) {
  const before = await cachedAnswer(url);
  await write();
  const after = await t.app.inject({
    method: 'GET',
    url: `/api/v1${url}`,
    headers: { 'if-none-match': before.headers.etag as string },
  });
  expect(after.statusCode).toBe(200);
  expect(after.headers.etag).not.toBe(before.headers.etag);
  return after;
}

const activeNames = (res: LightMyRequestResponse) =>
  res.json<ActiveCampaigns>().items.map((c) => c.name);

describe('GET /campaigns/active', () => {
  it('publish, edit and withdraw each replace the cached list', async () => {
    const id = await campaigns.created(campaignContent({ name: '缓存测试专项整治行动' }));
    let res = await changedBy('/campaigns/active', () => campaigns.move(id, { action: 'publish' }));
    expect(activeNames(res)).toContain('缓存测试专项整治行动');

    res = await changedBy('/campaigns/active', () =>
      campaigns.edit(id, campaignContent({ name: '缓存测试专项整治改名' })),
    );
    expect(activeNames(res)).toContain('缓存测试专项整治改名');

    res = await changedBy('/campaigns/active', () =>
      campaigns.move(id, { action: 'withdraw', reason: '测试撤下' }),
    );
    expect(activeNames(res)).not.toContain('缓存测试专项整治改名');
  });

  it('a profile campaign added by a region edit shows at once', async () => {
    const region = demoRegion();
    const added = { key: 'hot-reads', ...campaignContent({ name: '配置新增的专项整治' }) };
    const res = await changedBy('/campaigns/active', () =>
      t.app.inject({
        method: 'PUT',
        url: '/api/v1/region',
        headers: bearer(staffA),
        payload: { ...region, campaigns: [...(region.campaigns ?? []), added] },
      }),
    );
    expect(activeNames(res)).toContain('配置新增的专项整治');
  });

  it('a new day is a new list (phases are by date)', async () => {
    const id = await campaigns.published(
      campaignContent({
        name: '只有三月十号的专项整治',
        periodFrom: '2027-03-10',
        periodTo: '2027-03-10',
      }),
    );
    expect(activeNames(await cachedAnswer('/campaigns/active'))).toContain(
      '只有三月十号的专项整治',
    );
    clock = shanghaiMorning('2027-03-11');
    try {
      expect(activeNames(await cachedAnswer('/campaigns/active'))).not.toContain(
        '只有三月十号的专项整治',
      );
    } finally {
      clock = shanghaiMorning('2027-03-10');
      await campaigns.move(id, { action: 'withdraw', reason: '测试结束' });
    }
  });
});

describe('GET /advisories (first page) and /advisories/pinned', () => {
  const titles = (res: LightMyRequestResponse) =>
    res.json<AdvisoryList | PinnedAdvisories>().items.map((a) => a.title);
  const warning = (title: string) => advisoryContent({ kind: '警示', title });

  it('publish, a published revision and unpublish each replace both lists', async () => {
    let id = '';
    let res = await changedBy('/advisories/pinned', async () => {
      id = await publishAdvisory(t, staffA, staffB, warning('缓存测试警示第一版'));
    });
    expect(titles(res)).toContain('缓存测试警示第一版');
    expect(titles(await cachedAnswer('/advisories?limit=10'))).toContain('缓存测试警示第一版');

    res = await changedBy('/advisories?limit=10', async () => {
      const put = await t.app.inject({
        method: 'PUT',
        url: `/api/v1/advisories/${id}`,
        headers: bearer(staffA),
        payload: warning('缓存测试警示第二版'),
      });
      expect(put.statusCode).toBe(200);
      await moveAdvisory(t, staffA, id, { action: 'submit' });
      const pub = await moveAdvisory(t, staffB, id, { action: 'publish' });
      expect(pub.json<StaffAdvisory>().version).toBe(2);
    });
    expect(titles(res)).toContain('缓存测试警示第二版');

    res = await changedBy('/advisories/pinned', () =>
      moveAdvisory(t, staffB, id, { action: 'unpublish', reason: '测试撤下' }),
    );
    expect(titles(res)).not.toContain('缓存测试警示第二版');
  });

  it('a scheduled one appears at its time, with no write in between', async () => {
    // Sooner than the counts' maximum age: only the scheduled time can expire the list.
    const at = new Date(clock.getTime() + COUNTS_MAX_AGE_MS / 2).toISOString();
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/advisories',
      headers: { ...bearer(staffA), 'idempotency-key': 'hot-reads-scheduled' },
      payload: warning('定时的缓存测试警示'),
    });
    const { id } = created.json<AdvisoryCreated>();
    await moveAdvisory(t, staffA, id, { action: 'submit' });
    await moveAdvisory(t, staffB, id, { action: 'publish', publishAt: at });
    expect(titles(await cachedAnswer('/advisories/pinned'))).not.toContain('定时的缓存测试警示');

    clock = new Date(Date.parse(at) + 1000);
    try {
      expect(titles(await cachedAnswer('/advisories/pinned'))).toContain('定时的缓存测试警示');
    } finally {
      clock = shanghaiMorning('2027-03-10');
    }
  });

  it('filtered and later pages are not cached (no ETag)', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/advisories?kind=%E8%AD%A6%E7%A4%BA',
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBeUndefined();
  });
});

describe('GET /quiz/me', () => {
  it('has an ETag (304 when unchanged), and a new question changes its counts at once', async () => {
    const consumer = await loginConsumer(t.app);
    const me = (etag?: string) =>
      t.app.inject({
        method: 'GET',
        url: '/api/v1/quiz/me',
        headers: { ...bearer(consumer.token), ...(etag && { 'if-none-match': etag }) },
      });
    const before = await me();
    const etag = before.headers.etag as string;
    expect((await me(etag)).statusCode).toBe(304);
    const count = (res: LightMyRequestResponse) =>
      res.json<QuizStatus>().topics.reduce((sum, x) => sum + x.questions, 0);

    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/quiz/questions',
      headers: bearer(staffA),
      payload: newQuestionBody(),
    });
    expect(created.statusCode).toBe(201);
    const after = await me(etag);
    expect(after.statusCode).toBe(200);
    expect(count(after)).toBe(count(before) + 1);
  });
});

describe('another instance', () => {
  it('sees a campaign published through this one, and reads active campaigns from memory', async () => {
    const b = await secondInstance(t, ['campaigns'], () => clock);
    try {
      const first = await b.app.inject({ method: 'GET', url: '/api/v1/campaigns/active' });
      const reads = b.queries.count;
      for (let i = 0; i < 10; i++) {
        await b.app.inject({ method: 'GET', url: '/api/v1/campaigns/active' });
      }
      expect(b.queries.count).toBe(reads);

      await campaigns.published(campaignContent({ name: '另一实例可见的专项整治' }));
      const deadline = Date.now() + 1000;
      let names = activeNames(first);
      while (!names.includes('另一实例可见的专项整治') && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 25));
        names = activeNames(await b.app.inject({ method: 'GET', url: '/api/v1/campaigns/active' }));
      }
      expect(names).toContain('另一实例可见的专项整治');
    } finally {
      await b.app.close();
    }
  });
});
