import type { Session } from '@api/auth';
import type { MyTip, TipPage, TipReportPage } from '@api/tips';
import { sql } from 'kysely';
import { FEW_HITS } from '../../server/src/features/tips/tips-repository';
import { bearer, createTestApp, loginStaff, type TestApp } from './support/app';

/**
 * The public tip search (SQLite: FTS5 trigram for 3+ characters, LIKE below; PostgreSQL: ILIKE)
 * finds exactly the published tips whose title or body contains the query, in any case, whatever
 * characters the query holds.
 */
let t: TestApp;
let staff: { token: string };
let n = 0;

const as = (token: string) => ({ headers: bearer(token) });

const login = async (): Promise<Session> => {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/dev',
    payload: { openid: `tip_search_${++n}`, nickname: '李小华' },
  });
  return res.json<Session>();
};

/** A tip of a fresh author (one each: the daily limit), still pending. */
async function submit(title: string, body: string): Promise<{ tip: MyTip; author: Session }> {
  const author = await login();
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/tips',
    payload: { title, body, category: '预付式消费' },
    ...as(author.token),
  });
  expect(res.statusCode).toBe(201);
  return { tip: res.json<MyTip>(), author };
}

async function moderate(id: string, payload: object): Promise<void> {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/tips/${id}/moderation`,
    payload,
    ...as(staff.token),
  });
  expect(res.statusCode).toBe(200);
}

/** Every page of the public search, in order. */
async function search(q: string, { limit = 3, category = '' } = {}): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  const filters = `limit=${limit}&q=${encodeURIComponent(q)}${category && `&category=${encodeURIComponent(category)}`}`;
  do {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/tips?${filters}${cursor ? `&cursor=${cursor}` : ''}`,
    });
    expect(res.statusCode).toBe(200);
    const page = res.json<TipPage>();
    ids.push(...page.items.map((i) => i.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return ids;
}

type Searchable = Pick<MyTip, 'id' | 'title' | 'body' | 'category'>;
/** Published, in the order they were published (the list is newest first). */
const visible: Searchable[] = [];
const invisible: MyTip[] = [];

/** The rule itself: the title or the body contains the trimmed query, in any case. */
const expected = (q: string, category?: string) => {
  const needle = q.trim().toLowerCase();
  return visible
    .filter((tip) => [tip.title, tip.body].some((s) => s.toLowerCase().includes(needle)))
    .filter((tip) => !category || tip.category === category)
    .map((tip) => tip.id)
    .reverse();
};

const PUBLIC: [string, string][] = [
  ['预付卡办理要谨慎', '办理健身预付卡前先看清合同条款，保留好收据。'],
  ['KTV Party 最低消费', '包厢最低消费 Minimum Charge 须事先明示，遇到强制消费可投诉。'],
  ['警惕"买一送一"', '所谓"买一送一"往往附带条件，看清活动规则再下单。'],
  [
    'FTS 运算符 AND OR NOT',
    '文字 a AND b、col:value、^开头、-减号、*星号、NEAR(x y) 都是普通文字。',
  ],
  ['百分号与下划线', '优惠100%真实，编号a_b与反斜杠C:\\path都按原样匹配。'],
  ['Crème Brûlée 甜品', '进口甜品 CRÈME 标签须有中文说明，购买时留意。'],
  ['电动车充电安全', '请勿在楼道内为电动车充电，选择正规充电桩更安全。'],
];

beforeAll(async () => {
  t = await createTestApp({ env: { SEED_DEMO: 'false' } });
  staff = await loginStaff(t);
  for (const [title, body] of PUBLIC) {
    const { tip } = await submit(title, body);
    await moderate(tip.id, { decision: 'approve' });
    visible.push(tip);
  }
  // Never public: pending, rejected, withdrawn and hidden, all about 预付卡 and KTV.
  const pending = await submit('预付卡待审核', '待审核的预付卡 KTV 内容不应被找到。');
  const rejected = await submit('预付卡未通过', '未通过的预付卡 KTV 内容不应被找到。');
  await moderate(rejected.tip.id, { decision: 'reject', reason: '含广告或推广' });
  const withdrawn = await submit('预付卡已撤回', '已撤回的预付卡 KTV 内容不应被找到。');
  await moderate(withdrawn.tip.id, { decision: 'approve' });
  const back = await t.app.inject({
    method: 'POST',
    url: `/api/v1/tips/${withdrawn.tip.id}/withdrawal`,
    ...as(withdrawn.author.token),
  });
  expect(back.statusCode).toBe(200);
  const hidden = await submit('预付卡已屏蔽', '已屏蔽的预付卡 KTV 内容不应被找到。');
  await moderate(hidden.tip.id, { decision: 'approve' });
  await hide(hidden.tip.id);
  invisible.push(pending.tip, rejected.tip, withdrawn.tip, hidden.tip);
});
afterAll(() => t.close());

/** Reported by a reader, then hidden by staff. */
async function hide(tipId: string): Promise<void> {
  const reader = await login();
  const report = await t.app.inject({
    method: 'POST',
    url: `/api/v1/tips/${tipId}/reports`,
    payload: { reason: '虚假信息' },
    ...as(reader.token),
  });
  expect(report.statusCode).toBe(201);
  const queue = await t.app.inject({
    method: 'GET',
    url: '/api/v1/tip-reports',
    ...as(staff.token),
  });
  const open = queue.json<TipReportPage>().items.find((r) => r.tip.id === tipId);
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/tip-reports/${open?.id}/resolution`,
    payload: { action: 'hide' },
    ...as(staff.token),
  });
  expect(res.statusCode).toBe(200);
}

describe('tip search', () => {
  it.each([
    ['1 character, Chinese', '卡'],
    ['1 character, Latin in the other case', 'k'],
    ['2 characters', '预付'],
    ['2 characters, mixed case', 'tV'],
    ['3+ characters, Chinese', '预付卡'],
    ['3+ characters, Latin upper case', 'PARTY'],
    ['3+ characters, Latin lower case', 'minimum charge'],
    ['3+ characters, non-ASCII case', 'crème brûlée'],
    ['surrounding spaces trimmed', '  充电桩  '],
    ['no match', '直升机停机坪'],
  ])('%s: %j finds exactly the published tips containing it', async (_, q) => {
    const found = await search(q);
    expect(found).toEqual(expected(q));
    if (q !== '直升机停机坪') expect(found.length).toBeGreaterThan(0);
  });

  it('does not join the title and the body into one text', async () => {
    // "谨慎" ends the first title and "办理" starts its body: no tip has "谨慎办理".
    expect(await search('谨慎办理')).toEqual([]);
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
    "'; drop table tips; --",
  ])('quotes, FTS operators and LIKE wildcards are plain text: %j', async (q) => {
    const found = await search(q);
    expect(found).toEqual(expected(q));
    // Every one of them is in some tip's text but these two.
    if (!['""', "'; drop table tips; --"].includes(q)) expect(found.length).toBeGreaterThan(0);
  });

  it('never finds pending, rejected, withdrawn or hidden tips', async () => {
    for (const q of ['预付卡', '预付', 'KTV', '内容不应被找到']) {
      const found = await search(q);
      for (const tip of invisible) expect(found).not.toContain(tip.id);
    }
    expect(await search('不应被找到')).toEqual([]);
  });

  it('still finds every tip after the database is compacted (VACUUM)', async () => {
    // SQLite may renumber implicit row ids on VACUUM; the search index is keyed on seq instead.
    await sql`VACUUM`.execute(t.db.db);
    for (const q of ['预付卡', 'party', '充电桩', '买一送一']) {
      expect(await search(q)).toEqual(expected(q));
    }
  });

  it('pages through a common word with more hits than the few read at once', async () => {
    // Many hits take the other way through the index (walking the list in order): same rows.
    const author = await login();
    const start = Date.now() + 3600_000;
    const rows = Array.from({ length: FEW_HITS + 60 }, (_, i) => {
      const at = new Date(start + i * 1000).toISOString();
      const category = i % 3 === 0 ? '食品' : '预付式消费';
      return {
        id: `bulk${String(i).padStart(5, '0')}`,
        title: i % 2 ? `常见词汇批量贴士${i}` : `批量贴士${i}`,
        body: i % 2 ? `第${i}条正文` : `第${i}条正文提到常见词汇`,
        body_key: `bulk${i}`,
        category,
        photos: '[]',
        status: i % 50 === 7 ? ('hidden' as const) : ('published' as const),
        sec_check: 'pass' as const,
        author_id: author.user.id,
        created_at: at,
        updated_at: at,
        published_at: at,
      };
    });
    await t.db.db.insertInto('tips').values(rows).execute();
    for (const r of rows) if (r.status === 'published') visible.push(r);

    expect(expected('常见词汇').length).toBeGreaterThan(FEW_HITS);
    expect(await search('常见词汇', { limit: 50 })).toEqual(expected('常见词汇'));
    expect(await search('常见词汇', { limit: 50, category: '食品' })).toEqual(
      expected('常见词汇', '食品'),
    );
    expect(await search('批量贴士5', { limit: 50 })).toEqual(expected('批量贴士5'));
  });
});
