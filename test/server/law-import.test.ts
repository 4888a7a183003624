import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { ArticleDetail, LawImportBody, LawList, LawSearchResult, LawSummary } from '@api/law';
import { LAW_TEXTS_DIR } from '../../server/src/features/law/builtin-laws';
import { runLawImport } from '../../server/src/features/law/law-import-service';
import { bearer, createTestApp, loginConsumer, loginStaff, type TestApp } from './support/app';

/**
 * A county's law imported by staff (POST /law/imports) or the admin CLI. The fixture is a
 * shipped text (价格法) under another key and kind, so no legal text is made up here.
 */

let t: TestApp;
let staff: { token: string; user: { id: string } };

beforeAll(async () => {
  t = await createTestApp({ env: { SEED_DEMO: 'false' } });
  staff = await loginStaff(t, 'staff');
});
afterAll(() => t.close());

const PRICE = readFileSync(join(LAW_TEXTS_DIR, 'price.md'), 'utf8');

const body = (over: Partial<LawImportBody> = {}): LawImportBody => ({
  key: 'fj-price-test',
  kind: '地方性法规',
  shortTitle: '价格测试条例',
  versionDate: '1997-12-29',
  complete: true,
  source: { name: '国家法律法规数据库', url: 'https://flk.npc.gov.cn/' },
  fullTextUrl: 'https://flk.npc.gov.cn/',
  markdown: PRICE.replace('# 中华人民共和国价格法', '# 某某省价格测试条例'),
  ...over,
});

const post = (payload: unknown, token = staff.token) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/law/imports',
    headers: bearer(token),
    payload: payload as object,
  });
const get = (url: string) => t.app.inject({ method: 'GET', url: `/api/v1${url}` });
const audits = (key: string) =>
  t.db.db
    .selectFrom('audit_log')
    .selectAll()
    .where('target_type', '=', 'law')
    .where('target_id', '=', key)
    .orderBy('created_at')
    .execute();

describe('POST /law/imports', () => {
  it('imports a law that then lists, shows and searches as imported', async () => {
    const res = await post(body());
    expect(res.statusCode).toBe(201);
    const summary = res.json<LawSummary>();
    expect(summary).toMatchObject({
      key: 'fj-price-test',
      title: '某某省价格测试条例',
      shortTitle: '价格测试条例',
      kind: '地方性法规',
      origin: 'imported',
      complete: true,
      articleCount: 48,
    });
    expect(summary.revision).toMatch(/^[0-9a-f]{16}$/);

    const { items } = (await get('/law/laws')).json<LawList>();
    expect(items.at(-1)).toMatchObject({ key: 'fj-price-test', origin: 'imported' });

    const article = (await get('/law/articles/fj-price-test/13')).json<ArticleDetail>();
    expect(article).toMatchObject({
      law: { key: 'fj-price-test', origin: 'imported' },
      chapter: '第二章 经营者的价格行为',
      article: { no: 13, label: '第十三条' },
      previous: 12,
      next: 14,
    });
    const price = (await get('/law/articles/price/13')).json<ArticleDetail>();
    expect(article.article.text).toBe(price.article.text);

    const found = (
      await get(`/law/search?q=${encodeURIComponent('明码标价')}`)
    ).json<LawSearchResult>();
    const laws = found.articles.map((a) => a.law);
    expect(laws).toContain('fj-price-test');
    // Imported laws come after the built-in ones.
    expect(laws.indexOf('fj-price-test')).toBeGreaterThan(laws.lastIndexOf('price'));

    const [audit] = await audits('fj-price-test');
    expect(audit).toMatchObject({ action: 'law.import', actor_id: staff.user.id });
  });

  it('replaces the law when the same key comes again', async () => {
    const before = (await get('/law/laws/fj-price-test')).json<LawSummary>();
    const shorter = body({
      markdown:
        '# 某某省价格测试条例\n\n## 第一章 总则\n\n' +
        PRICE.split('\n')
          .filter((l) => /^第[一二]条 /.test(l))
          .join('\n\n'),
      complete: false,
    });
    const res = await post(shorter);
    expect(res.statusCode).toBe(201);
    expect(res.json<LawSummary>()).toMatchObject({ articleCount: 2, complete: false });
    expect(res.json<LawSummary>().revision).not.toBe(before.revision);
    expect((await get('/law/articles/fj-price-test/13')).statusCode).toBe(404);
    expect((await audits('fj-price-test')).map((a) => a.action)).toEqual([
      'law.import',
      'law.reimport',
    ]);
  });

  it('refuses a built-in key with 409, leaving the built-in law as it was', async () => {
    const before = (await get('/law/laws/price')).json<LawSummary>();
    const res = await post(body({ key: 'price' }));
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'LAW_KEY_TAKEN',
      message: '该编号为内置法律，不能替换',
    });
    expect((await get('/law/laws/price')).json<LawSummary>()).toEqual(before);
  });

  it('refuses a file that is not a law with the line, writing nothing', async () => {
    const res = await post(
      body({ key: 'fj-bad-test', markdown: '# 某某省测试条例\n\n第一条 甲。\n\n第1条 乙。' }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'LAW_FORMAT',
      message: '第5行：条文编号“第1条”无法识别：请用汉字数字，如“第二十五条”',
      fields: { markdown: '第5行：条文编号“第1条”无法识别：请用汉字数字，如“第二十五条”' },
    });
    const noTitle = await post(
      body({ key: 'fj-bad-test', markdown: '第一条 这个文件没有标题，第一行就是条文。' }),
    );
    expect(noTitle.json()).toMatchObject({
      code: 'LAW_FORMAT',
      message: expect.stringMatching(/^第1行：/),
    });
    expect((await get('/law/laws/fj-bad-test')).statusCode).toBe(404);
  });

  it('checks the fields in Chinese', async () => {
    const res = await post(body({ key: 'Bad Key', kind: '通知' as LawImportBody['kind'] }));
    expect(res.statusCode).toBe(400);
    expect(res.json<{ message: string }>().message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('is for staff: a consumer gets 403, nobody signed in 401', async () => {
    const consumer = await loginConsumer(t.app);
    expect((await post(body({ key: 'fj-consumer-test' }), consumer.token)).statusCode).toBe(403);
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/v1/law/imports',
      payload: body({ key: 'fj-anon-test' }),
    });
    expect(anonymous.statusCode).toBe(401);
    expect((await get('/law/laws/fj-consumer-test')).statusCode).toBe(404);
  });
});

describe('npm run admin -- law-import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'law-import-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'price.md');
  writeFileSync(file, PRICE.replace('# 中华人民共和国价格法', '# 某某省价格命令行测试条例'));
  const flags = [
    '--key',
    'fj-cli-test',
    '--kind',
    '地方性法规',
    '--short',
    '价格命令行测试条例',
    '--version-date',
    '1997-12-29',
    '--source-name',
    '国家法律法规数据库',
    '--source-url',
    'https://flk.npc.gov.cn/',
    '--full-text-url',
    'https://flk.npc.gov.cn/',
  ];

  it('imports a file as the staff page does, with no actor', async () => {
    const report = await runLawImport(t.db.db, file, [...flags, '--excerpt'], new Date());
    expect(report).toMatch(
      /^已导入《某某省价格命令行测试条例》（fj-cli-test，地方性法规，摘录）：48 条，版本 [0-9a-f]{16}$/,
    );
    expect((await get('/law/laws/fj-cli-test')).json<LawSummary>()).toMatchObject({
      origin: 'imported',
      complete: false,
      shortTitle: '价格命令行测试条例',
    });
    const [audit] = await audits('fj-cli-test');
    expect(audit).toMatchObject({ action: 'law.import', actor_id: null });
  });

  it('refuses a missing flag, an unknown one and a missing file in Chinese', async () => {
    await expect(runLawImport(t.db.db, file, flags.slice(2), new Date())).rejects.toThrow(
      /--key 缺失或有误/,
    );
    await expect(runLawImport(t.db.db, file, [...flags, '--force'], new Date())).rejects.toThrow(
      '无法识别的参数: --force',
    );
    await expect(runLawImport(t.db.db, join(dir, 'none.md'), flags, new Date())).rejects.toThrow(
      /无法读取文件/,
    );
    const built = flags.map((f) => (f === 'fj-cli-test' ? 'price' : f));
    await expect(runLawImport(t.db.db, file, built, new Date())).rejects.toThrow(
      '该编号为内置法律，不能替换',
    );
  });

  it('runs as npm run admin -- law-import on the database of the server', async () => {
    const root = join(__dirname, '../..');
    const { stdout } = await promisify(execFile)(
      join(root, 'node_modules/.bin/tsx'),
      [
        'server/src/cli/admin.ts',
        'law-import',
        file,
        ...flags.map((f) => (f === 'fj-cli-test' ? 'fj-spawn-test' : f)),
      ],
      {
        cwd: root,
        timeout: 90_000,
        env: {
          ...process.env,
          NODE_ENV: 'test',
          DATA_DIR: t.dir,
          DATABASE_URL: t.config.database.kind === 'postgres' ? t.config.database.url : '',
          LOG_LEVEL: 'silent',
        },
      },
    );
    expect(stdout).toContain(
      '已导入《某某省价格命令行测试条例》（fj-spawn-test，地方性法规）：48 条',
    );
    expect((await get('/law/articles/fj-spawn-test/48')).statusCode).toBe(200);
  }, 90_000);
});
