import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { ImportBody } from '@api/quiz';
import { taroTest } from './support/taro-mock';
import { fakeApi, ok } from './support/api-fake';
import { staffSession } from './support/quiz-staff-fixtures';
import ImportPage from '@/features/quiz/pages/import/index';
import { badRows, checkText, detectFormat } from '@/features/quiz/pages/import/import-text';
import { session } from '@/services/session';

const HEADER = 'id,type,topic,subtopic,difficulty,stem,A,B,C,D,E,F,G,H,answer,explanation,image';
const CSV = [
  HEADER,
  'q201,单选,识假辨假,3C认证,1,哪类商品必须有3C标志？,电热水壶,纸巾,,,,,,,A,电热水壶在目录内。,',
  'q202,判断,消费者权益,九项权利,1,消费者享有自主选择权。,,,,,,,,,对,第九条。,',
].join('\n');
const JSON_TEXT = JSON.stringify([{ id: 'q301', type: 'single' }]);

beforeEach(() => {
  taroTest.reset();
  session.save(staffSession);
});

const chooseFile = (container: HTMLElement, text: string, name: string) => {
  const input = container.querySelector('input[type="file"]') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([text], name)] } });
};

const button = (label: string) => screen.getByText(label).closest('.nut-button') as HTMLElement;
const disabled = (label: string) => button(label).classList.contains('nut-button-disabled');

function server(replies: { dry?: unknown; real?: unknown } = {}) {
  const sent: ImportBody[] = [];
  fakeApi({
    'POST /quiz/questions/import': (options) => {
      const body = options.data as ImportBody;
      sent.push(body);
      const reply = body.dryRun ? replies.dry : replies.real;
      return (
        (reply as { statusCode: number; data: unknown }) ??
        ok({ dryRun: Boolean(body.dryRun), created: 1, updated: 1, unchanged: 0 })
      );
    },
  });
  return sent;
}

describe('import text', () => {
  test('format from the file name, else from the content; quick checks before sending', () => {
    expect(detectFormat('[]', '题库.JSON')).toBe('json');
    expect(detectFormat('[]', 'bank.csv')).toBe('csv');
    expect(detectFormat('\uFEFF  [{"id":"q1"}]')).toBe('json');
    expect(detectFormat(CSV, '题库.txt')).toBe('csv');
    expect(checkText(CSV, 'csv')).toEqual({ count: 2 });
    expect(checkText('名称,地址\n1,2', 'csv').problem).toMatch(/第一行应为表头/);
    expect(checkText('{"a":1}', 'json').problem).toMatch(/题目数组/);
    expect(checkText('[{', 'json').problem).toBe('JSON 格式有误，无法解析');
    expect(
      badRows({ '第12行.answer': '乙', '第3行.type': '甲', '第3行.B': '丙', 第4行: '丁' }),
    ).toEqual([
      {
        key: '第3行',
        title: '第 3 行',
        problems: [
          { column: '题型 type', message: '甲' },
          { column: '选项B', message: '丙' },
        ],
      },
      { key: '第4行', title: '第 4 行', problems: [{ message: '丁' }] },
      { key: '第12行', title: '第 12 行', problems: [{ column: '答案 answer', message: '乙' }] },
    ]);
  });
});

describe('导入题目', () => {
  test('a CSV file: 预检 shows the counts without writing, then 导入 sends dryRun false', async () => {
    const sent = server({
      dry: ok({ dryRun: true, created: 5, updated: 2, unchanged: 7 }),
      real: ok({ dryRun: false, created: 5, updated: 2, unchanged: 7 }),
    });
    const { container } = render(<ImportPage />);
    expect(screen.getByText(HEADER)).toBeTruthy();
    expect(screen.getByText(/判断题的 A–H 列可留空.*answer 填 对 或 错/)).toBeTruthy();

    chooseFile(container, `\uFEFF${CSV}`, '题库.csv');
    expect(await screen.findByText('题库.csv')).toBeTruthy();
    expect(screen.getByText('✓ 约 2 道题，可以预检')).toBeTruthy();
    expect(container.querySelector('.nut-radio-button-active')?.textContent).toBe('CSV');
    expect(disabled('导入')).toBe(true); // 预检 first

    fireEvent.click(button('预检'));
    expect(await screen.findByText('预检通过')).toBeTruthy();
    const counts = () =>
      Array.from(container.querySelectorAll('.quiz-import__count')).map((el) => el.textContent);
    expect(counts()).toEqual(['5新增', '2更新', '7未变']);
    expect(sent).toEqual([{ format: 'csv', content: CSV, dryRun: true }]);

    await waitFor(() => expect(disabled('导入')).toBe(false));
    fireEvent.click(button('导入'));
    expect(await screen.findByText('导入完成')).toBeTruthy();
    expect(sent[1]).toEqual({ format: 'csv', content: CSV, dryRun: false });
    expect(counts()).toEqual(['5新增', '2更新', '7未变']);
    fireEvent.click(screen.getByText('返回题库'));
    expect(Taro.navigateBack).toHaveBeenCalled();
  });

  test('a 400 lists every problem of every row, by column and in order; nothing is written', async () => {
    const sent = server({
      dry: {
        statusCode: 400,
        data: {
          code: 'QUIZ_IMPORT_INVALID',
          message: '2 行有误（共 4 处），未导入任何题目',
          fields: {
            '第3行.type': '「填空」应为 单选、多选、判断',
            '第3行.difficulty': '「很难」应为 1、2、3 或 易、中、难',
            '第3行.answer': '「X」应为正确选项的字母，如 A 或 AC',
            '第12行.answer': '多选题至少需要 2 个正确答案，现有 1 个',
          },
        },
      },
    });
    const { container } = render(<ImportPage />);
    chooseFile(container, CSV, '题库.csv');
    await screen.findByText('题库.csv');
    fireEvent.click(button('预检'));
    expect(await screen.findByText('2 行有误（共 4 处），未导入任何题目')).toBeTruthy();
    expect(screen.getByText('请修改以下 2 行后重新预检：')).toBeTruthy();
    const rows = Array.from(container.querySelectorAll('.import-bad-rows__row')).map((row) => ({
      where: row.querySelector('.import-bad-rows__line')?.textContent,
      problems: Array.from(row.querySelectorAll('.import-bad-rows__problem')).map((problem) => [
        problem.querySelector('.import-bad-rows__column')?.textContent,
        problem.querySelector('.import-bad-rows__message')?.textContent,
      ]),
    }));
    expect(rows).toEqual([
      {
        where: '第 3 行',
        problems: [
          ['题型 type', '「填空」应为 单选、多选、判断'],
          ['难度 difficulty', '「很难」应为 1、2、3 或 易、中、难'],
          ['答案 answer', '「X」应为正确选项的字母，如 A 或 AC'],
        ],
      },
      {
        where: '第 12 行',
        problems: [['答案 answer', '多选题至少需要 2 个正确答案，现有 1 个']],
      },
    ]);
    expect(screen.getByText('3 处')).toBeTruthy();
    expect(screen.queryByText('预检通过')).toBeNull();
    expect(disabled('导入')).toBe(true);
    expect(sent).toHaveLength(1);
    expect(sent[0].dryRun).toBe(true);
  });

  test('a long list shows 20 rows first, then all of them', async () => {
    const fields = Object.fromEntries(
      Array.from({ length: 25 }, (_, i) => [`第${i + 2}行.stem`, '不能为空']),
    );
    server({
      dry: {
        statusCode: 400,
        data: { code: 'QUIZ_IMPORT_INVALID', message: '25 行有误（共 25 处）', fields },
      },
    });
    const { container } = render(<ImportPage />);
    chooseFile(container, CSV, '题库.csv');
    await screen.findByText('题库.csv');
    fireEvent.click(button('预检'));
    expect(await screen.findByText('还有 5 行，显示全部')).toBeTruthy();
    expect(container.querySelectorAll('.import-bad-rows__row')).toHaveLength(20);
    fireEvent.click(screen.getByText('还有 5 行，显示全部'));
    expect(container.querySelectorAll('.import-bad-rows__row')).toHaveLength(25);
    expect(screen.getByText('第 26 行')).toBeTruthy();
  });

  test('pasted JSON is recognised as JSON; a real import rejected after the preview writes nothing', async () => {
    const sent = server({
      real: {
        statusCode: 400,
        data: {
          code: 'QUIZ_IMPORT_INVALID',
          message: '1 处有误，未导入任何题目',
          fields: { '第1题.id': '已被另一道题使用' },
        },
      },
    });
    const { container } = render(<ImportPage />);
    const paste = await waitFor(() => {
      const found = container.querySelector<HTMLTextAreaElement>('textarea[name="content"]');
      if (!found) throw new Error('no textarea yet');
      return found;
    });
    fireEvent.input(paste, { target: { value: JSON_TEXT } });
    expect(await screen.findByText('✓ 约 1 道题，可以预检')).toBeTruthy();
    expect(container.querySelector('.nut-radio-button-active')?.textContent).toBe('JSON');
    fireEvent.click(button('预检'));
    await screen.findByText('预检通过');
    fireEvent.click(button('导入'));
    expect(await screen.findByText('请修改以下 1 道题后重新预检：')).toBeTruthy();
    expect(screen.getByText('第 1 题')).toBeTruthy();
    expect(screen.getByText('编号 id')).toBeTruthy();
    expect(screen.getByText('已被另一道题使用')).toBeTruthy();
    expect(screen.queryByText('导入完成')).toBeNull();
    expect(sent.map((body) => [body.format, body.dryRun])).toEqual([
      ['json', true],
      ['json', false],
    ]);
  });

  test('a file that is not a question list is caught before sending', async () => {
    const sent = server();
    const { container } = render(<ImportPage />);
    chooseFile(container, '名称,地址\n甲,乙', '商家.csv');
    expect(await screen.findByText(/第一行应为表头/)).toBeTruthy();
    expect(disabled('预检')).toBe(true);
    fireEvent.click(button('预检'));
    expect(sent).toHaveLength(0);
  });

  test('not staff: the gate', () => {
    session.clear();
    render(<ImportPage />);
    expect(screen.getByText('仅工作人员可用')).toBeTruthy();
  });
});
