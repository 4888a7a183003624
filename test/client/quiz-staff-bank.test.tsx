import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { taroTest } from './support/taro-mock';
import { fakeApi, ok } from './support/api-fake';
import { staffQuestion, staffSession } from './support/quiz-staff-fixtures';
import BankPage from '@/features/quiz/pages/bank/index';
import { entriesFor } from '@/pages/me/me-entries';
import { session } from '@/services/session';

beforeEach(() => {
  taroTest.reset();
  session.save(staffSession);
});

/** The query strings the list was asked with, in order. */
const listQueries = () =>
  (Taro.request as unknown as jest.Mock).mock.calls
    .map(([options]) => new URL(options.url, 'http://app.test'))
    .filter((url) => url.pathname === '/api/v1/quiz/questions')
    .map((url) => Object.fromEntries(url.searchParams));

const card = (text: string) => screen.getByText(text).closest('.staff-question') as HTMLElement;

describe('题库管理', () => {
  test('lists questions with tags, stats and open reports; tapping opens the editor', async () => {
    fakeApi({
      'GET /quiz/questions': ok({
        items: [
          staffQuestion(1, { answered: 120, correctRate: 35, openReports: 2 }),
          staffQuestion(2, {
            type: 'true-false',
            topic: '投诉维权',
            subtopic: '12315',
            difficulty: 3,
            options: [
              { key: 'A', text: '对' },
              { key: 'B', text: '错' },
            ],
          }),
        ],
      }),
    });
    render(<BankPage />);
    const stem = '第1题：下列哪类商品必须有3C认证标志？';
    expect(await screen.findByText(stem)).toBeTruthy();
    const one = within(card(stem));
    expect(one.getByText('题号 q001')).toBeTruthy();
    expect(one.getByText('单选')).toBeTruthy();
    expect(one.getByText('识假辨假')).toBeTruthy();
    expect(one.getByText('易')).toBeTruthy();
    expect(one.getByText('作答 120 次')).toBeTruthy();
    expect(one.getByText('正确率 35%')).toBeTruthy();
    expect(one.getByText('2 条纠错')).toBeTruthy();

    const two = within(card('第2题：下列哪类商品必须有3C认证标志？'));
    expect(two.getByText('判断')).toBeTruthy();
    expect(two.getByText('难')).toBeTruthy();
    expect(two.getByText('暂无作答')).toBeTruthy();
    expect(two.queryByText(/条纠错/)).toBeNull();
    expect(screen.getByText('没有更多了')).toBeTruthy();

    fireEvent.click(screen.getByText(stem));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/features/quiz/pages/question/index?id=q001',
    });
    expect(listQueries()[0]).toEqual({ status: 'active', limit: '20' });
  });

  test('a question added in the app shows no generated id, only its tags and stem', async () => {
    const generated = '01jfz3k8m2q4r6t8v0w2x4y6z8';
    fakeApi({
      'GET /quiz/questions': ok({ items: [staffQuestion(3, { id: generated })] }),
    });
    render(<BankPage />);
    const stem = '第3题：下列哪类商品必须有3C认证标志？';
    expect(await screen.findByText(stem)).toBeTruthy();
    const three = card(stem);
    expect(three.textContent).not.toMatch(/01j/i);
    expect(within(three).queryByText(/题号/)).toBeNull();
    expect(within(three).getByText('识假辨假')).toBeTruthy();
    fireEvent.click(screen.getByText(stem));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/features/quiz/pages/question/index?id=${generated}`,
    });
  });

  test('topic, status and search change the query; the next page loads on demand', async () => {
    fakeApi({
      'GET /quiz/questions': (options) => {
        const url = new URL(options.url, 'http://app.test');
        if (url.searchParams.get('cursor') === 'NEXT') {
          return ok({ items: [staffQuestion(3)] });
        }
        return ok({
          items: [staffQuestion(1)],
          ...(url.searchParams.get('q') ? {} : { nextCursor: 'NEXT' }),
        });
      },
    });
    const { container } = render(<BankPage />);
    await screen.findByText('第1题：下列哪类商品必须有3C认证标志？');
    fireEvent.click(screen.getByText('上拉或点此加载更多'));
    expect(await screen.findByText('第3题：下列哪类商品必须有3C认证标志？')).toBeTruthy();
    expect(listQueries()[1]).toMatchObject({ cursor: 'NEXT' });

    fireEvent.click(screen.getByRole('tab', { name: '消费者权益' }));
    await waitFor(() =>
      expect(listQueries().at(-1)).toEqual({ topic: '消费者权益', status: 'active', limit: '20' }),
    );
    fireEvent.click(screen.getByRole('tab', { name: '已停用' }));
    await waitFor(() =>
      expect(listQueries().at(-1)).toEqual({ topic: '消费者权益', status: 'retired', limit: '20' }),
    );
    const search = container.querySelector('input[name="q"]') as HTMLInputElement;
    fireEvent.input(search, { target: { value: ' 3C ' } });
    fireEvent.click(screen.getByText('搜索'));
    await waitFor(() =>
      expect(listQueries().at(-1)).toEqual({
        topic: '消费者权益',
        status: 'retired',
        q: '3C',
        limit: '20',
      }),
    );
    expect(await screen.findByText('“3C”的搜索结果')).toBeTruthy();

    fireEvent.click(screen.getByRole('tab', { name: '全部专题' }));
    await waitFor(() =>
      expect(listQueries().at(-1)).toEqual({ status: 'retired', q: '3C', limit: '20' }),
    );
  });

  test('an empty bank says how to fill it; 新增题目 and 导入题目 open their pages', async () => {
    fakeApi({ 'GET /quiz/questions': ok({ items: [] }) });
    render(<BankPage />);
    expect(await screen.findByText('题库还是空的')).toBeTruthy();
    fireEvent.click(screen.getByText('新增题目'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/quiz/pages/question/index' });
    fireEvent.click(screen.getByText('导入题目'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/quiz/pages/import/index' });
  });

  test('a failed load offers a retry', async () => {
    fakeApi({
      'GET /quiz/questions': [
        { statusCode: 500, data: { code: 'INTERNAL', message: '服务器开小差了' } },
        ok({ items: [staffQuestion(1)] }),
      ],
    });
    render(<BankPage />);
    expect(await screen.findByText('服务器开小差了')).toBeTruthy();
    fireEvent.click(screen.getByText('重新加载'));
    expect(await screen.findByText('第1题：下列哪类商品必须有3C认证标志？')).toBeTruthy();
  });

  test('not staff: the gate, no request', () => {
    session.save({ ...staffSession, user: { ...staffSession.user, role: 'consumer' as never } });
    const api = fakeApi({});
    render(<BankPage />);
    expect(screen.getByText('仅工作人员可用')).toBeTruthy();
    expect(api.calls).toEqual([]);
  });

  test('我的 shows staff the bank and the report queue, and nobody else', () => {
    const urls = (role: Parameters<typeof entriesFor>[0]) => entriesFor(role).map((e) => e.url);
    expect(urls('staff')).toEqual(
      expect.arrayContaining([
        '/features/quiz/pages/bank/index',
        '/features/quiz/pages/reports/index',
      ]),
    );
    expect(urls('admin')).toContain('/features/quiz/pages/bank/index');
    expect(urls('merchant')).not.toContain('/features/quiz/pages/bank/index');
    expect(urls(undefined)).not.toContain('/features/quiz/pages/reports/index');
  });
});
