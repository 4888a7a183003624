import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import dayjs from 'dayjs';
import type { LawImportBody } from '@api/law';
import { taroTest } from './support/taro-mock';
import { fail, fakeApi } from './support/api-fake';
import { staffSession } from './support/advisories-staff-fixtures';
import { lawSummary } from './support/law-qa-fixtures';
import ImportPage from '@/features/law/pages/import/index';
import { previewLaw } from '@/features/law/import-preview';
import { LawFormatError, parseLawText } from '../../server/src/features/law/law-text-parser';
import { lawRoutes } from '@/features/law/routes';
import { session } from '@/services/session';

// A real law file in the shipped format (its words are the law's, copied from the reference).
const TEXTS = join(__dirname, '../../server/src/features/law/texts');
const SHIPPED = readdirSync(TEXTS).filter((file) => file.endsWith('.md'));
const HOLIDAYS = readFileSync(join(TEXTS, 'holidays.md'), 'utf8');
const LAW_FILE = HOLIDAYS.replace(/^# .*/, '# 某某省节假日消费权益保护试行规定');
const KEY = 'province-holiday-rules';

beforeEach(() => {
  taroTest.reset();
  session.save(staffSession);
  process.env.TARO_ENV = 'h5';
});

const chooseFile = (container: HTMLElement, text: string, name = '条例.md') => {
  const input = container.querySelector('input[type="file"]') as HTMLInputElement;
  fireEvent.change(input, {
    target: { files: [new File([text], name, { type: 'text/markdown' })] },
  });
};
const field = (container: HTMLElement, selector: string) =>
  waitFor(() => {
    const found = container.querySelector<HTMLInputElement>(selector);
    if (!found) throw new Error(`no ${selector}`);
    return found;
  });
const type = async (container: HTMLElement, name: string, value: string) =>
  fireEvent.input(await field(container, `input[name="${name}"]`), { target: { value } });
const errorOf = (label: string) =>
  Array.from(document.querySelectorAll('.form-field'))
    .find((f) => f.querySelector('.form-field__label')?.textContent?.replace('*', '') === label)
    ?.querySelector('.form-field__error')?.textContent ?? '';

async function fillFields(container: HTMLElement) {
  await type(container, 'key', KEY);
  await type(container, 'sourceName', '某某省人大常委会公报');
  await type(container, 'sourceUrl', 'https://example.gov.cn/law/1');
  await type(container, 'fullTextUrl', 'https://flk.npc.gov.cn/detail');
  fireEvent.click(screen.getByLabelText('版本日期'));
  fireEvent.click(await waitFor(() => document.querySelector('.nut-picker-confirm-btn')!));
  await waitFor(() => expect(document.querySelector('.nut-picker')).toBeNull());
}

function serve(reply: unknown) {
  const sent: LawImportBody[] = [];
  fakeApi({
    'POST /law/imports': (options) => {
      sent.push(options.data as LawImportBody);
      return reply as never;
    },
  });
  return sent;
}

describe('the preview', () => {
  test('title, chapters and articles; the line of a repeated article; comments are not text', () => {
    const preview = previewLaw(
      '<!-- 来源 -->\n# 某省条例\n\n## 第一章 总则\n\n第一条 甲。\n\n乙。\n\n## 第二章 附则\n\n第二条 丙。\n\n第二条 丁。\n<!--\n第九条 注释\n-->\n',
    );
    expect(preview.title).toBe('某省条例');
    expect(preview.chapters).toEqual([
      { title: '第一章 总则', articles: 1 },
      { title: '第二章 附则', articles: 2 },
    ]);
    expect(preview.problems).toEqual([{ line: 14, message: '第二条重复出现（第12行已有）' }]);
    expect(previewLaw('第一条 甲。').problems[0]).toEqual({
      line: 1,
      message: '第一行应为法规名称，以“# ”开头',
    });
    expect(previewLaw('# 某省某某条例\n\n正文').problems[0].message).toMatch(/没有找到条文/);
  });

  test('every problem at once, each with its line; a glued article number is a warning', () => {
    const preview = previewLaw(
      '# 某省某某条例\n## 第一章 总则\n前言\n第三条 甲\n第二条 乙\n第25条 丙\n第四条丁\n第五条\n## 第二章 附则\n第六条 戊',
    );
    expect(preview.problems).toEqual([
      { line: 3, message: '“第一章 总则”之后应是条文（以“第X条 ”开头）' },
      { line: 5, message: '条文顺序不对：第二条出现在第三条之后' },
      { line: 6, message: '条文编号“第25条”无法识别：请用汉字数字，如“第二十五条”' },
      { line: 8, message: '第五条没有内容' },
    ]);
    expect(preview.warnings.map((w) => w.line)).toEqual([7]);
  });

  // The preview must agree with the import: the server's parser on the same files.
  test.each(SHIPPED)(
    '%s: no problems, the same chapters and articles as the server reads',
    (file) => {
      const text = readFileSync(join(TEXTS, file), 'utf8');
      const parsed = parseLawText(text);
      const preview = previewLaw(text);
      expect(preview.problems).toEqual([]);
      expect(preview.title).toBe(parsed.title);
      expect(preview.chapters).toEqual(
        parsed.chapters.map((c) => ({ title: c.title, articles: c.articles.length })),
      );
    },
  );

  test.each([
    '第一条 甲',
    '# 某省某某条例\n## 第一章 总则\n说明\n第一条 甲',
    '# 某省某某条例\n第二条 甲\n第一条 乙',
    '# 某省某某条例\n第一条 甲\n第一条 乙',
    '# 某省某某条例\n第1条 甲',
    '# 某省某某条例\n第一条\n第二条 乙',
    '# 某省某某条例\n# 又一个',
    '# 某省某某条例\n正文',
  ])('the first problem is the one the server names: %j', (text) => {
    let thrown: LawFormatError | undefined;
    try {
      parseLawText(text);
    } catch (error) {
      thrown = error as LawFormatError;
    }
    expect(thrown).toBeInstanceOf(LawFormatError);
    expect(previewLaw(text).problems[0]).toEqual({ line: thrown!.line, message: thrown!.reason });
  });
});

describe('导入地方性法规', () => {
  test('a chosen file is previewed; 导入 sends every field and the text; the law is linked', async () => {
    const sent = serve({
      statusCode: 201,
      data: lawSummary({
        key: KEY,
        title: '某某省节假日消费权益保护试行规定',
        origin: 'imported',
        articleCount: 6,
        kind: '地方性法规',
      }),
    });
    const { container } = render(<ImportPage />);
    chooseFile(container, LAW_FILE);
    const preview = await screen.findByLabelText('导入预览');
    const expected = previewLaw(LAW_FILE);
    expect(within(preview).getByText('某某省节假日消费权益保护试行规定')).toBeTruthy();
    expect(within(preview).getByText(new RegExp(`共 ${expected.articleCount} 条`))).toBeTruthy();
    expect(screen.getByText('条例.md')).toBeTruthy();
    // The short title follows the file's title until typed.
    expect((await field(container, 'input[name="shortTitle"]')).value).toBe(
      '某某省节假日消费权益保护试行规定',
    );

    await fillFields(container);
    fireEvent.click(screen.getByText('导入'));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      key: KEY,
      kind: '地方性法规',
      shortTitle: '某某省节假日消费权益保护试行规定',
      versionDate: dayjs().format('YYYY-MM-DD'),
      complete: true,
      source: { name: '某某省人大常委会公报', url: 'https://example.gov.cn/law/1' },
      fullTextUrl: 'https://flk.npc.gov.cn/detail',
      markdown: LAW_FILE,
    });
    expect(await screen.findByText('已导入')).toBeTruthy();
    fireEvent.click(screen.getByText('查看《某某省节假日消费权益保护试行规定》'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: lawRoutes.law(KEY) });
  });

  test('the fields are checked before sending; a bad line in pasted text is shown with its number', async () => {
    const sent = serve({ statusCode: 201, data: lawSummary() });
    const { container } = render(<ImportPage />);
    const area = await field(container, 'textarea[name="markdown"]');
    fireEvent.input(area, {
      target: { value: '# 某省条例\n\n第一条 甲乙丙丁。\n\n第一条 戊己庚辛。\n' },
    });
    expect(await screen.findByText('第 5 行')).toBeTruthy();
    expect(screen.getByText('第一条重复出现（第3行已有）')).toBeTruthy();
    await type(container, 'key', 'Bad Key');
    await type(container, 'sourceUrl', 'example');
    fireEvent.click(screen.getByText('导入'));
    expect(errorOf('编号')).toMatch(/小写字母/);
    expect(errorOf('来源网址')).toMatch(/http/);
    expect(errorOf('版本日期')).toMatch(/请选择版本日期/);
    expect(screen.getByText('文件有 1 处需要修改，见下方')).toBeTruthy();
    expect(sent).toHaveLength(0);
  });

  test("the server's refusal of the file names the line, and that line of the file is shown", async () => {
    const sent = serve({
      statusCode: 400,
      data: {
        code: 'VALIDATION_FAILED',
        message: '文件格式有误',
        fields: { markdown: '第 9 行：条号无法识别' },
      },
    });
    const { container } = render(<ImportPage />);
    chooseFile(container, LAW_FILE);
    await screen.findByLabelText('导入预览');
    await fillFields(container);
    fireEvent.click(screen.getByText('导入'));
    expect(await screen.findByText('第 9 行：条号无法识别')).toBeTruthy();
    const line = LAW_FILE.split('\n')[8].trim();
    expect(screen.getByText(`第 9 行：${line || '（空行）'}`)).toBeTruthy();
    expect(sent).toHaveLength(1);
  });

  test('a built-in key is refused by the server next to the field; the fields are kept', async () => {
    serve(fail(409, 'LAW_KEY_TAKEN', '该编号为内置法律，不能替换'));
    const { container } = render(<ImportPage />);
    chooseFile(container, LAW_FILE);
    await screen.findByLabelText('导入预览');
    await fillFields(container);
    fireEvent.click(screen.getByText('导入'));
    await waitFor(() => expect(errorOf('编号')).toBe('该编号为内置法律，不能替换'));
    const kept = JSON.parse(taroTest.storage.get('fx.draft.law-import') as string) as {
      value: { key: string };
    };
    expect(kept.value.key).toBe(KEY);
    // The file stays chosen for another try.
    expect(screen.getByText('条例.md')).toBeTruthy();
  });
});
