import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { Leaderboard, LeaderboardEntry } from '@api/quiz';
import { taroTest } from './support/taro-mock';
import { fakeApi, ok } from './support/api-fake';
import { sessionFor } from './support/complaints-fixtures';
import { session } from '@/services/session';
import LeaderboardPage from '@/features/quiz/pages/leaderboard/index';

beforeEach(() => {
  taroTest.reset();
  session.save(sessionFor('consumer'));
});

const entry = (rank: number, nickname: string, patch: Partial<LeaderboardEntry> = {}) => ({
  rank,
  nickname,
  bestScore: 100 - rank * 10,
  seconds: 60 + rank,
  papers: 1,
  ...patch,
});
const board = (scope: Leaderboard['scope'], patch: Partial<Leaderboard> = {}): Leaderboard => ({
  scope,
  entries: [entry(1, `${scope}-冠军`), entry(2, '李四'), entry(3, '王五'), entry(4, '赵六')],
  ...patch,
});

const scopes = () =>
  (Taro.request as unknown as jest.Mock).mock.calls.map(([options]) =>
    new URL(options.url as string, 'http://app.test').searchParams.get('scope'),
  );

describe('排行榜', () => {
  test('tabs request their scope; medals, scores, times; my row pinned; event window', async () => {
    fakeApi({
      'GET /quiz/leaderboard': (options) => {
        const scope = new URL(options.url, 'http://app.test').searchParams.get('scope');
        if (scope === 'event') {
          return ok(board('event', { from: '2027-03-01', to: '2027-03-31' }));
        }
        if (scope === 'all') return ok(board('all', { entries: [] }));
        return ok(board('today', { me: entry(17, '小明', { bestScore: 70, seconds: 95 }) }));
      },
    });
    render(<LeaderboardPage />);
    expect(await screen.findByText('today-冠军')).toBeTruthy();
    expect(scopes()).toEqual(['today']);
    expect(screen.getByLabelText('第1名').className).toContain('quiz-board__rank--1');
    expect(screen.getByLabelText('第3名').className).toContain('quiz-board__rank--3');
    expect(screen.getByLabelText('第4名').className).not.toContain('medal');
    expect(screen.getByLabelText('第4名').textContent).toBe('4');
    expect(screen.getByText('90分')).toBeTruthy();
    expect(screen.getByText('1分1秒')).toBeTruthy();
    expect(screen.getByText(/同分按用时排序/)).toBeTruthy();
    const me = screen.getByLabelText('我的排名');
    expect(within(me).getByText('我（小明）')).toBeTruthy();
    expect(within(me).getByText('17')).toBeTruthy();
    expect(within(me).getByText('70分')).toBeTruthy();
    expect(within(me).getByText('1分35秒')).toBeTruthy();

    fireEvent.click(screen.getByText('本次活动'));
    expect(await screen.findByText('event-冠军')).toBeTruthy();
    expect(screen.getByText('活动时间：2027-03-01 至 2027-03-31')).toBeTruthy();
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('本次活动');
    expect(
      within(screen.getByLabelText('我的排名')).getByText('你在这个榜单上还没有成绩'),
    ).toBeTruthy();

    fireEvent.click(screen.getByText('总榜'));
    expect(await screen.findByText('还没有人上榜')).toBeTruthy();
    await waitFor(() => expect(scopes()).toEqual(['today', 'event', 'all']));
  });

  test('signed out: public board, a prompt instead of my row', async () => {
    session.clear();
    fakeApi({ 'GET /quiz/leaderboard': ok(board('today')) });
    render(<LeaderboardPage />);
    await screen.findByText('today-冠军');
    expect(screen.getByText('登录并答题后可查看自己的排名')).toBeTruthy();
  });
});
