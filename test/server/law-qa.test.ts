import type { QaCard, QaCreated, QaList, StaffQa, StaffQaList } from '@api/law';
import { publishedQaCiting, searchPublishedQa } from '../../server/src/features/law/qa-repository';
import { QA_SEED } from '../../server/src/features/law/qa-seed';
import { seedQaCards } from '../../server/src/features/law/qa-seeding';
import { bearer, createTestApp, loginConsumer, loginStaff, type TestApp } from './support/app';
import { qaClient, qaContent, QA_FIXTURE } from './support/law-qa';

let clock = new Date('2027-03-10T02:00:00.000Z');
let t: TestApp;
let writer: { token: string; user: { id: string } };
let reviewer: { token: string; user: { id: string } };
let qa: ReturnType<typeof qaClient>;

beforeAll(async () => {
  t = await createTestApp({ env: { SEED_DEMO: 'false' }, now: () => clock });
  writer = await loginStaff(t, 'staff', 'qa_writer');
  reviewer = await loginStaff(t, 'staff', 'qa_reviewer');
  qa = qaClient(t);
});
afterAll(() => t.close());

const tick = () => {
  clock = new Date(clock.getTime() + 60_000);
};

const publicList = async (query = '') => {
  const res = await t.app.inject({ method: 'GET', url: `/api/v1/law/qa${query}` });
  expect(res.statusCode).toBe(200);
  return res.json<QaList>();
};

describe('the public list and card', () => {
  it('lists only published cards, newest first, by topic, with labelled citations', async () => {
    const older = await qa.cardAt('published', writer.token, reviewer.token);
    tick();
    const fake = await qa.cardAt(
      'published',
      writer.token,
      reviewer.token,
      qaContent({
        topic: '假货赔偿',
        question: '买到假货，能要求几倍赔偿？',
        citations: [
          { law: 'consumer-protection', no: 55 },
          { law: 'consumer-protection', no: 24 },
        ],
      }),
    );
    tick();
    const hidden = await Promise.all(
      (['draft', 'submitted', 'unpublished'] as const).map((stage) =>
        qa.cardAt(stage, writer.token, reviewer.token),
      ),
    );

    const all = (await publicList()).items.map((c) => c.id);
    expect(all.indexOf(fake)).toBeLessThan(all.indexOf(older));
    expect(all).toEqual(expect.arrayContaining([older, fake]));
    hidden.forEach((id) => expect(all).not.toContain(id));

    const byTopic = await publicList(`?topic=${encodeURIComponent('假货赔偿')}`);
    expect(byTopic.items.map((c) => c.id)).toEqual([fake]);
    expect(byTopic.items[0]).toMatchObject({
      topic: '假货赔偿',
      version: 1,
      citations: [
        {
          law: 'consumer-protection',
          no: 55,
          lawTitle: '中华人民共和国消费者权益保护法',
          label: '第五十五条',
        },
        { law: 'consumer-protection', no: 24, label: '第二十四条' },
      ],
    });
  });

  it('a draft, a submitted and an unpublished card are 404 publicly; a published one reads', async () => {
    for (const stage of ['draft', 'submitted', 'unpublished'] as const) {
      const id = await qa.cardAt(stage, writer.token, reviewer.token);
      const res = await qa.card(id);
      expect({ stage, status: res.statusCode }).toEqual({ stage, status: 404 });
      expect(res.json()).toMatchObject({ code: 'QA_NOT_FOUND', message: '问答不存在' });
    }
    expect((await qa.card('01NOSUCHCARD0000000000000')).statusCode).toBe(404);
    const id = await qa.cardAt('published', writer.token, reviewer.token);
    const res = await qa.card(id);
    expect(res.statusCode).toBe(200);
    expect(res.json<QaCard>()).toMatchObject({
      id,
      question: qaContent().question,
      answer: qaContent().answer,
      citations: [{ law: 'consumer-protection', no: 25, label: '第二十五条' }],
    });
  });

  it('pages with a cursor without repeating a card', async () => {
    const first = await publicList('?limit=2');
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toBeTruthy();
    const second = await publicList(`?limit=2&cursor=${first.nextCursor}`);
    const ids = [...first.items, ...second.items].map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('citations and content', () => {
  it('a citation the library lacks is refused on the field, nothing written', async () => {
    const before = await t.db.db
      .selectFrom('law_qa')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const res = await qa.create(
      writer.token,
      qaContent({
        citations: [
          { law: 'consumer-protection', no: 25 },
          { law: 'consumer-protection', no: 999 },
        ],
      }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual({
      citations: '引用的条文未收录：《消费者权益保护法》第九百九十九条',
    });
    const after = await t.db.db
      .selectFrom('law_qa')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));

    // An editing that cites a missing article is refused the same way.
    const id = await qa.cardAt('draft', writer.token, reviewer.token);
    const edit = await qa.edit(
      writer.token,
      id,
      qaContent({ citations: [{ law: 'price', no: 9999 }] }),
    );
    expect(edit.statusCode).toBe(400);
    expect(edit.json().fields.citations).toMatch(/^引用的条文未收录：《价格法》第九千九百九十九条/);
  });

  it('an imported law counts: its articles may be cited, a missing one is named by its title', async () => {
    const key = 'test-province-regulation';
    const imported = await t.app.inject({
      method: 'POST',
      url: '/api/v1/law/imports',
      headers: bearer(writer.token),
      payload: {
        key,
        kind: '地方性法规',
        shortTitle: '测试省消费者权益保护条例',
        versionDate: '2026-01-01',
        complete: true,
        source: { name: '测试来源', url: 'https://example.org/source' },
        fullTextUrl: 'https://example.org/full',
        markdown: '# 测试省消费者权益保护条例\n\n第一条 测试用的条文，不是真实法规。\n',
      },
    });
    expect(imported.statusCode).toBe(201);
    const ok = await qa.create(writer.token, qaContent({ citations: [{ law: key, no: 1 }] }));
    expect(ok.statusCode).toBe(201);
    const missing = await qa.create(writer.token, qaContent({ citations: [{ law: key, no: 2 }] }));
    expect(missing.statusCode).toBe(400);
    expect(missing.json().fields).toEqual({
      citations: '引用的条文未收录：《测试省消费者权益保护条例》第二条',
    });
  });

  it('bad input is a 400 on its field, never a 500', async () => {
    const cases: [object, string][] = [
      [qaContent({ question: '      短      ' }), 'question'],
      [qaContent({ citations: [] }), 'citations'],
      [{ ...qaContent(), topic: '不存在的主题' }, 'topic'],
      [qaContent({ answer: `${' '.repeat(30)}太短` }), 'answer'],
    ];
    for (const [body, field] of cases) {
      const res = await qa.create(writer.token, body);
      expect({ field, status: res.statusCode }).toEqual({ field, status: 400 });
      expect(Object.keys(res.json().fields ?? {})).toContain(field);
    }
  });

  it('stores the content trimmed and each article once', async () => {
    const res = await qa.create(
      writer.token,
      qaContent({
        question: '  网上买的衣服不合适，能退吗？ ',
        answer: '  第一段：七日内可以无理由退货。\r\n\r\n\n  第二段：商品要完好，定作的除外。  \n',
        citations: [
          { law: 'consumer-protection', no: 25 },
          { law: 'consumer-protection', no: 25 },
        ],
      }),
    );
    const { id } = res.json<QaCreated>();
    const staff = (await qa.manage(writer.token, id)).json<StaffQa>();
    expect(staff.content.question).toBe('网上买的衣服不合适，能退吗？');
    expect(staff.content.answer).toBe(
      '第一段：七日内可以无理由退货。\n第二段：商品要完好，定作的除外。',
    );
    expect(staff.content.citations).toEqual([{ law: 'consumer-protection', no: 25 }]);
  });

  it('a consumer can neither write nor read the staff views', async () => {
    const consumer = await loginConsumer(t.app);
    expect((await qa.create(consumer.token)).statusCode).toBe(403);
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/law/qa/manage',
      headers: bearer(consumer.token),
    });
    expect(list.statusCode).toBe(403);
  });
});

describe('searchPublishedQa and publishedQaCiting', () => {
  it('find published cards only, by their words and by the articles they cite', async () => {
    const published = await qa.cardAt(
      'published',
      writer.token,
      reviewer.token,
      qaContent({
        topic: '预付卡',
        question: '健身房办的预付卡跑路了怎么办？',
        answer:
          '先保存好合同和付款记录，向商家所在地的市场监管部门投诉，也可以拨打12315，预付款可以要求退还。',
        citations: [{ law: 'consumer-protection', no: 24 }],
      }),
    );
    const draft = await qa.cardAt(
      'submitted',
      writer.token,
      reviewer.token,
      qaContent({
        question: '健身房预付卡草稿问题？',
        citations: [{ law: 'consumer-protection', no: 24 }],
      }),
    );
    const found = await searchPublishedQa(t.db.db, '健身房');
    expect(found).toEqual([
      { id: published, question: '健身房办的预付卡跑路了怎么办？', topic: '预付卡' },
    ]);
    expect((await searchPublishedQa(t.db.db, '12315')).map((c) => c.id)).toContain(published);
    expect(await searchPublishedQa(t.db.db, '100%')).toEqual([]);
    expect(await searchPublishedQa(t.db.db, '  ')).toEqual([]);

    const citing = await publishedQaCiting(t.db.db, 'consumer-protection', 24);
    expect(citing.map((c) => c.id)).toContain(published);
    expect(citing.map((c) => c.id)).not.toContain(draft);
    expect(citing.find((c) => c.id === published)).toEqual({
      id: published,
      question: '健身房办的预付卡跑路了怎么办？',
    });

    // Taken down: gone from both.
    const down = await qa.move(reviewer.token, published, {
      action: 'unpublish',
      reason: '已过时',
    });
    expect(down.statusCode).toBe(200);
    expect(await searchPublishedQa(t.db.db, '健身房')).toEqual([]);
    expect(
      (await publishedQaCiting(t.db.db, 'consumer-protection', 24)).map((c) => c.id),
    ).not.toContain(published);
  });
});

describe('the shipped cards', () => {
  const seededRows = () =>
    t.db.db.selectFrom('law_qa').select(['id', 'seed_key', 'author_id', 'status']).execute();

  it('are all in at start, 待审核 by 系统预置; seeding again inserts nothing', async () => {
    const rows = (await seededRows()).filter((r) => r.seed_key !== null);
    expect(rows.map((r) => r.seed_key).sort()).toEqual(QA_SEED.map((c) => c.key).sort());
    rows.forEach((r) => expect(r).toMatchObject({ status: 'submitted', author_id: null }));
    // Nothing left out for an article the library lacks, and nothing added twice.
    expect(await seedQaCards(t.db.db, QA_SEED, clock)).toEqual({ inserted: [], unresolved: {} });

    const list = await t.app.inject({
      method: 'GET',
      url: `/api/v1/law/qa/manage?status=submitted&topic=${encodeURIComponent('食品')}`,
      headers: bearer(writer.token),
    });
    const items = list.json<StaffQaList>().items;
    expect(items.length).toBeGreaterThan(0);
    items.forEach((card) => {
      expect(card).toMatchObject({ status: 'submitted', authorName: '系统预置' });
      expect(card.content.topic).toBe('食品');
      expect(card.authorId).toBeUndefined();
    });
  });

  it('enter once by key, and any staff member may publish them', async () => {
    const first = await seedQaCards(t.db.db, QA_FIXTURE, clock);
    expect(first).toEqual({ inserted: QA_FIXTURE.map((c) => c.key), unresolved: {} });
    const count = (await seededRows()).length;
    expect(await seedQaCards(t.db.db, QA_FIXTURE, clock)).toEqual({ inserted: [], unresolved: {} });
    expect(await seededRows()).toHaveLength(count);

    const ids = (await seededRows())
      .filter((r) => QA_FIXTURE.some((c) => c.key === r.seed_key))
      .map((r) => r.id);
    // Each of the two staff members publishes one: neither wrote them.
    for (const [i, id] of ids.entries()) {
      const pub = await qa.move([writer, reviewer][i].token, id, { action: 'publish' });
      expect(pub.statusCode).toBe(200);
      expect(pub.json<StaffQa>()).toMatchObject({ status: 'published', authorName: '系统预置' });
      expect((await qa.card(id)).statusCode).toBe(200);
    }
    // Published now: seeding again leaves them as they are.
    await seedQaCards(t.db.db, QA_FIXTURE, clock);
    expect((await qa.manage(writer.token, ids[0])).json<StaffQa>().status).toBe('published');
  });

  it('a shipped card citing an article the library lacks is left out and reported', async () => {
    const bad = {
      ...QA_FIXTURE[0],
      key: 'fixture-missing',
      citations: [{ law: 'price', no: 9999 }],
    };
    const result = await seedQaCards(t.db.db, [bad], clock);
    expect(result).toEqual({
      inserted: [],
      unresolved: { 'fixture-missing': ['《价格法》第九千九百九十九条'] },
    });
    expect((await seededRows()).map((r) => r.seed_key)).not.toContain('fixture-missing');
  });
});
