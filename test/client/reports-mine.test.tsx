import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { MyReport, ReportProgress } from '@api/reports';
import { taroTest } from './support/taro-mock';
import { fakeApi, fail, ok } from './support/api-fake';
import { sessionFor } from './support/complaints-fixtures';
import MyReportsPage from '@/features/reports/pages/mine/index';
import ReportDetailPage from '@/features/reports/pages/detail/index';
import { entriesFor } from '@/pages/me/me-entries';
import { session } from '@/services/session';

const report = (n: number, status: MyReport['status']): MyReport => ({
  id: `01JREPORT00000000000000${n}`,
  reportNo: `JB20270315-000${n}`,
  status,
  businessName: `第${n}家店`,
  receivedOn: '2027-03-15',
  decideBy: '2027-04-03',
  updatedAt: '2027-03-15T02:00:00.000Z',
});

beforeEach(() => {
  taroTest.reset();
  session.save(sessionFor('consumer'));
});

describe('我的举报', () => {
  test('signed out: asks to sign in and loads nothing', () => {
    session.clear();
    const api = fakeApi({});
    render(<MyReportsPage />);
    expect(screen.getByText('登录后可查看您的实名举报和处理进度。')).toBeTruthy();
    expect(api.calls).toEqual([]);
  });

  test('my real-name reports page by page; a card opens its detail', async () => {
    const queries: string[] = [];
    fakeApi({
      'GET /reports/mine': (options) => {
        queries.push(options.url);
        return options.url.includes('cursor=')
          ? ok({ items: [report(1, 'concluded')], nextCursor: null })
          : ok({ items: [report(3, 'received'), report(2, 'case-opened')], nextCursor: 'c2' });
      },
    });
    render(<MyReportsPage />);
    expect(await screen.findByText('第3家店')).toBeTruthy();
    expect(screen.getByText('2027年4月3日前决定是否立案')).toBeTruthy();
    expect(screen.getByText('已立案')).toBeTruthy();
    taroTest.reachBottom();
    expect(await screen.findByText('第1家店')).toBeTruthy();
    expect(screen.getByText('已办结')).toBeTruthy();
    expect(queries[1]).toContain('cursor=c2');
    fireEvent.click(screen.getByText('第2家店'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/features/reports/pages/detail/index?id=01JREPORT000000000000002',
    });
  });

  test('none yet: says anonymous ones are checked by number and code', async () => {
    fakeApi({ 'GET /reports/mine': ok({ items: [], nextCursor: null }) });
    render(<MyReportsPage />);
    expect(await screen.findByText('还没有实名举报')).toBeTruthy();
    expect(screen.getByText(/匿名举报不关联账号/)).toBeTruthy();
  });

  test('the detail shows the same progress view by id; someone else’s is not found', async () => {
    const detail: ReportProgress = {
      reportNo: 'JB20270315-0002',
      status: 'not-opened',
      reporterKind: 'real-name',
      businessName: '第2家店',
      receivedOn: '2027-03-15',
      decideBy: '2027-04-03',
      extended: false,
      decidedOn: '2027-03-30',
      declineReason: '现有证据不能初步证明存在违法行为（行政处罚程序规定第十九条第一项）',
      steps: [
        { at: '2027-03-15T02:00:00.000Z', label: '已收到举报' },
        { at: '2027-03-30T02:00:00.000Z', label: '不予立案' },
      ],
    };
    taroTest.setRouterParams({ id: '01JREPORT000000000000002' });
    fakeApi({ 'GET /reports/01JREPORT000000000000002': ok(detail) });
    const { unmount } = render(<ReportDetailPage />);
    // The ground's article is a tap to it (issue 17).
    const ground = await screen.findByText('行政处罚程序规定第十九条');
    expect(ground.parentElement?.textContent).toBe(
      '现有证据不能初步证明存在违法行为（行政处罚程序规定第十九条第一项）',
    );
    fireEvent.click(ground);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({
      url: '/features/law/pages/article/index?law=penalty-procedure&no=19',
    });
    expect(screen.getAllByText('不予立案').length).toBeGreaterThan(0);
    expect(screen.getByText('实名举报 · 被举报：第2家店')).toBeTruthy();
    unmount();

    fakeApi({
      'GET /reports/01JREPORT000000000000002': fail(404, 'NOT_FOUND', '举报不存在'),
    });
    render(<ReportDetailPage />);
    expect(await screen.findByText('举报不存在')).toBeTruthy();
  });

  test('我的 lists 我的举报 and 举报进度查询 for consumers and merchants, not for staff', () => {
    const titles = (role: Parameters<typeof entriesFor>[0]) =>
      entriesFor(role).map((entry) => entry.title);
    for (const role of ['consumer', 'merchant', undefined] as const) {
      expect(titles(role)).toEqual(expect.arrayContaining(['我的举报', '举报进度查询']));
    }
    expect(titles('staff')).not.toContain('我的举报');
    expect(titles('staff')).not.toContain('举报进度查询');
  });
});
