import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { AdvisoryStats } from '@api/advisories';
import { taroTest } from './support/taro-mock';
import { fakeApi, ok } from './support/api-fake';
import { staffSession } from './support/advisories-staff-fixtures';
import StatsPage from '@/features/advisories/pages/stats/index';
import { session } from '@/services/session';

beforeEach(() => {
  taroTest.reset();
  session.save(staffSession);
});

const figures = (views: number, useful: number, shares: number, shareEntries: number) => ({
  views,
  useful,
  shares,
  shareEntries,
});

const STATS: AdvisoryStats = {
  from: '2026-02-14',
  to: '2026-03-15',
  items: [
    {
      id: 'A1',
      title: '开学季校外培训预付费提醒',
      kind: '提示',
      category: '教育培训',
      ...figures(40, 3, 2, 5),
    },
    {
      id: 'A2',
      title: '警惕“免费体检”推销保健品',
      kind: '警示',
      category: '老年人保健品',
      ...figures(310, 45, 21, 64),
    },
  ],
  byCategory: [
    { category: '教育培训', advisories: 1, ...figures(40, 3, 2, 5) },
    { category: '老年人保健品', advisories: 1, ...figures(310, 45, 21, 64) },
  ],
};

function serve(answer: (days: string) => AdvisoryStats) {
  const asked: string[] = [];
  fakeApi({
    'GET /advisories/stats': (options) => {
      const days = new URL(options.url, 'http://app.test').searchParams.get('days') ?? '';
      asked.push(days);
      return ok(answer(days));
    },
  });
  return asked;
}

test('per category and per advisory: views, 有用, shares and visits through shares, most read first', async () => {
  serve(() => STATS);
  render(<StatsPage />);
  const rows = await screen.findAllByRole('button');
  const titles = rows.map((row) => row.getAttribute('aria-label'));
  expect(titles.indexOf('警惕“免费体检”推销保健品')).toBeLessThan(
    titles.indexOf('开学季校外培训预付费提醒'),
  );
  const top = screen.getByRole('button', { name: '警惕“免费体检”推销保健品' });
  expect(within(top).getByLabelText('阅读 310')).toBeTruthy();
  expect(within(top).getByLabelText('有用 45')).toBeTruthy();
  expect(within(top).getByLabelText('分享 21')).toBeTruthy();
  expect(within(top).getByLabelText('分享带来访问 64')).toBeTruthy();
  const category = screen.getByLabelText('分类 教育培训');
  expect(within(category).getByLabelText('分享带来访问 5')).toBeTruthy();
  expect(within(category).getByText('1 条')).toBeTruthy();
});

test('the period chips ask for 7/30/90 days; an empty period says so', async () => {
  const asked = serve((days) => (days === '7' ? { ...STATS, items: [], byCategory: [] } : STATS));
  render(<StatsPage />);
  await screen.findByLabelText('分类 教育培训');
  fireEvent.click(screen.getByText('近7天'));
  expect(await screen.findByText('这段时间还没有阅读数据')).toBeTruthy();
  fireEvent.click(screen.getByText('近90天'));
  await waitFor(() => expect(asked).toEqual(['30', '7', '90']));
});
