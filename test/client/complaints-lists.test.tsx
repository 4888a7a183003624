import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { Region } from '@api/region';
import seededRegion from '../../server/src/db/seed/region.json';
import { taroTest } from './support/taro-mock';
import { fakeApi, fail, ok } from './support/api-fake';
import { sessionFor, summary } from './support/complaints-fixtures';
import QueuePage from '@/features/complaints/pages/queue/index';
import MinePage from '@/features/complaints/pages/mine/index';
import MerchantPage from '@/features/complaints/pages/merchant/index';
import { session } from '@/services/session';

const region = seededRegion as Region;
const queries = () =>
  (Taro.request as unknown as jest.Mock).mock.calls
    .map(([options]) => new URL(options.url as string, 'http://app.test'))
    .filter((url) => url.pathname.endsWith('/complaints'))
    .map((url) => Object.fromEntries(url.searchParams));
const card = (tracking: string) => screen.getByLabelText(`投诉 ${tracking}`);

beforeEach(() => taroTest.reset());

describe('投诉处理 (staff queue)', () => {
  beforeEach(() => session.save(sessionFor('staff')));

  test('deadlines with 已逾期 / 即将到期 marks, filters sent to the server, paging, tap → detail', async () => {
    fakeApi({
      'GET /region': ok(region),
      'GET /complaints': (options) => {
        const query = new URL(options.url, 'http://app.test').searchParams;
        if (query.get('cursor')) return ok({ items: [summary(3)], nextCursor: null });
        if (query.get('status') === 'mediating') {
          return ok({
            items: [summary(4, { status: 'mediating', mediationDeadline: '2026-05-01' })],
            nextCursor: null,
          });
        }
        return ok({
          items: [
            summary(1, { overdue: true, acceptDeadline: '2026-03-10' }),
            summary(2, { status: 'accepted', mediationDeadline: '2026-05-14', dueSoon: true }),
          ],
          nextCursor: 'C2',
        });
      },
    });
    render(<QueuePage />);
    await screen.findByText('青山惠民超市1号店');
    expect(queries()[0]).toEqual({ scope: 'all' });

    const first = within(card('TS202603150001'));
    expect(first.getByText('受理期限：2026年3月10日（含）')).toBeTruthy();
    expect(first.getByText('已逾期').className).toContain('deadline-mark--overdue');
    const second = within(card('TS202603150002'));
    expect(second.getByText('调解期限：2026年5月14日（含）')).toBeTruthy();
    expect(second.getByText('即将到期').className).toContain('deadline-mark--due-soon');
    expect(second.getByText('已受理')).toBeTruthy();

    act(() => taroTest.reachBottom());
    expect(await screen.findByText('青山惠民超市3号店')).toBeTruthy();
    expect(queries().at(-1)).toEqual({ scope: 'all', cursor: 'C2' });

    fireEvent.click(screen.getByText('调解中'));
    expect(await screen.findByText('青山惠民超市4号店')).toBeTruthy();
    expect(queries().at(-1)).toEqual({ scope: 'all', status: 'mediating' });

    // Industry and town pickers from the county profile.
    await waitFor(() => expect(screen.getByLabelText('选择行业')).toBeTruthy());
    fireEvent.click(screen.getByLabelText('选择行业'));
    fireEvent.click(await screen.findByText('确认'));
    await waitFor(() =>
      expect(queries().at(-1)).toEqual({
        scope: 'all',
        status: 'mediating',
        industry: region.industries[0],
      }),
    );
    fireEvent.click(screen.getByLabelText('选择镇街'));
    fireEvent.click(await screen.findByText('确认'));
    await waitFor(() =>
      expect(queries().at(-1)).toEqual({
        scope: 'all',
        status: 'mediating',
        industry: region.industries[0],
        town: region.towns[0],
      }),
    );
    fireEvent.click(screen.getByText('清除筛选'));
    await waitFor(() => expect(queries().at(-1)).toEqual({ scope: 'all' }));

    fireEvent.click(await screen.findByText('青山惠民超市1号店'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/features/complaints/pages/detail/index?id=${summary(1).id}`,
    });
  });

  test('not staff: asks for a staff sign-in', () => {
    session.save(sessionFor('consumer'));
    render(<QueuePage />);
    expect(screen.getByText('仅工作人员可用')).toBeTruthy();
  });
});

describe('我的投诉', () => {
  beforeEach(() => session.save(sessionFor('consumer')));

  test('my complaints with Chinese statuses; pull-down refreshes', async () => {
    fakeApi({
      'GET /complaints': [
        ok({
          items: [
            summary(1, { status: 'settled' }),
            summary(2, { status: 'withdrawn', category: '预付卡' }),
          ],
          nextCursor: null,
        }),
        ok({ items: [summary(1, { status: 'closed' })], nextCursor: null }),
      ],
    });
    render(<MinePage />);
    expect(await screen.findByText('调解成功')).toBeTruthy();
    expect(queries()[0]).toEqual({ scope: 'mine' });
    const second = within(card('TS202603150002'));
    expect(second.getByText('已撤回')).toBeTruthy();
    expect(second.getByText('预付卡 · 编号 TS202603150002')).toBeTruthy();
    expect(second.getByText('2026-03-15 10:05 提交')).toBeTruthy();
    expect(screen.getByText('没有更多了')).toBeTruthy();

    act(() => taroTest.pullDownRefresh());
    expect(await screen.findByText('已办结')).toBeTruthy();
    expect(Taro.stopPullDownRefresh).toHaveBeenCalled();
  });

  test('empty: offers 我要投诉; an error offers a retry', async () => {
    fakeApi({ 'GET /complaints': fail(500, 'INTERNAL', '服务器开小差了，请稍后再试') });
    render(<MinePage />);
    expect(await screen.findByText('服务器开小差了，请稍后再试')).toBeTruthy();
    fakeApi({ 'GET /complaints': ok({ items: [], nextCursor: null }) });
    fireEvent.click(screen.getByText('重新加载'));
    expect(await screen.findByText('还没有投诉')).toBeTruthy();
    fireEvent.click(screen.getByText('我要投诉'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/complaints/pages/new/index' });
  });
});

describe('收到的投诉 (merchant)', () => {
  test('complaints about my business, filterable by status', async () => {
    session.save(sessionFor('merchant'));
    fakeApi({
      'GET /complaints': ok({ items: [summary(1, { dueSoon: true })], nextCursor: null }),
    });
    render(<MerchantPage />);
    expect(await screen.findByText('青山惠民超市1号店')).toBeTruthy();
    expect(queries()[0]).toEqual({ scope: 'merchant' });
    expect(screen.getByText('即将到期')).toBeTruthy();
    fireEvent.click(within(screen.getByLabelText('按状态筛选')).getByText('待受理'));
    await waitFor(() =>
      expect(queries().at(-1)).toEqual({ scope: 'merchant', status: 'submitted' }),
    );
  });
});
