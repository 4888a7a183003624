import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticleDetail, LawList, LawSearchResult, LawText } from '@api/law';
import { BUILTIN_LAWS } from '@/domain/law-vocabulary';
import { builtinLaws, LAW_TEXTS_DIR } from '../../server/src/features/law/builtin-laws';
import { loadBuiltinLaws } from '../../server/src/features/law/law-service';
import { bearer, createTestApp, loginStaff, type TestApp } from './support/app';

/** The law library (issue 17): the texts that ship, read by law, by article, and searched. */

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ env: { SEED_DEMO: 'false' } });
});
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ method: 'GET', url: `/api/v1${url}` });
const search = async (q: string, law?: string) => {
  const params = new URLSearchParams({ q, ...(law && { law }) });
  const res = await get(`/law/search?${params.toString()}`);
  expect(res.statusCode).toBe(200);
  return res.json<LawSearchResult>();
};

describe('the library list', () => {
  it('lists every built-in law whose text ships, main laws first, with counts and revisions', async () => {
    const res = await get('/law/laws');
    expect(res.statusCode).toBe(200);
    const { items } = res.json<LawList>();
    const shipped = builtinLaws().map((law) => law.key);
    expect(items.map((law) => law.key)).toEqual(
      BUILTIN_LAWS.map((law) => law.key).filter((key) => shipped.includes(key)),
    );
    expect(items[0]).toMatchObject({
      key: 'consumer-protection',
      title: '中华人民共和国消费者权益保护法',
      shortTitle: '消费者权益保护法',
      kind: '法律',
      versionDate: '2013-10-25',
      complete: true,
      origin: 'builtin',
      articleCount: 63,
      source: { url: 'https://flk.npc.gov.cn/' },
    });
    expect(items.every((law) => /^[0-9a-f]{16}$/.test(law.revision))).toBe(true);
    expect(new Set(items.map((law) => law.revision)).size).toBe(items.length);
    // The 实施条例 ships as an excerpt: the screen says 摘录 and links the whole text.
    expect(items.find((law) => law.key === 'consumer-regulation')).toMatchObject({
      complete: false,
      articleCount: 14,
      fullTextUrl: 'https://flk.npc.gov.cn/',
      versionDate: '2024-03-15',
      kind: '行政法规',
    });
  });
});

describe('a whole law', () => {
  it('answers 消保法 by chapter, with its preamble', async () => {
    const res = await get('/law/laws/consumer-protection');
    expect(res.statusCode).toBe(200);
    const law = res.json<LawText>();
    expect(law.chapters.map((c) => c.title)).toEqual([
      '第一章 总则',
      '第二章 消费者的权利',
      '第三章 经营者的义务',
      '第四章 国家对消费者合法权益的保护',
      '第五章 消费者组织',
      '第六章 争议的解决',
      '第七章 法律责任',
      '第八章 附则',
    ]);
    expect(law.preamble).toHaveLength(3);
    expect(law.preamble[0]).toMatch(/^1993年10月31日/);
    const numbers = law.chapters.flatMap((c) => c.articles.map((a) => a.no));
    expect(numbers).toEqual(Array.from({ length: 63 }, (_, i) => i + 1));
    expect(law.chapters[7].articles.at(-1)).toEqual({
      no: 63,
      label: '第六十三条',
      text: '本法自1994年1月1日起施行。',
      partial: false,
    });
  });

  it('keeps a section in its chapter title, and a law without chapters in one untitled group', async () => {
    const commerce = (await get('/law/laws/e-commerce')).json<LawText>();
    expect(commerce.chapters.map((c) => c.title)).toContain(
      '第二章 电子商务经营者 · 第一节 一般规定',
    );
    const measures = (await get('/law/laws/complaint-report-measures')).json<LawText>();
    expect(measures.chapters).toHaveLength(1);
    expect(measures.chapters[0].title).toBe('');
    expect(measures.chapters[0].articles).toHaveLength(40);
  });

  it('shows the excerpt without our notes, its cut articles marked partial', async () => {
    const law = (await get('/law/laws/consumer-regulation')).json<LawText>();
    expect(law.title).toBe('中华人民共和国消费者权益保护法实施条例');
    expect(law.preamble).toEqual(['2024年3月15日公布', '2024年7月1日起施行']);
    const articles = law.chapters.flatMap((c) => c.articles);
    expect(articles.map((a) => a.no)).toEqual([
      12, 13, 15, 18, 19, 22, 23, 27, 29, 38, 44, 46, 49, 53,
    ]);
    const text = JSON.stringify(law);
    expect(text).not.toContain('（注：');
    expect(text).not.toContain('时限对照');
    expect(text).not.toContain('Reference copy');
    expect(articles.find((a) => a.no === 13)).toMatchObject({ label: '第十三条', partial: true });
    expect(articles.find((a) => a.no === 12)).toMatchObject({ partial: false });
    expect(articles.find((a) => a.no === 19)?.text.split('\n')).toHaveLength(4);
  });

  it('answers 404 in Chinese for a law that is not there, 400 for a bad key', async () => {
    const missing = await get('/law/laws/no-such-law');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'LAW_NOT_FOUND', message: '法律法规不存在' });
    expect((await get('/law/laws/X')).statusCode).toBe(400);
  });
});

describe('an article', () => {
  it('answers 消保法 第二十五条 with its chapter and neighbours', async () => {
    const res = await get('/law/articles/consumer-protection/25');
    expect(res.statusCode).toBe(200);
    const detail = res.json<ArticleDetail>();
    expect(detail).toMatchObject({
      law: { key: 'consumer-protection', shortTitle: '消费者权益保护法', articleCount: 63 },
      chapter: '第三章 经营者的义务',
      article: { no: 25, label: '第二十五条', partial: false },
      previous: 24,
      next: 26,
    });
    // Where the app rests on it (app-uses.ts): at least the quiz cites 第二十五条.
    expect(detail.usedBy.map((use) => use.label)).toContain('识假辨假答题');
    const paragraphs = detail.article.text.split('\n');
    expect(paragraphs[0]).toMatch(/^经营者采用网络、电视、电话、邮购等方式销售商品/);
    expect(paragraphs).toHaveLength(7);
  });

  it('gives the first and last articles one neighbour, and an excerpt its own neighbours', async () => {
    const first = (await get('/law/articles/consumer-protection/1')).json<ArticleDetail>();
    expect(first.previous).toBeUndefined();
    expect(first.next).toBe(2);
    const last = (await get('/law/articles/consumer-protection/63')).json<ArticleDetail>();
    expect(last.next).toBeUndefined();
    const excerpt = (await get('/law/articles/consumer-regulation/19')).json<ArticleDetail>();
    expect(excerpt).toMatchObject({ previous: 18, next: 22, law: { complete: false } });
  });

  it('answers 404 in Chinese for an article the library does not hold', async () => {
    for (const url of [
      '/law/articles/consumer-protection/64',
      '/law/articles/consumer-regulation/14',
    ]) {
      const res = await get(url);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ code: 'ARTICLE_NOT_FOUND', message: '本条未收录' });
    }
    const noLaw = await get('/law/articles/no-such-law/1');
    expect(noLaw.json()).toMatchObject({ code: 'LAW_NOT_FOUND' });
    expect((await get('/law/articles/consumer-protection/0')).statusCode).toBe(400);
    expect((await get('/law/articles/consumer-protection/abc')).statusCode).toBe(400);
  });
});

describe('search', () => {
  it('finds 消保法 第二十五条 among the first results for 退货', async () => {
    const result = await search('退货');
    const top = result.articles.slice(0, 5).map((a) => `${a.law}#${a.no}`);
    expect(top).toContain('consumer-protection#25');
    const hit = result.articles.find((a) => a.law === 'consumer-protection' && a.no === 25);
    expect(hit).toMatchObject({ lawTitle: '消费者权益保护法', label: '第二十五条' });
    expect(hit?.snippet).toContain('退货');
    expect(hit!.snippet.length).toBeLessThanOrEqual(82);
    expect(Array.isArray(result.qa)).toBe(true);
  });

  it.each(['二十五', '25', '第二十五条'])('puts article 25 first for %s', async (q) => {
    const result = await search(q);
    expect(result.articles[0]).toMatchObject({ law: 'consumer-protection', no: 25 });
    // Every law's article 25 comes before the articles that merely mention the number.
    const numbered = result.articles.filter((a) => a.no === 25).length;
    expect(result.articles.slice(0, numbered).every((a) => a.no === 25)).toBe(true);
    expect(numbered).toBeGreaterThan(3);
  });

  it('works from one character, and says when there are more', async () => {
    const result = await search('食');
    expect(result.articles).toHaveLength(30);
    expect(result.more).toBe(true);
    expect(
      result.articles.every((a) => a.snippet.includes('食') || a.lawTitle.includes('食')),
    ).toBe(true);
  });

  it('searches one law when asked, and finds a law by its title', async () => {
    const result = await search('退货', 'car-warranty');
    expect(result.articles.length).toBeGreaterThan(0);
    expect(result.articles.every((a) => a.law === 'car-warranty')).toBe(true);
    const byTitle = await search('价格法', 'price');
    expect(byTitle.articles[0]).toMatchObject({ law: 'price', no: 1 });
  });

  it('finds published 问答 cards beside the articles, not the unpublished ones', async () => {
    const staff = await loginStaff(t, 'staff');
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/law/qa/manage?status=submitted&limit=50',
      headers: bearer(staff.token),
    });
    const card = list
      .json<{ items: Array<{ id: string; content: { question: string } }> }>()
      .items.find((c) => c.content.question.includes('假货'));
    expect(card).toBeDefined();
    expect((await search('假货')).qa.map((q) => q.id)).not.toContain(card!.id);
    const published = await t.app.inject({
      method: 'POST',
      url: `/api/v1/law/qa/${card!.id}/transitions`,
      headers: bearer(staff.token),
      payload: { action: 'publish' },
    });
    expect(published.statusCode).toBe(200);
    const found = await search('假货');
    expect(found.qa).toContainEqual({
      id: card!.id,
      question: card!.content.question,
      topic: expect.any(String),
    });
    // One law's search is about its articles only.
    expect((await search('假货', 'consumer-protection')).qa).toEqual([]);
  });

  it('finds nothing for words no article has', async () => {
    const result = await search('量子计算机');
    expect(result).toEqual({ articles: [], more: false, qa: [] });
  });

  it('refuses 41 characters and a blank query with a Chinese message', async () => {
    const long = await get(`/law/search?q=${encodeURIComponent('退'.repeat(41))}`);
    expect(long.statusCode).toBe(400);
    expect(long.json<{ message: string }>().message).toMatch(/[\u4e00-\u9fa5]/);
    const blank = await get(`/law/search?q=${encodeURIComponent('  ')}`);
    expect(blank.statusCode).toBe(400);
    expect(blank.json()).toMatchObject({ fields: { q: '请输入要搜索的字词' } });
    expect((await get('/law/search')).statusCode).toBe(400);
  });
});

describe('loading the texts that ship', () => {
  const at = new Date('2027-01-01T00:00:00Z');

  it('changes nothing when loaded again', async () => {
    const before = await t.db.db.selectFrom('laws').select(['key', 'updated_at']).execute();
    expect(await loadBuiltinLaws(t.db.db, at)).toEqual([]);
    const after = await t.db.db.selectFrom('laws').select(['key', 'updated_at']).execute();
    expect(after).toEqual(before);
  });

  it('replaces a law whose file changed, in place of the old text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'law-texts-'));
    try {
      cpSync(LAW_TEXTS_DIR, dir, { recursive: true });
      const file = join(dir, 'price.md');
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, text.replace(/\n第四十八条 [^\n]*/, '\n第四十八条 测试用的改动。'));
      const old = (await get('/law/laws/price')).json<LawText>();

      expect(await loadBuiltinLaws(t.db.db, at, builtinLaws(dir))).toEqual(['price']);
      const changed = (await get('/law/laws/price')).json<LawText>();
      expect(changed.revision).not.toBe(old.revision);
      expect(changed.articleCount).toBe(old.articleCount);
      const detail = (await get('/law/articles/price/48')).json<ArticleDetail>();
      expect(detail.article.text).toBe('测试用的改动。');
      expect((await search('测试用的改动')).articles).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // The shipped file again: the law as it was.
    expect(await loadBuiltinLaws(t.db.db, at)).toEqual(['price']);
    expect((await search('测试用的改动')).articles).toHaveLength(0);
  });
});
