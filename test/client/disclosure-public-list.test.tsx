import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { Region } from '@api/region';
import seededRegion from '../../server/src/db/seed/region.json';
import { taroTest } from './support/taro-mock';
import { fail, fakeApi, ok } from './support/api-fake';
import { batchCard } from './support/disclosure-public-fixtures';
import DisclosureListPage from '@/features/disclosure/pages/index/index';
import HomePage from '@/pages/index/index';

const region = seededRegion as Region;

/** The query each GET /disclosure/batches was sent with. */
const listQueries = () =>
  (Taro.request as unknown as jest.Mock).mock.calls
    .map(([options]: [{ url: string }]) => new URL(options.url, 'http://app.test'))
    .filter((url) => url.pathname === '/api/v1/disclosure/batches')
    .map((url) => url.searchParams.get('cursor'));

beforeEach(() => taroTest.reset());

describe('投诉公示 list', () => {
  test('says who publishes, on what basis, and that nothing personal is published', async () => {
    fakeApi({
      'GET /region': ok(region),
      'GET /disclosure/batches': ok({ items: [], nextCursor: null }),
    });
    render(<DisclosureListPage />);
    const intro = screen.getByLabelText('公示说明');
    await waitFor(() => expect(intro.textContent).toContain(region.council));
    expect(intro.textContent).toContain(region.bureau);
    expect(intro.textContent).toContain('《市场监督管理投诉举报处理暂行办法》第三十四条');
    expect(intro.textContent).toContain('《消费者权益保护法实施条例》第二十九条、第三十八条');
    expect(intro.textContent).toContain('不公示投诉人等任何个人信息');
    expect(await screen.findByText('暂无公示批次')).toBeTruthy();
  });

  test('cards show period, version, date and totals; withdrawn and superseded are marked', async () => {
    fakeApi({
      'GET /disclosure/batches': ok({
        items: [
          batchCard('B3', { title: '3·15专题投诉公示', kind: 'topic', version: 2 }),
          batchCard('B2', { title: '2026年第四季度投诉公示', status: 'superseded' }),
          batchCard('B1', {
            title: '2026年第三季度投诉公示',
            status: 'withdrawn',
            totals: undefined,
          }),
        ],
        nextCursor: null,
      }),
    });
    render(<DisclosureListPage />);

    const current = await screen.findByRole('button', { name: '3·15专题投诉公示' });
    expect(
      within(current).getByText('2027年1月1日至2027年3月31日 · 第2版 · 2027年4月20日发布'),
    ).toBeTruthy();
    expect(within(current).getByText('40')).toBeTruthy();
    expect(within(current).getByText('30')).toBeTruthy();
    expect(within(current).getByText('75%')).toBeTruthy();
    expect(within(current).getByText('成功率')).toBeTruthy();
    expect(within(current).queryByText('已撤回')).toBeNull();
    expect(within(current).queryByText('已更正')).toBeNull();

    const superseded = screen.getByRole('button', { name: '2026年第四季度投诉公示' });
    expect(within(superseded).getByText('已更正')).toBeTruthy();
    expect(within(superseded).getByText('75%')).toBeTruthy();

    const withdrawn = screen.getByRole('button', { name: '2026年第三季度投诉公示' });
    expect(within(withdrawn).getByText('已撤回')).toBeTruthy();
    expect(within(withdrawn).getByText('该批次已撤回，数据不再公示')).toBeTruthy();
    expect(within(withdrawn).queryByText('受理')).toBeNull();

    fireEvent.click(current);
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/features/disclosure/pages/batch/index?id=B3',
    });
  });

  test('a withdrawn batch shows no figures even if the server sent some', async () => {
    fakeApi({
      'GET /disclosure/batches': ok({
        items: [batchCard('B1', { status: 'withdrawn' })],
        nextCursor: null,
      }),
    });
    render(<DisclosureListPage />);
    const card = await screen.findByRole('button', { name: '2027年第一季度投诉公示B1' });
    expect(within(card).queryByText('75%')).toBeNull();
  });

  test('a failed load says why and loads again on retry', async () => {
    fakeApi({
      'GET /disclosure/batches': [
        fail(500, 'INTERNAL', '服务器开小差了，请稍后再试'),
        ok({ items: [batchCard('B1')], nextCursor: null }),
      ],
    });
    render(<DisclosureListPage />);
    expect(await screen.findByText('服务器开小差了，请稍后再试')).toBeTruthy();
    fireEvent.click(screen.getByText('重新加载'));
    expect(await screen.findByText('2027年第一季度投诉公示B1')).toBeTruthy();
  });

  test('pages on with the cursor at the bottom and starts again on pull-down', async () => {
    fakeApi({
      'GET /disclosure/batches': (options) =>
        options.url.includes('cursor=c2')
          ? ok({ items: [batchCard('B1')], nextCursor: null })
          : ok({ items: [batchCard('B2')], nextCursor: 'c2' }),
    });
    render(<DisclosureListPage />);
    expect(await screen.findByText('2027年第一季度投诉公示B2')).toBeTruthy();
    act(() => taroTest.reachBottom());
    expect(await screen.findByText('2027年第一季度投诉公示B1')).toBeTruthy();
    expect(listQueries()).toEqual([null, 'c2']);
    act(() => taroTest.pullDownRefresh());
    await waitFor(() => expect(listQueries()).toEqual([null, 'c2', null]));
    await waitFor(() => expect(screen.queryByText('2027年第一季度投诉公示B1')).toBeNull());
  });
});

describe('首页 entry', () => {
  test('投诉公示 opens the list', async () => {
    fakeApi({ 'GET /region': ok(region) });
    render(<HomePage />);
    fireEvent.click(await screen.findByText('投诉公示'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/disclosure/pages/index/index' });
  });
});
