import type { UsefulState } from '@api/common';
import type {
  AdvisoryContent,
  AdvisoryCreated,
  AdvisoryDetail,
  AdvisoryList,
  AdvisoryVersions,
  PinnedAdvisories,
  StaffAdvisory,
  StaffAdvisoryList,
} from '@api/advisories';
import type { MessagePage } from '@api/messages';
import { merchantWarnings } from '../../server/src/features/advisories/reading-service';
import { seedDemoAdvisories } from '../../server/src/db/seed/advisories';
import { bearer, createTestApp, loginConsumer, loginStaff, type TestApp } from './support/app';
import { insertMerchants, upload } from './support/merchants';

let clock = new Date('2027-03-10T02:00:00.000Z');
let t: TestApp;
let staffA: { token: string; user: { id: string } };
let staffB: { token: string; user: { id: string } };
let consumer: { token: string };
let merchantId: string;

beforeAll(async () => {
  t = await createTestApp({ env: { SEED_DEMO: 'false' }, now: () => clock });
  staffA = await loginStaff(t, 'staff', 'zhang_writer');
  staffB = await loginStaff(t, 'staff', 'li_reviewer');
  consumer = await loginConsumer(t.app);
  [merchantId] = await insertMerchants(t, [{ name: '青山县某某保健品店' }]);
});
afterAll(() => t.close());

const as = (token: string) => ({ headers: bearer(token) });
let key = 0;

const content = (over: Partial<AdvisoryContent> = {}): AdvisoryContent => ({
  kind: '提示',
  title: '春节预付卡消费提示',
  body: '办卡前请注意：\n\n- 选择**信誉良好**的商家\n- 保存好合同和票据\n\n如遇纠纷请拨打12315。',
  images: [],
  category: '预付式消费',
  issuer: '青山县市场监督管理局',
  legalBasis: [{ law: '消费者权益保护法', article: '第五十三条' }],
  season: '春节',
  action: { kind: 'call-12315' },
  ...over,
});

async function create(token: string, body: unknown = content()) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/advisories',
    payload: body as object,
    headers: { ...bearer(token), 'idempotency-key': `adv-${key++}` },
  });
}

const move = (token: string, id: string, payload: object) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/advisories/${id}/transitions`,
    payload,
    ...as(token),
  });

async function published(body: AdvisoryContent = content(), publishAt?: string): Promise<string> {
  const res = await create(staffA.token, body);
  expect(res.statusCode).toBe(201);
  const { id } = res.json<AdvisoryCreated>();
  expect((await move(staffA.token, id, { action: 'submit' })).statusCode).toBe(200);
  const pub = await move(staffB.token, id, { action: 'publish', ...(publishAt && { publishAt }) });
  expect(pub.statusCode).toBe(200);
  return id;
}

const count = async (table: 'advisories' | 'advisory_versions' | 'audit_log') =>
  Number(
    (
      await t.db.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const publicList = async (query = '') =>
  (await t.app.inject({ method: 'GET', url: `/api/v1/advisories${query}` })).json<AdvisoryList>();
const pinned = async () =>
  (
    await t.app.inject({ method: 'GET', url: '/api/v1/advisories/pinned' })
  ).json<PinnedAdvisories>();
const detail = (id: string, token?: string) =>
  t.app.inject({
    method: 'GET',
    url: `/api/v1/advisories/${id}`,
    ...(token && as(token)),
  });

describe('workflow', () => {
  it('draft → submitted → published by a second staff member, public with its read count', async () => {
    const res = await create(staffA.token);
    expect(res.statusCode).toBe(201);
    const { id, status } = res.json<AdvisoryCreated>();
    expect(status).toBe('draft');
    expect((await detail(id)).statusCode).toBe(404);

    expect((await move(staffA.token, id, { action: 'submit' })).statusCode).toBe(200);
    const own = await move(staffA.token, id, { action: 'publish' });
    expect(own.statusCode).toBe(403);
    expect(own.json().code).toBe('AUTHOR_CANNOT_PUBLISH');
    expect((await detail(id)).statusCode).toBe(404);

    const pub = await move(staffB.token, id, { action: 'publish' });
    expect(pub.statusCode).toBe(200);
    expect(pub.json<StaffAdvisory>().status).toBe('published');

    const first = await detail(id);
    expect(first.statusCode).toBe(200);
    expect(first.json<AdvisoryDetail>()).toMatchObject({
      title: '春节预付卡消费提示',
      issuer: '青山县市场监督管理局',
      readCount: 1,
      version: 1,
      markedUseful: false,
    });
    // The same reader on the same day counts once; another reader counts (advisories-stats.test.ts).
    expect((await detail(id)).json<AdvisoryDetail>().readCount).toBe(1);
    expect((await detail(id, consumer.token)).json<AdvisoryDetail>().readCount).toBe(2);
    expect((await publicList()).items.map((a) => a.id)).toContain(id);

    // The author hears of it in 消息.
    const staffMessages = await t.app.inject({
      method: 'GET',
      url: '/api/v1/messages',
      ...as(staffA.token),
    });
    expect(staffMessages.json<MessagePage>().items[0]).toMatchObject({ kind: 'advisory-review' });
  });

  it('a consumer can neither write nor publish; the staff routes refuse them', async () => {
    const before = await count('advisories');
    expect((await create(consumer.token)).statusCode).toBe(403);
    const res = await create(staffA.token);
    const { id } = res.json<AdvisoryCreated>();
    await move(staffA.token, id, { action: 'submit' });
    expect((await move(consumer.token, id, { action: 'publish' })).statusCode).toBe(403);
    for (const url of [
      '/api/v1/advisories/manage',
      `/api/v1/advisories/${id}/manage`,
      `/api/v1/advisories/${id}/versions`,
    ]) {
      expect((await t.app.inject({ method: 'GET', url, ...as(consumer.token) })).statusCode).toBe(
        403,
      );
      expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    }
    expect(await count('advisories')).toBe(before + 1);
  });

  it('only the author edits a draft; a returned one goes back to draft with the reason', async () => {
    const { id } = (await create(staffA.token)).json<AdvisoryCreated>();
    const put = (token: string, body: AdvisoryContent) =>
      t.app.inject({ method: 'PUT', url: `/api/v1/advisories/${id}`, payload: body, ...as(token) });
    expect((await put(staffB.token, content({ title: '他人修改的标题' }))).statusCode).toBe(403);
    expect((await put(staffA.token, content({ title: '修改后的标题内容' }))).statusCode).toBe(200);
    expect((await move(staffB.token, id, { action: 'submit' })).statusCode).toBe(403);
    await move(staffA.token, id, { action: 'submit' });
    expect((await put(staffA.token, content())).statusCode).toBe(409);
    expect((await move(staffB.token, id, { action: 'return' })).statusCode).toBe(400);
    const back = await move(staffB.token, id, { action: 'return', reason: '请补充法律依据' });
    expect(back.json<StaffAdvisory>()).toMatchObject({
      status: 'draft',
      returnedReason: '请补充法律依据',
    });
  });

  it('editing a published one makes a new version, reviewed again; the old stays public meanwhile', async () => {
    const id = await published(content({ title: '旅游出行消费提示第一版', category: '旅游出行' }));
    const revise = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/advisories/${id}`,
      payload: content({ title: '旅游出行消费提示第二版', category: '旅游出行' }),
      ...as(staffA.token),
    });
    expect(revise.statusCode).toBe(200);
    expect(revise.json<StaffAdvisory>().revision).toMatchObject({ status: 'draft' });
    expect((await detail(id)).json<AdvisoryDetail>().title).toBe('旅游出行消费提示第一版');

    await move(staffA.token, id, { action: 'submit' });
    expect((await move(staffA.token, id, { action: 'publish' })).statusCode).toBe(403);
    const pub = await move(staffB.token, id, { action: 'publish' });
    expect(pub.json<StaffAdvisory>()).toMatchObject({ status: 'published', version: 2 });
    expect(pub.json<StaffAdvisory>().revision).toBeUndefined();
    expect((await detail(id)).json<AdvisoryDetail>()).toMatchObject({
      title: '旅游出行消费提示第二版',
      version: 2,
    });

    const versions = await t.app.inject({
      method: 'GET',
      url: `/api/v1/advisories/${id}/versions`,
      ...as(staffB.token),
    });
    expect(
      versions.json<AdvisoryVersions>().items.map((v) => [v.version, v.content.title]),
    ).toEqual([
      [2, '旅游出行消费提示第二版'],
      [1, '旅游出行消费提示第一版'],
    ]);
    const audit = await t.db.db
      .selectFrom('audit_log')
      .select('action')
      .where('target_id', '=', id)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'advisory.create',
      'advisory.submit',
      'advisory.publish',
      'advisory.revise',
      'advisory.submit',
      'advisory.publish',
    ]);
  });

  it('unpublished (with a reason, kept) and scheduled ones vanish from every public route', async () => {
    const warning = content({
      kind: '警示',
      title: '警惕老年人保健品会销陷阱',
      category: '老年人保健品',
    });
    const gone = await published(warning);
    expect((await pinned()).items.map((a) => a.id)).toContain(gone);
    expect((await move(staffB.token, gone, { action: 'unpublish' })).statusCode).toBe(400);
    const down = await move(staffB.token, gone, { action: 'unpublish', reason: '情况已变化' });
    expect(down.json<StaffAdvisory>()).toMatchObject({
      status: 'unpublished',
      unpublishedReason: '情况已变化',
    });

    const later = new Date(clock.getTime() + 3 * 3600_000).toISOString();
    const scheduled = await published({ ...warning, title: '定时发布的警示内容' }, later);

    for (const id of [gone, scheduled]) {
      expect((await detail(id)).statusCode).toBe(404);
      expect((await detail(id, consumer.token)).statusCode).toBe(404);
      expect((await publicList()).items.map((a) => a.id)).not.toContain(id);
      expect((await publicList('?q=警示')).items.map((a) => a.id)).not.toContain(id);
      expect((await pinned()).items.map((a) => a.id)).not.toContain(id);
      const useful = await t.app.inject({
        method: 'PUT',
        url: `/api/v1/advisories/${id}/useful`,
        ...as(consumer.token),
      });
      expect(useful.statusCode).toBe(404);
      expect(
        (await t.app.inject({ method: 'GET', url: `/api/v1/advisories/${id}/images/0` }))
          .statusCode,
      ).toBe(404);
    }
    // Staff still see both.
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/advisories/manage?status=unpublished',
      ...as(staffA.token),
    });
    expect(list.json<StaffAdvisoryList>().items.map((a) => a.id)).toContain(gone);

    // The scheduled one becomes public at its time, without any job.
    clock = new Date(clock.getTime() + 4 * 3600_000);
    expect((await detail(scheduled)).statusCode).toBe(200);
    expect((await pinned()).items[0].id).toBe(scheduled);
  });
});

describe('reading', () => {
  it('lists newest first with category, kind and search filters and keyset paging', async () => {
    const ids: string[] = [];
    for (const [i, category] of (['汽车', '汽车', '农资'] as const).entries()) {
      clock = new Date(clock.getTime() + 60_000);
      ids.push(
        await published(
          content({
            title: `阅读测试第${i}条提示`,
            category,
            body: `正文包含关键字百分之百_${i}号`,
          }),
        ),
      );
    }
    const cars = await publicList(`?category=${encodeURIComponent('汽车')}`);
    expect(cars.items.map((a) => a.id)).toEqual([ids[1], ids[0]]);
    const paged = await publicList('?limit=1');
    expect(paged.items[0].id).toBe(ids[2]);
    const next = await publicList(`?limit=1&cursor=${paged.nextCursor}`);
    expect(next.items[0].id).toBe(ids[1]);
    const found = await publicList(`?q=${encodeURIComponent('之百_1')}`);
    expect(found.items.map((a) => a.id)).toEqual([ids[1]]);
    // One character is enough; % and _ are taken literally.
    expect((await publicList(`?q=${encodeURIComponent('%')}`)).items).toEqual([]);
    expect((await publicList(`?q=${encodeURIComponent('阅')}`)).items.length).toBeGreaterThan(0);
    expect((await publicList('?kind=警示')).items.every((a) => a.kind === '警示')).toBe(true);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/advisories?q=' })).statusCode).toBe(
      400,
    );
  });

  it('有用 once per person, idempotent', async () => {
    const id = await published(content({ title: '有用计数测试提示' }));
    const mark = () =>
      t.app.inject({
        method: 'PUT',
        url: `/api/v1/advisories/${id}/useful`,
        ...as(consumer.token),
      });
    expect((await mark()).json<UsefulState>()).toEqual({ usefulCount: 1, markedUseful: true });
    expect((await mark()).json<UsefulState>()).toEqual({ usefulCount: 1, markedUseful: true });
    expect(
      (await t.app.inject({ method: 'PUT', url: `/api/v1/advisories/${id}/useful` })).statusCode,
    ).toBe(401);
    expect((await detail(id, consumer.token)).json<AdvisoryDetail>()).toMatchObject({
      markedUseful: true,
      usefulCount: 1,
    });
  });

  it('serves the images of a public advisory to anyone', async () => {
    const photo = await upload(t, staffA.token, 'evidence');
    const id = await published(content({ title: '带图片的消费提示', images: [photo.id] }));
    const d = (await detail(id)).json<AdvisoryDetail>();
    expect(d.images).toEqual([{ id: photo.id, url: `/api/v1/advisories/${id}/images/0` }]);
    const image = await t.app.inject({ method: 'GET', url: d.images[0].url });
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toMatch(/^image\//);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/advisories/${id}/images/1` })).statusCode,
    ).toBe(404);
  });
});

describe('bad input: a 400 in Chinese and nothing written', () => {
  const refused = async (body: unknown, token = staffA.token) => {
    const before = [await count('advisories'), await count('audit_log')];
    const res = await create(token, body);
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/[\u4e00-\u9fa5]/);
    expect([await count('advisories'), await count('audit_log')]).toEqual(before);
    return res.json<{ code: string; fields?: Record<string, string> }>();
  };

  it('oversized body, unknown category or issuer, bad references, too many images', async () => {
    await refused(content({ body: '很长的正文'.repeat(1200) }));
    expect((await refused(content({ category: '不存在的分类' }))).fields).toHaveProperty(
      'category',
    );
    expect((await refused(content({ issuer: '某某公司' }))).fields).toHaveProperty('issuer');
    expect(
      (await refused(content({ legalBasis: [{ law: '消费者权益保护法', article: 'Art. 56' }] })))
        .fields,
    ).toHaveProperty(['legalBasis.0']);
    await refused(content({ images: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] }));
    expect(
      (await refused(content({ images: ['01NOTANUPLOAD0000000000000'] }))).fields,
    ).toHaveProperty('images');
    await refused(content({ validFrom: '2027-03-10', validUntil: '2027-03-01' }));
    await refused({ ...content(), extra: 1 });
  });

  it('a 警示 naming a merchant needs the penalty decision number and date (消法 第五十六条)', async () => {
    const warning = content({
      kind: '警示',
      title: '某保健品店虚假宣传警示',
      category: '老年人保健品',
    });
    const noPenalty = await refused({ ...warning, merchant: { merchantId } });
    expect(noPenalty.fields).toHaveProperty(['merchant.penaltyNo']);
    expect(noPenalty.fields).toHaveProperty(['merchant.penaltyDate']);
    await refused({ ...warning, merchant: { merchantId, penaltyNo: '青市监罚〔2027〕12号' } });
    await refused({
      ...content(),
      merchant: { merchantId, penaltyNo: '青市监罚〔2027〕12号', penaltyDate: '2027-02-01' },
    });
    await refused({
      ...warning,
      merchant: {
        merchantId: 'nobody',
        penaltyNo: '青市监罚〔2027〕12号',
        penaltyDate: '2027-02-01',
      },
    });

    const id = await published({
      ...warning,
      merchant: { merchantId, penaltyNo: '青市监罚〔2027〕12号', penaltyDate: '2027-02-01' },
    });
    expect((await detail(id)).json<AdvisoryDetail>().merchant).toEqual({
      merchantId,
      merchantName: '青山县某某保健品店',
      penaltyNo: '青市监罚〔2027〕12号',
      penaltyDate: '2027-02-01',
    });
    const onPage = await merchantWarnings(t.db.db, merchantId, clock);
    expect(onPage.map((w) => w.id)).toEqual([id]);
  });

  it('HTML and script in the body are stored and answered as inert text', async () => {
    const body = '<script>alert(1)</script>\n\n<img src=x onerror=alert(2)> **注意**';
    const id = await published(content({ title: '含有标签文本的提示', body }));
    expect((await detail(id)).json<AdvisoryDetail>().body).toBe(body);
    const row = await t.db.db
      .selectFrom('advisories')
      .select('content')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(row.content).body).toBe(body);
  });

  it('a consumer is refused before anything is checked or written', async () => {
    const before = await count('advisories');
    expect((await create(consumer.token, { nonsense: true })).statusCode).toBe(403);
    expect(await count('advisories')).toBe(before);
  });
});

describe('idempotency', () => {
  it('a retried create replays the first answer', async () => {
    const headers = { ...bearer(staffA.token), 'idempotency-key': 'adv-retry-1' };
    const first = await t.app.inject({
      method: 'POST',
      url: '/api/v1/advisories',
      payload: content(),
      headers,
    });
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/advisories',
      payload: content(),
      headers,
    });
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(again.headers['idempotent-replay']).toBe('true');
  });
});

describe('staff see who wrote, published and took it down', () => {
  const manage = async (token: string, id: string) =>
    (
      await t.app.inject({ method: 'GET', url: `/api/v1/advisories/${id}/manage`, ...as(token) })
    ).json<StaffAdvisory>();
  const versionsOf = async (id: string) =>
    (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/advisories/${id}/versions`,
        ...as(staffA.token),
      })
    ).json<AdvisoryVersions>().items;

  it('names the author, the publisher, a new version’s author and who took it down', async () => {
    const id = await published(content({ title: '署名记录测试用的提示' }));
    expect(await manage(staffA.token, id)).toMatchObject({
      authorId: staffA.user.id,
      authorName: 'zhang_writer',
      publishedBy: staffB.user.id,
      publishedByName: 'li_reviewer',
    });
    const revise = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/advisories/${id}`,
      payload: content({ title: '署名记录测试用的提示（修订）' }),
      ...as(staffB.token),
    });
    expect(revise.json<StaffAdvisory>().revision).toMatchObject({
      authorId: staffB.user.id,
      authorName: 'li_reviewer',
    });
    const down = await move(staffA.token, id, { action: 'unpublish', reason: '内容需要更新' });
    expect(down.json<StaffAdvisory>()).toMatchObject({
      unpublishedBy: staffA.user.id,
      unpublishedByName: 'zhang_writer',
    });
    expect(await versionsOf(id)).toEqual([
      expect.objectContaining({ authorName: 'zhang_writer', publishedByName: 'li_reviewer' }),
    ]);
  });

  it('looks the names of a whole page up at once; the demo data is 系统初始数据', async () => {
    await seedDemoAdvisories(t.db.db, clock);
    await published(content({ title: '一页多条署名测试之一' }));
    await published(content({ title: '一页多条署名测试之二' }));
    // Reads of the accounts table per page: the same for one row as for a full page.
    const selects = jest.spyOn(t.db.db, 'selectFrom');
    const page = async (limit: number) => {
      selects.mockClear();
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/advisories/manage?status=published&limit=${limit}`,
        ...as(staffA.token),
      });
      expect(res.statusCode).toBe(200);
      const userReads = selects.mock.calls.filter(([from]) => from === 'users').length;
      return { items: res.json<StaffAdvisoryList>().items, userReads };
    };
    try {
      const one = await page(1);
      const full = await page(50);
      expect(one.items).toHaveLength(1);
      expect(one.userReads).toBeGreaterThan(0);
      expect(full.userReads).toBe(one.userReads);
      const seeded = full.items.filter((a) => a.authorId === 'seed');
      const written = full.items.filter((a) => a.authorId === staffA.user.id);
      expect(seeded.length).toBeGreaterThan(1);
      expect(written.length).toBeGreaterThan(1);
      for (const a of seeded) {
        expect(a).toMatchObject({ authorName: '系统初始数据', publishedByName: '系统初始数据' });
      }
      for (const a of written) expect(a.authorName).toBe('zhang_writer');
      expect(await versionsOf(seeded[0].id)).toEqual([
        expect.objectContaining({ authorName: '系统初始数据', publishedByName: '系统初始数据' }),
      ]);
    } finally {
      selects.mockRestore();
    }
  });
});
