import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { taroTest } from './support/taro-mock';
import { fakeApi, fail, ok } from './support/api-fake';
import { sessionFor } from './support/complaints-fixtures';
import { PAPER_ID, paper, status } from './support/quiz-fixtures';
import { session } from '@/services/session';
import { paperDrafts } from '@/features/quiz/hooks/paper-store';
import QuizLandingPage from '@/features/quiz/pages/index/index';
import { FeatureEntries } from '@/pages/index/components/feature-entries';

beforeEach(() => {
  taroTest.reset();
  session.save(sessionFor('consumer'));
});

const button = (label: string) => screen.getByText(label).closest('.nut-button') as HTMLElement;
const disabled = (element: HTMLElement) => element.classList.contains('nut-button-disabled');

describe('答题首页', () => {
  test('shows the rules, the day left, topics with counts, the best score and the entries', async () => {
    fakeApi({
      'GET /quiz/me': ok(status({ best: { score: 90, seconds: 65, submittedAt: '2027-03-14' } })),
    });
    render(<QuizLandingPage />);
    expect(
      await screen.findByText(
        '每局 10 题，限时 5分钟，每天可答 3 次，今日剩余 2 次。多选题全部选对才得分。',
      ),
    ).toBeTruthy();
    expect(screen.getByText('100题')).toBeTruthy(); // 全部
    expect(screen.getByText('40题')).toBeTruthy();
    expect(screen.getByText('90分 · 用时1分5秒')).toBeTruthy();
    expect(screen.getByText('4 道错题待复习')).toBeTruthy();

    fireEvent.click(screen.getByText('错题本'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({
      url: '/features/quiz/pages/mistakes/index',
    });
    fireEvent.click(screen.getByText('排行榜'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({
      url: '/features/quiz/pages/leaderboard/index',
    });
  });

  test('开始答题 draws a paper of the chosen topic, keeps it and opens it', async () => {
    const posted: unknown[] = [];
    fakeApi({
      'GET /quiz/me': ok(status()),
      'POST /quiz/papers': (options) => {
        posted.push(options.data);
        return { statusCode: 201, data: paper() };
      },
    });
    render(<QuizLandingPage />);
    await screen.findByText('开始答题');
    fireEvent.click(screen.getByText('消费者权益'));
    fireEvent.click(button('开始答题'));
    await waitFor(() =>
      expect(Taro.navigateTo).toHaveBeenCalledWith({
        url: `/features/quiz/pages/paper/index?id=${PAPER_ID}`,
      }),
    );
    expect(posted).toEqual([{ topic: '消费者权益' }]);
    expect(paperDrafts.get(PAPER_ID)?.paper.questions).toHaveLength(3);
    expect(paperDrafts.open()?.paper.paperId).toBe(PAPER_ID);
  });

  test('the daily limit from the server is explained and 开始答题 is off', async () => {
    fakeApi({
      'GET /quiz/me': ok(status()),
      'POST /quiz/papers': fail(409, 'QUIZ_DAILY_LIMIT', '今日答题次数已用完'),
    });
    render(<QuizLandingPage />);
    await screen.findByText('开始答题');
    fireEvent.click(button('开始答题'));
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      '今天的答题次数已用完，明天再来挑战吧！可以先去错题本复习。',
    );
    expect(disabled(button('开始答题'))).toBe(true);
    expect(Taro.navigateTo).not.toHaveBeenCalled();
  });

  test('no chances left today: the message shows without drawing', async () => {
    const api = fakeApi({ 'GET /quiz/me': ok(status({ usedToday: 3 })) });
    render(<QuizLandingPage />);
    expect(await screen.findByText(/今天的答题次数已用完/)).toBeTruthy();
    expect(disabled(button('开始答题'))).toBe(true);
    fireEvent.click(button('开始答题'));
    expect(api.calls).not.toContain('POST /quiz/papers');
  });

  test('an unfinished paper within its time can be resumed', async () => {
    fakeApi({ 'GET /quiz/me': ok(status()) });
    const draft = paperDrafts.start(paper(), Date.now() - 60_000);
    paperDrafts.save({ ...draft, answers: { q001: ['A'] } });
    render(<QuizLandingPage />);
    expect(await screen.findByText('你有一份未完成的试卷')).toBeTruthy();
    expect(screen.getByText('已答 1/3 题 · 剩余 04:00')).toBeTruthy();
    // The card's clock ticks like the paper's.
    expect(await screen.findByText('已答 1/3 题 · 剩余 03:59')).toBeTruthy();
    fireEvent.click(button('继续答题'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/features/quiz/pages/paper/index?id=${PAPER_ID}`,
    });
  });

  test('signed out: the sign-in prompt instead of the quiz', () => {
    session.clear();
    const api = fakeApi({});
    render(<QuizLandingPage />);
    expect(screen.getByText('请先登录')).toBeTruthy();
    expect(screen.queryByText('开始答题')).toBeNull();
    expect(api.calls).not.toContain('GET /quiz/me');
  });

  test('首页 has a 识假答题 entry', () => {
    render(<FeatureEntries />);
    fireEvent.click(screen.getByText('识假答题'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/quiz/pages/index/index' });
  });
});
