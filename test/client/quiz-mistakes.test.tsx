import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { taroTest } from './support/taro-mock';
import { fakeApi, fail, ok } from './support/api-fake';
import { sessionFor } from './support/complaints-fixtures';
import { QUESTIONS, mistake } from './support/quiz-fixtures';
import { session } from '@/services/session';
import MistakesPage from '@/features/quiz/pages/mistakes/index';

beforeEach(() => {
  taroTest.reset();
  session.save(sessionFor('consumer'));
});

const requestUrls = () =>
  (Taro.request as unknown as jest.Mock).mock.calls.map(([options]) => options.url as string);
const card = (stem: string) => screen.getByLabelText(stem);
const STEM1 = QUESTIONS[0].stem;
const STEM2 = QUESTIONS[1].stem;

describe('错题本', () => {
  test('retry a question: right or wrong, with the explanation', async () => {
    fakeApi({
      'GET /quiz/mistakes': ok({ items: [mistake(QUESTIONS[0]), mistake(QUESTIONS[1])] }),
    });
    render(<MistakesPage />);
    await screen.findByText(STEM1);
    const first = card(STEM1);
    expect(within(first).getByText('答错 2 次 · 上次选了 B')).toBeTruthy();
    expect(within(first).queryByText(/解析/)).toBeNull();
    fireEvent.click(within(first).getByText('CCC标志'));
    fireEvent.click(within(first).getByText('提交'));
    expect(within(first).getByText('✓ 回答正确')).toBeTruthy();
    expect(within(first).getByText(/强制性产品认证标志/)).toBeTruthy();

    const second = card(STEM2);
    fireEvent.click(within(second).getByText('安全保障权'));
    fireEvent.click(within(second).getByText('知悉真情权'));
    fireEvent.click(within(second).getByText('提交'));
    expect(within(second).getByText('✗ 回答错误，正确答案是 ABD')).toBeTruthy();
    expect(within(second).getByText(/等九项权利/)).toBeTruthy();
    fireEvent.click(within(second).getByText('再做一次'));
    expect(within(second).queryByText(/回答错误/)).toBeNull();
  });

  test('已掌握 deletes the mistake and removes its card; a failure keeps it', async () => {
    const deleted: string[] = [];
    fakeApi({
      'GET /quiz/mistakes': ok({ items: [mistake(QUESTIONS[0]), mistake(QUESTIONS[1])] }),
      'DELETE /quiz/mistakes/q001': [
        fail(500, 'INTERNAL', '服务器开小差了'),
        { statusCode: 204, data: '' },
      ],
      'DELETE /quiz/mistakes/q002': () => (deleted.push('q002'), { statusCode: 204, data: '' }),
    });
    render(<MistakesPage />);
    await screen.findByText(STEM1);
    fireEvent.click(within(card(STEM1)).getByText('已掌握，移出错题本'));
    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith(
        expect.objectContaining({ title: '服务器开小差了' }),
      ),
    );
    expect(screen.getByText(STEM1)).toBeTruthy();

    fireEvent.click(within(card(STEM1)).getByText('已掌握，移出错题本'));
    await waitFor(() => expect(screen.queryByText(STEM1)).toBeNull());
    expect(screen.getByText(STEM2)).toBeTruthy();
    expect(deleted).toEqual([]);
  });

  test('filter by topic; an empty list links to the quiz', async () => {
    fakeApi({
      'GET /quiz/mistakes': (options) =>
        ok({ items: options.url.includes('topic=') ? [] : [mistake(QUESTIONS[0])] }),
    });
    render(<MistakesPage />);
    await screen.findByText(STEM1);
    fireEvent.click(screen.getByText('投诉维权'));
    expect(await screen.findByText('「投诉维权」没有错题')).toBeTruthy();
    expect(requestUrls().at(-1)).toContain(`topic=${encodeURIComponent('投诉维权')}`);
    fireEvent.click(screen.getByText('去答题'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/quiz/pages/index/index' });
  });

  test('more pages load with the cursor', async () => {
    fakeApi({
      'GET /quiz/mistakes': (options) =>
        options.url.includes('cursor=C2')
          ? ok({ items: [mistake(QUESTIONS[2])] })
          : ok({ items: [mistake(QUESTIONS[0])], nextCursor: 'C2' }),
    });
    render(<MistakesPage />);
    await screen.findByText(STEM1);
    fireEvent.click(screen.getByText('上拉或点此加载更多'));
    expect(await screen.findByText(QUESTIONS[2].stem)).toBeTruthy();
    expect(screen.getByText('没有更多了')).toBeTruthy();
  });
});
