import { act, fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { MerchantImport } from '@api/merchants';
import type { Region } from '@api/region';
import seededRegion from '../../server/src/db/seed/region.json';
import { taroTest } from './support/taro-mock';
import { fakeApi, ok } from './support/api-fake';
import { creditCode } from './support/merchants-fixtures';
import ImportPage from '@/features/merchants/pages/import/index';
import { checkCsv, parseCsv } from '@/features/merchants/import-csv';
import { session } from '@/services/session';

const staffSession = {
  token: 'jwt-staff',
  expiresAt: new Date(Date.now() + 3600_000).toISOString(),
  user: { id: '01JSTAFF0000000000000000AA', role: 'staff' as const, nickname: 'zhangsan' },
};

const HEADER = '统一社会信用代码,名称,类型,行业,镇街,地址,经度,纬度,营业时间,公开电话';
const CSV = [
  HEADER,
  `${creditCode(1)},青山惠民超市1号店,个体工商户,商场超市,城关镇,城关镇人民路1号,107.48,27.76,08:00-22:00,0851-1234567`,
  `${creditCode(2)},"青山茶业有限公司,分店",企业,农产品,青石镇,"青石镇""茶城""2号",,,,`,
  '',
  `${creditCode(3)}X,坏代码商店,企业,餐饮,城关镇,城关镇人民路3号,,,,`,
].join('\r\n');

const region = seededRegion as Region;

/** The problems listed under one row ("第 4 行"), column and message each. */
const problemsOf = (title: string) =>
  Array.from(
    screen.getByRole('group', { name: title }).querySelectorAll('.import-bad-rows__problem'),
  ).map((problem) => problem.textContent);

const job = (patch: Partial<MerchantImport>): MerchantImport => ({
  id: 'IMPORT1',
  status: 'running',
  total: 3,
  done: 0,
  inserted: 0,
  updated: 0,
  unchanged: 0,
  rejected: [],
  ...patch,
});

beforeEach(() => {
  taroTest.reset();
  session.save(staffSession);
});

afterEach(() => {
  jest.useRealTimers();
  process.env.TARO_ENV = 'h5';
});

const chooseFile = (container: HTMLElement, text: string, name = '名录.csv') => {
  const input = container.querySelector('input[type="file"]') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'text/csv' })] } });
};

describe('CSV rules', () => {
  test('quoted fields, "" escapes, CRLF; a BOM is stripped; blank lines do not count', () => {
    expect(parseCsv('a,"b,c","d""e"\r\n1,2,3')).toEqual([
      ['a', 'b,c', 'd"e'],
      ['1', '2', '3'],
    ]);
    const check = checkCsv(`\uFEFF${CSV}`);
    expect(check.text.startsWith('统一社会信用代码')).toBe(true);
    expect(check).toMatchObject({ rows: 3, missing: [], unexpected: [], ok: true });
    expect(checkCsv('名称,地址,备注\n甲,乙,丙')).toMatchObject({
      missing: ['统一社会信用代码', '行业', '镇街'],
      optionalMissing: ['类型', '经度', '纬度', '营业时间', '公开电话'],
      unexpected: ['备注'],
      ok: false,
    });
    expect(checkCsv(HEADER)).toMatchObject({ rows: 0, ok: false });
    expect(checkCsv('\uFFFD\uFFFD,\uFFFD\n1,2')).toMatchObject({ garbled: true, ok: false });
  });

  test('every row is checked before sending, and every problem of a row is listed by column', () => {
    const file = [
      HEADER,
      `${creditCode(1)},青山惠民超市1号店,个体工商户,商场超市,城关镇,城关镇人民路1号,,,,`, // 2
      // A quoted cell over two lines: the next row is line 5, as the server counts.
      `${creditCode(2)},"两行
的店名",企业,农产品,青石镇,青石镇茶城2号,,,,`, // 3–4
      `${creditCode(3)}X,甲,公司,航天,火星镇,短,200,abc,,电话`, // 5
      `${creditCode(1)},重复的代码,,便利店,城关镇,城关镇人民路9号,,,,`, // 6
    ].join('\n');
    const check = checkCsv(file, region);
    expect(check).toMatchObject({ rows: 4, ok: true });
    expect(check.badRows.map((row) => [row.title, row.problems])).toEqual([
      [
        '第 5 行',
        [
          { column: '统一社会信用代码', message: '应为18位，当前为19位' },
          { column: '名称', message: '应为 2–60 个字，现为 1 个字' },
          { column: '类型', message: expect.stringContaining('"公司"不正确') },
          { column: '行业', message: '"航天"不在本县行业列表中' },
          { column: '镇街', message: '"火星镇"不在本县镇（街道）列表中' },
          { column: '地址', message: '应为 4–120 个字，现为 1 个字' },
          { column: '经度', message: expect.stringContaining('"200"不正确') },
          { column: '纬度', message: expect.stringContaining('"abc"不正确') },
          { column: '公开电话', message: expect.stringContaining('"电话"不正确') },
        ],
      ],
      ['第 6 行', [{ column: '统一社会信用代码', message: '与第 2 行重复' }]],
    ]);
    // Before the county's lists arrive, 行业 and 镇街 are left to the server.
    expect(checkCsv(file).badRows[0].problems.map((p) => p.column)).not.toContain('行业');
  });
});

describe('导入商家名录', () => {
  test('reads the CSV, checks the header, sends it and follows the progress to the end', async () => {
    const sent: { data: unknown; header?: Record<string, string> }[] = [];
    const api = fakeApi({
      'GET /region': ok(region),
      'POST /merchants/imports': (options) => {
        sent.push({ data: options.data, header: options.header });
        return { statusCode: 202, data: job({}) };
      },
      'GET /merchants/imports/IMPORT1': [
        ok(job({ done: 1, inserted: 1 })),
        ok(job({ done: 2, inserted: 1, updated: 1 })),
        ok(
          job({
            status: 'done',
            done: 3,
            inserted: 1,
            updated: 1,
            rejected: [
              {
                row: 5,
                reason: '统一社会信用代码：应为18位，当前为19位；行业：不能为空',
                problems: [
                  { column: '统一社会信用代码', message: '应为18位，当前为19位' },
                  { column: '行业', message: '不能为空' },
                ],
              },
            ],
          }),
        ),
      ],
    });
    const { container } = render(<ImportPage />);
    chooseFile(container, `\uFEFF${CSV}`);
    expect(await screen.findByText('共 3 行数据')).toBeTruthy();
    expect(screen.getByText('✓ 表头正确')).toBeTruthy();
    expect(screen.getByText('名录.csv')).toBeTruthy();
    // The pre-check found the bad code of line 5; the other rows can go.
    expect(await screen.findByText('1 行有误')).toBeTruthy();
    expect(problemsOf('第 5 行')).toEqual(['统一社会信用代码应为18位，当前为19位']);

    jest.useFakeTimers();
    fireEvent.click(screen.getByText('导入其余 2 行'));
    expect(await screen.findByText('已处理 0 / 3')).toBeTruthy();
    expect(sent[0].data).toBe(CSV); // BOM stripped
    expect(sent[0].header?.['Content-Type']).toBe('text/csv');

    await act(async () => jest.advanceTimersByTime(1000));
    expect(await screen.findByText('已处理 1 / 3')).toBeTruthy();
    await act(async () => jest.advanceTimersByTime(1000));
    expect(await screen.findByText('已处理 2 / 3')).toBeTruthy();
    await act(async () => jest.advanceTimersByTime(1000));
    expect(await screen.findByText('导入完成')).toBeTruthy();
    const rejected = screen.getByText('未导入的行').closest('.import-bad-rows') as HTMLElement;
    expect(within(rejected).getByText('2 处')).toBeTruthy();
    expect(
      Array.from(rejected.querySelectorAll('.import-bad-rows__problem')).map((p) => p.textContent),
    ).toEqual(['统一社会信用代码应为18位，当前为19位', '行业不能为空']);
    const counts = Array.from(container.querySelectorAll('.import__count')).map(
      (element) => element.textContent,
    );
    expect(counts).toEqual(['1新增', '1更新', '0未变', '1驳回']);

    // Done: no more polling.
    await act(async () => jest.advanceTimersByTime(5000));
    expect(api.calls.filter((call) => call.startsWith('GET /merchants'))).toHaveLength(3);
  });

  test('polling stops when the page unmounts', async () => {
    const api = fakeApi({
      'POST /merchants/imports': { statusCode: 202, data: job({}) },
      'GET /merchants/imports/IMPORT1': ok(job({ done: 1 })),
    });
    const { container, unmount } = render(<ImportPage />);
    chooseFile(container, CSV);
    await screen.findByText('共 3 行数据');
    jest.useFakeTimers();
    fireEvent.click(screen.getByText('导入其余 2 行'));
    await screen.findByText('已处理 0 / 3');
    await act(async () => jest.advanceTimersByTime(1000));
    await screen.findByText('已处理 1 / 3');
    unmount();
    await act(async () => jest.advanceTimersByTime(10_000));
    expect(api.calls.filter((call) => call.startsWith('GET /merchants'))).toHaveLength(1);
  });

  test('a wrong header or a non-UTF-8 file cannot be sent', async () => {
    const api = fakeApi({});
    const { container } = render(<ImportPage />);
    chooseFile(container, '名称,地址\n甲,乙');
    expect(await screen.findByText(/表头缺少必填列：统一社会信用代码、行业、镇街/)).toBeTruthy();
    fireEvent.click(screen.getByText('开始导入'));
    chooseFile(container, '\uFFFD\uFFFD,\uFFFD\n1,2');
    expect(await screen.findByText(/文件不是 UTF-8 编码/)).toBeTruthy();
    fireEvent.click(screen.getByText('开始导入'));
    expect(api.calls.filter((call) => !call.startsWith('GET /region'))).toEqual([]);
  });

  test('weapp: the file comes from a chat and is read through the file system manager', async () => {
    process.env.TARO_ENV = 'weapp';
    const readFile = jest.fn(
      (options: { filePath: string; success: (result: { data: string }) => void }) =>
        options.success({ data: CSV }),
    );
    Object.assign(Taro, {
      chooseMessageFile: jest.fn(async () => ({
        tempFiles: [{ name: '名录.csv', path: 'wxfile://tmp/list.csv', size: 100 }],
      })),
      getFileSystemManager: () => ({ readFile }),
    });
    fakeApi({});
    render(<ImportPage />);
    fireEvent.click(screen.getByText('选择 CSV 文件'));
    expect(await screen.findByText('共 3 行数据')).toBeTruthy();
    expect(
      (Taro as unknown as { chooseMessageFile: jest.Mock }).chooseMessageFile,
    ).toHaveBeenCalledWith({ count: 1, type: 'file', extension: ['csv'] });
    expect(readFile).toHaveBeenCalledWith(
      expect.objectContaining({ filePath: 'wxfile://tmp/list.csv', encoding: 'utf8' }),
    );
  });

  test('not staff: a clear message', () => {
    session.clear();
    render(<ImportPage />);
    expect(screen.getByText('仅工作人员可用')).toBeTruthy();
  });
});
