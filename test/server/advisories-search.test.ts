import type { AdvisoryContent, AdvisoryCreated, AdvisoryList } from '@api/advisories';
import { sql } from 'kysely';
import { FEW_HITS } from '../../server/src/features/advisories/advisories-repository';
import { searchText } from '../../server/src/features/advisories/advisory-rules';
import { bearer, createTestApp, loginStaff, type TestApp } from './support/app';

/**
 * The public advisory search (SQLite: FTS5 trigram for 3+ characters, LIKE below; PostgreSQL:
 * LIKE on the lower-cased search text) finds exactly the public advisories whose title or body
 * contains the query, in any case, whatever characters the query holds.
 */
let clock = new Date('2027-05-01T02:00:00.000Z');
let t: TestApp;
let author: { token: string };
let reviewer: { token: string };
let key = 0;

const as = (token: string) => ({ headers: bearer(token) });

const content = (title: string, body: string): AdvisoryContent => ({
  kind: '提示',
  title,
  body,
  images: [],
  category: '预付式消费',
  issuer: '青山县市场监督管理局',
  legalBasis: [{ law: '消费者权益保护法', article: '第五十三条' }],
  action: { kind: 'call-12315' },
});

const move = async (token: string, id: string, payload: object) => {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/advisories/${id}/transitions`,
    payload,
    ...as(token),
  });
  expect(res.statusCode).toBe(200);
};

async function draft(body: AdvisoryContent): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/advisories',
    payload: body,
    headers: { ...bearer(author.token), 'idempotency-key': `search-${key++}` },
  });
  expect(res.statusCode).toBe(201);
  return res.json<AdvisoryCreated>().id;
}

async function publish(id: string, publishAt?: string): Promise<void> {
  await move(author.token, id, { action: 'submit' });
  await move(reviewer.token, id, { action: 'publish', ...(publishAt && { publishAt }) });
}

/** Every page of the public search, in order. */
async function search(q: string, { limit = 3, category = '' } = {}): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  const filters = `limit=${limit}&q=${encodeURIComponent(q)}${category && `&category=${encodeURIComponent(category)}`}`;
  do {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/advisories?${filters}${cursor ? `&cursor=${cursor}` : ''}`,
    });
    expect(res.statusCode).toBe(200);
    const page = res.json<AdvisoryList>();
    ids.push(...page.items.map((a) => a.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return ids;
}

/** What the public may find, newest first, with the text the search looks in. */
const visible: { id: string; text: string; category?: string }[] = [];
/** What the public must never find. */
const invisible: { id: string; text: string }[] = [];

/** The rule itself: the title or body contains the trimmed query, in any case. */
const expected = (q: string, category?: string) =>
  visible
    .filter((a) => a.text.toLowerCase().includes(q.trim().toLowerCase()))
    .filter((a) => !category || a.category === category)
    .map((a) => a.id)
    .reverse();

const PUBLIC: [string, string][] = [
  ['预付卡消费提示', '办理预付卡前请看清合同条款，保留好票据。'],
  ['KTV Party 消费提示', '包厢最低消费 Minimum Charge 须事先明示，不得强制。'],
  ['警惕"买一送一"促销', '所谓"买一送一"往往附带条件，请看清活动规则再下单。'],
  [
    'FTS 运算符 AND OR NOT 提示',
    '文字 a AND b、col:value、^开头、-减号、*星号、NEAR(x y) 都是普通文字。',
  ],
  ['百分号与下划线提示', '优惠100%真实，编号a_b与反斜杠C:\\path都按原样匹配。'],
  ['Crème Brûlée 甜品提示', '进口甜品 CRÈME 标签须有中文说明。'],
  ['电动车充电安全提示', '请勿在楼道内为电动车充电，选择正规充电桩。'],
];

beforeAll(async () => {
  t = await createTestApp({ env: { SEED_DEMO: 'false' }, now: () => clock });
  author = await loginStaff(t);
  reviewer = await loginStaff(t);
  for (const [title, body] of PUBLIC) {
    clock = new Date(clock.getTime() + 60_000);
    const id = await draft(content(title, body));
    await publish(id);
    visible.push({ id, text: `${title}\n${body}` });
  }
  // Never public: a draft, an unpublished one and one scheduled for tomorrow, all about 预付卡.
  const hiddenTexts: [string, string][] = [
    ['预付卡草稿提示', '草稿里的预付卡 KTV 内容不应被找到。'],
    ['预付卡已下架提示', '已下架的预付卡 KTV 内容不应被找到。'],
    ['预付卡定时提示', '定时发布的预付卡 KTV 内容尚未公开。'],
  ];
  const [drafted, withdrawn, scheduled] = await Promise.all(
    hiddenTexts.map(([title, body]) => draft(content(title, body))),
  );
  await publish(withdrawn);
  await move(reviewer.token, withdrawn, { action: 'unpublish', reason: '情况已变化' });
  await publish(scheduled, new Date(clock.getTime() + 24 * 3600_000).toISOString());
  for (const [i, id] of [drafted, withdrawn, scheduled].entries()) {
    invisible.push({ id, text: hiddenTexts[i].join('\n') });
  }
});
afterAll(() => t.close());

describe('advisory search', () => {
  it.each([
    ['1 character, Chinese', '卡'],
    ['1 character, Latin in the other case', 'k'],
    ['2 characters', '预付'],
    ['2 characters, mixed case', 'tV'],
    ['3+ characters, Chinese', '预付卡'],
    ['3+ characters, Latin upper case', 'PARTY'],
    ['3+ characters, Latin lower case', 'minimum charge'],
    ['3+ characters, non-ASCII case', 'crème brûlée'],
    ['across title and body words', '提示\n办理'],
    ['surrounding spaces trimmed', '  充电桩  '],
    ['no match', '直升机停机坪'],
  ])('%s: %j finds exactly the public advisories containing it', async (_, q) => {
    const found = await search(q);
    expect(found).toEqual(expected(q));
    if (q !== '直升机停机坪') expect(found.length).toBeGreaterThan(0);
  });

  it.each([
    '"',
    '""',
    '"买一送一"',
    '买一送一"',
    'AND',
    'a AND b',
    'OR NOT',
    'col:value',
    '^开头',
    '-减号',
    '*',
    '*星号',
    'NEAR(x y)',
    '(',
    '100%',
    '%',
    '_',
    'a_b',
    '\\',
    'C:\\path',
    "'; drop table advisories; --",
  ])('quotes, FTS operators and LIKE wildcards are plain text: %j', async (q) => {
    const found = await search(q);
    expect(found).toEqual(expected(q));
    // Every one of them is in some advisory's text but these two.
    if (!['""', "'; drop table advisories; --"].includes(q))
      expect(found.length).toBeGreaterThan(0);
  });

  it('never finds drafts, unpublished or scheduled advisories', async () => {
    for (const q of ['预付卡', '预付', 'KTV', '内容不应被找到', '尚未公开']) {
      const found = await search(q);
      for (const a of invisible) expect(found).not.toContain(a.id);
    }
    expect(await search('不应被找到')).toEqual([]);
  });

  it('finds an edited advisory by the words of its published version only', async () => {
    clock = new Date(clock.getTime() + 60_000);
    const id = await draft(content('燃气热水器旧版提示', '旧版正文提到液化气钢瓶。'));
    await publish(id);
    expect(await search('液化气钢瓶')).toEqual([id]);

    const revise = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/advisories/${id}`,
      payload: content('燃气热水器新版提示', '新版正文改谈天然气管道 Safety Valve。'),
      ...as(author.token),
    });
    expect(revise.statusCode).toBe(200);
    // A pending revision is not public yet: the published words still find it, the new do not.
    expect(await search('液化气钢瓶')).toEqual([id]);
    expect(await search('天然气管道')).toEqual([]);

    await move(author.token, id, { action: 'submit' });
    await move(reviewer.token, id, { action: 'publish' });
    for (const q of ['液化气钢瓶', '旧版', '旧']) expect(await search(q)).not.toContain(id);
    for (const q of ['天然气管道', 'safety VALVE', '新版', '新']) {
      expect(await search(q)).toContain(id);
    }
  });

  it('still finds every advisory after the database is compacted (VACUUM)', async () => {
    // SQLite may renumber implicit row ids on VACUUM; the search index is keyed on seq instead.
    await sql`VACUUM`.execute(t.db.db);
    for (const q of ['预付卡', 'party', '充电桩', '买一送一']) {
      expect(await search(q)).toEqual(expected(q));
    }
  });

  it('pages through a common word with more hits than the few read at once', async () => {
    // Many hits take the other way through the index (walking the list in order): same rows.
    const start = clock.getTime();
    clock = new Date(start + 3600_000);
    const rows = Array.from({ length: FEW_HITS + 60 }, (_, i) => {
      const at = new Date(start + (i + 1) * 1000).toISOString();
      const body = content(
        i % 2 ? `常见词汇批量提示${i}` : `批量提示${i}`,
        i % 2 ? `第${i}条正文内容` : `第${i}条正文提到常见词汇`,
      );
      const category = i % 3 === 0 ? '食品' : body.category;
      return {
        id: `bulk${String(i).padStart(5, '0')}`,
        status: i % 50 === 7 ? ('unpublished' as const) : ('published' as const),
        version: 1,
        kind: body.kind,
        title: body.title,
        category,
        search_text: searchText(body),
        content: JSON.stringify({ ...body, category }),
        author_id: 'bulk-author',
        created_at: at,
        updated_at: at,
        publish_at: at,
      };
    });
    await t.db.db.insertInto('advisories').values(rows).execute();
    for (const r of rows) {
      if (r.status === 'published')
        visible.push({ id: r.id, text: r.search_text, category: r.category });
    }

    expect(expected('常见词汇').length).toBeGreaterThan(FEW_HITS);
    expect(await search('常见词汇', { limit: 50 })).toEqual(expected('常见词汇'));
    expect(await search('常见词汇', { limit: 50, category: '食品' })).toEqual(
      expected('常见词汇', '食品'),
    );
    expect(await search('批量提示5', { limit: 50 })).toEqual(expected('批量提示5'));
  });
});
