import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { MerchantDetail, MerchantImport, MerchantPage } from '@api/merchants';
import { importMerchantFile } from '../../server/src/features/merchants/imports-cli';
import { bearer, createTestApp, loginStaff, tokenFor, type TestApp } from './support/app';
import { testCode } from './support/merchants';

const run = promisify(execFile);
/** The CLI's clock, as runAdmin passes it. */
const clock = () => new Date();
const root = join(__dirname, '../..');

let t: TestApp;
let staff: { token: string };
beforeAll(async () => {
  t = await createTestApp({ env: { SEED_DEMO: 'false' } });
  staff = await loginStaff(t);
});
afterAll(() => t.close());

const HEADER = '统一社会信用代码,名称,类型,行业,镇街,地址,经度,纬度,营业时间,公开电话';
const csv = (...rows: string[]) => Buffer.from(`${[HEADER, ...rows].join('\n')}\n`);
const byCode = async (code: string) =>
  (
    await t.app.inject({ method: 'GET', url: `/api/v1/merchants/by-code/${code}` })
  ).json<MerchantDetail>();
const updatedAt = async (codes: string[]) =>
  t.db.db
    .selectFrom('merchants')
    .select(['credit_code', 'updated_at'])
    .where('credit_code', 'in', codes)
    .orderBy('credit_code')
    .execute();

describe('importing the bureau\u2019s list', () => {
  const good = [testCode(1), testCode(2, '个体工商户'), testCode(3, '农民专业合作社')];
  const goodFile = csv(
    `${good[0]},青山导入百货,企业,商场超市,城关镇,城关镇导入路1号,106.925,27.725,08:00-21:00,0123-6600001`,
    `${good[1]},导入米粉店,,餐饮,东城街道,东城街道导入路2号,,,,`,
    `${good[2]},"导入茶叶合作社",,农产品,桃花乡,"桃花乡茶园村, 三组",,,,`,
  );

  it('a good file: every row inserted as listed, searchable at once', async () => {
    const report = await importMerchantFile(t.db.db, goodFile, clock);
    expect(report).toEqual({
      total: 3,
      done: 3,
      inserted: 3,
      updated: 0,
      unchanged: 0,
      rejected: [],
    });
    const first = await byCode(good[0]);
    expect(first).toMatchObject({
      name: '青山导入百货',
      type: '企业',
      status: 'listed',
      location: { lat: 27.725, lng: 106.925 },
      hours: '08:00-21:00',
      publicPhone: '0123-6600001',
    });
    // 类型 left empty: taken from the code (9 2 … → 个体工商户, 9 3 … → 农民专业合作社).
    expect((await byCode(good[1])).type).toBe('个体工商户');
    expect(await byCode(good[2])).toMatchObject({
      type: '农民专业合作社',
      address: '桃花乡茶园村, 三组',
    });
    const found = await t.app.inject({
      method: 'GET',
      url: `/api/v1/merchants?q=${encodeURIComponent('导入米粉')}`,
    });
    expect(found.json<MerchantPage>().items.map((m) => m.creditCode)).toEqual([good[1]]);
  });

  it('the same file again changes nothing, not even updated_at', async () => {
    const before = await updatedAt(good);
    await new Promise((r) => setTimeout(r, 5));
    const report = await importMerchantFile(t.db.db, goodFile, clock);
    expect(report).toEqual({
      total: 3,
      done: 3,
      inserted: 0,
      updated: 0,
      unchanged: 3,
      rejected: [],
    });
    expect(await updatedAt(good)).toEqual(before);
  });

  it('a changed row is updated; empty optional cells keep what is stored', async () => {
    const before = await updatedAt(good);
    const report = await importMerchantFile(
      t.db.db,
      csv(
        `${good[0]},青山导入百货大楼,,商场超市,城关镇,城关镇导入路1号,,,,`,
        `${good[1]},导入米粉店,,餐饮,东城街道,东城街道导入路2号,,,,`,
      ),
      clock,
    );
    expect(report).toMatchObject({ inserted: 0, updated: 1, unchanged: 1 });
    const after = await updatedAt(good);
    expect(after[0].updated_at > before[0].updated_at).toBe(true);
    expect(after[1].updated_at).toBe(before[1].updated_at);
    expect(await byCode(good[0])).toMatchObject({
      name: '青山导入百货大楼',
      type: '企业',
      hours: '08:00-21:00',
      location: { lat: 27.725, lng: 106.925 },
    });
  });

  it('bad rows are rejected one by one, with the line number and every problem by column', async () => {
    const ok = testCode(10);
    const wrongCheck = ok.slice(0, 17) + (ok[17] === '0' ? '1' : '0');
    const file = Buffer.from(
      [
        HEADER,
        `${ok},合格的一行,,便利店,西城街道,西城街道滨河路1号,,,,`, // line 2
        `${wrongCheck},校验位错的,,便利店,西城街道,西城街道滨河路2号,,,,`, // 3
        `${testCode(11)},行业不对,,航天,西城街道,西城街道滨河路3号,,,,`, // 4
        '', // 5: empty lines are skipped but still counted
        `${testCode(12)},镇街不对,,便利店,火星镇,西城街道滨河路4号,,,,`, // 6
        `${testCode(13)},"地址跨
两行的店",,便利店,西城街道,西城街道滨河路5号,106.9,,,`, // 7–8
        `${testCode(14)},只有经度,,便利店,西城街道,西城街道滨河路6号,106.9,,,`, // 9
        `${ok},重复的代码,,便利店,西城街道,西城街道滨河路7号,,,,`, // 10
        `${testCode(15)},甲,,便利店,西城街道,西城街道滨河路8号,,,,`, // 11
        `${testCode(16)},电话不对,,便利店,西城街道,西城街道滨河路9号,,,,12345678901234567890123`, // 12
        `${testCode(17)},多出一列,,便利店,西城街道,西城街道滨河路10号,,,,,多余`, // 13
        `${testCode(18)},类型不对,公司,便利店,西城街道,西城街道滨河路11号,,,,`, // 14
        `${testCode(19)},纬度不对,,便利店,西城街道,西城街道滨河路12号,106.9,abc,,`, // 15
        // Everything wrong at once: each problem is reported, not only the first.
        `${wrongCheck.slice(0, 17)},乙,公司,航天,火星镇,短,200,abc,,电话`, // 16
      ].join('\r\n'),
    );
    const report = await importMerchantFile(t.db.db, file, clock);
    expect(report).toMatchObject({ total: 13, done: 13, inserted: 1, updated: 0, unchanged: 0 });
    const problems = Object.fromEntries(report.rejected.map((r) => [r.row, r.problems]));
    expect(problems).toEqual({
      3: [{ column: '统一社会信用代码', message: `校验位错误：第18位应为"${ok[17]}"，请核对` }],
      4: [{ column: '行业', message: '"航天"不在本县行业列表中' }],
      6: [{ column: '镇街', message: '"火星镇"不在本县镇（街道）列表中' }],
      7: [{ column: '纬度', message: '经度和纬度须同时填写或同时留空' }],
      9: [{ column: '纬度', message: '经度和纬度须同时填写或同时留空' }],
      10: [{ column: '统一社会信用代码', message: '与第 2 行重复' }],
      11: [{ column: '名称', message: '应为 2–60 个字，现为 1 个字' }],
      12: [
        {
          column: '公开电话',
          message: '"12345678901234567890123"不正确，应为 5–20 位数字，可含 -',
        },
      ],
      13: [{ message: '这一行的列数多于表头' }],
      14: [
        {
          column: '类型',
          message: '"公司"不正确，应为 企业、个体工商户、农民专业合作社、其他 之一，或留空',
        },
      ],
      15: [{ column: '纬度', message: '"abc"不正确，应为 -90 到 90 之间的数，如 26.08' }],
      16: [
        { column: '统一社会信用代码', message: '应为18位，当前为17位' },
        { column: '名称', message: '应为 2–60 个字，现为 1 个字' },
        { column: '类型', message: expect.stringContaining('"公司"不正确') },
        { column: '行业', message: '"航天"不在本县行业列表中' },
        { column: '镇街', message: '"火星镇"不在本县镇（街道）列表中' },
        { column: '地址', message: '应为 4–120 个字，现为 1 个字' },
        { column: '经度', message: '"200"不正确，应为 -180 到 180 之间的数，如 119.30' },
        { column: '纬度', message: '"abc"不正确，应为 -90 到 90 之间的数，如 26.08' },
        { column: '公开电话', message: '"电话"不正确，应为 5–20 位数字，可含 -' },
      ],
    });
    // The one-line reason (the CLI prints it) names every column too.
    expect(report.rejected.find((r) => r.row === 16)?.reason).toMatch(
      /^统一社会信用代码：.+；名称：.+；类型：.+；行业：.+；镇街：.+；地址：.+；经度：.+；纬度：.+；公开电话：.+$/,
    );
    expect((await byCode(ok)).name).toBe('合格的一行');
  });

  it('reads a GBK file as Excel saves it', async () => {
    const code = testCode(30, '个体工商户');
    const gbk = Buffer.concat([
      Buffer.from(
        'cdb3d2bbc9e7bbe1d0c5d3c3b4fac2eb2cc3fbb3c62cd0d0d2b52cd5f2bdd62cb5d8d6b70a',
        'hex',
      ),
      Buffer.from(code),
      Buffer.from(
        '2cbad3bfdad5f2b9fab1eab1e0c2ebd4d3bbf5b5ea2cb1e3c0fbb5ea2cbad3bfdad5f22cbad3bfdad5f2bad3b1f5c2b73939bac50a',
        'hex',
      ),
    ]);
    expect((await importMerchantFile(t.db.db, gbk, clock)).inserted).toBe(1);
    expect(await byCode(code)).toMatchObject({
      name: '河口镇国标编码杂货店',
      town: '河口镇',
      address: '河口镇河滨路99号',
    });
  });
});

describe('POST /api/v1/merchants/imports (staff upload)', () => {
  const upload = (token: string, body: Buffer | string, type = 'text/csv') =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/merchants/imports',
      headers: { ...bearer(token), 'content-type': type },
      payload: body,
    });
  const progress = async (id: string, token = staff.token) =>
    t.app.inject({ method: 'GET', url: `/api/v1/merchants/imports/${id}`, headers: bearer(token) });

  it('answers 202 at once and reports progress until done', async () => {
    const rows = Array.from({ length: 1203 }, (_, i) =>
      i === 700
        ? 'not-a-code,坏行,,便利店,城关镇,城关镇测试路,,,,'
        : `${testCode(5000 + i)},批量导入商店${i},,便利店,城关镇,城关镇批量路${i}号,,,,`,
    );
    const res = await upload(staff.token, csv(...rows));
    expect(res.statusCode).toBe(202);
    const started = res.json<MerchantImport>();
    expect(started).toEqual({
      id: expect.any(String),
      status: 'running',
      total: 1203,
      done: 0,
      inserted: 0,
      updated: 0,
      unchanged: 0,
      rejected: [],
    });
    const seen: number[] = [];
    let state = started;
    for (let i = 0; i < 500 && state.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 10));
      state = (await progress(started.id)).json<MerchantImport>();
      seen.push(state.done);
    }
    expect(state).toEqual({
      id: started.id,
      status: 'done',
      total: 1203,
      done: 1203,
      inserted: 1202,
      updated: 0,
      unchanged: 0,
      rejected: [
        {
          row: 702,
          reason: expect.stringContaining('统一社会信用代码'),
          problems: [{ column: '统一社会信用代码', message: expect.any(String) }],
        },
      ],
    });
    // Progress only moves forward.
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);

    // The same upload again: all unchanged.
    const again = (await upload(staff.token, csv(...rows))).json<MerchantImport>();
    let final = again;
    for (let i = 0; i < 500 && final.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 10));
      final = (await progress(again.id)).json<MerchantImport>();
    }
    expect(final).toMatchObject({ status: 'done', inserted: 0, updated: 0, unchanged: 1202 });
  });

  it('a file that is not CSV at all → 400 naming the line', async () => {
    const ok = `${testCode(61)},正常的店,,便利店,城关镇,城关镇正常路1号,,,,`;
    // The quote opened on line 3 swallows the rest: the message names line 3, not the last one.
    const res = await upload(
      staff.token,
      [HEADER, ok, `${testCode(60)},"引号没有闭合,,便利店,城关镇,地址地址`, ok, ok, ''].join('\n'),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      code: 'CSV_MALFORMED',
      message: 'CSV 文件第 3 行格式有误：引号没有闭合',
    });
    const quote = await upload(
      staff.token,
      [HEADER, ok, `${testCode(62)},"名称"多了字,,便利店,城关镇,地址地址`, ''].join('\n'),
    );
    expect(quote.json()).toEqual({
      code: 'CSV_MALFORMED',
      message: 'CSV 文件第 3 行格式有误：引号后面出现了多余的字符',
    });
    const columns = await upload(staff.token, '名称,地址\n某店,某地\n');
    expect(columns.statusCode).toBe(400);
    expect(columns.json().code).toBe('CSV_COLUMNS_MISSING');
    expect(columns.json().message).toContain('统一社会信用代码、行业、镇街');
    expect((await upload(staff.token, '')).statusCode).toBe(400);
  });

  it('only staff; JSON is not a CSV; an unknown import → 404', async () => {
    for (const role of ['consumer', 'merchant'] as const) {
      const { token } = await tokenFor(t, role);
      expect((await upload(token, csv())).statusCode).toBe(403);
      expect((await progress('01HZZZZZZZZZZZZZZZZZZZZZZZ', token)).statusCode).toBe(403);
    }
    const json = await upload(staff.token, JSON.stringify({ rows: [] }), 'application/json');
    expect(json.statusCode).toBe(415);
    const missing = await progress('01HZZZZZZZZZZZZZZZZZZZZZZZ');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('IMPORT_NOT_FOUND');
  });
});

describe('npm run admin -- import-merchants (the real CLI)', () => {
  it('imports a file and prints the report with the rejected rows', async () => {
    const file = join(t.dir, 'list.csv');
    writeFileSync(
      file,
      csv(
        `${testCode(90)},命令行导入商店,,便利店,长乐镇,长乐镇长乐大道1号,,,,`,
        `${testCode(91)},命令行坏行,,便利店,月球镇,长乐镇长乐大道2号,,,,`,
      ),
    );
    const { stdout } = await run(
      join(root, 'node_modules/.bin/tsx'),
      ['server/src/cli/admin.ts', 'import-merchants', file],
      {
        cwd: root,
        timeout: 60_000,
        env: {
          ...process.env,
          NODE_ENV: 'test',
          DATA_DIR: t.dir,
          DATABASE_URL: t.config.database.kind === 'postgres' ? t.config.database.url : '',
          LOG_LEVEL: 'silent',
          SEED_DEMO: 'false',
        },
      },
    );
    expect(stdout).toContain('导入完成：共 2 行，新增 1，更新 0，未变 0，不合格 1');
    expect(stdout).toContain('第 3 行：镇街："月球镇"不在本县镇（街道）列表中');
    expect((await byCode(testCode(90))).name).toBe('命令行导入商店');
  }, 60_000);
});
