import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { taroTest } from './support/taro-mock';
import { fakeApi, ok } from './support/api-fake';
import { summary } from './support/merchants-fixtures';
import MerchantsPage from '@/pages/merchants/index';

/** 查商家's order by the latest 投诉公示 figures: 默认 / 投诉少 / 调解成功率高. */
const requestMock = Taro.request as unknown as jest.Mock;
const searchCalls = () =>
  requestMock.mock.calls
    .map(([options]) => new URL(options.url, 'http://x'))
    .filter((url) => url.pathname === '/api/v1/merchants')
    .map((url) => Object.fromEntries(url.searchParams));

const withFigures = summary(1, {
  complaintFigures: { accepted: 3, settled: 2, settlementRate: 66.7, medianDaysToClose: 5 },
});
const noRate = summary(2, { complaintFigures: { accepted: 0, settled: 0 } });
const without = summary(3);

beforeEach(() => taroTest.reset());
afterEach(() => Reflect.deleteProperty(navigator, 'geolocation'));

const option = (label: string) =>
  within(screen.getByRole('radiogroup', { name: '排序' })).getByRole('radio', { name: label });
const checked = () =>
  within(screen.getByRole('radiogroup', { name: '排序' }))
    .getAllByRole('radio')
    .filter((node) => node.getAttribute('aria-checked') === 'true')
    .map((node) => node.textContent);

describe('查商家: 排序', () => {
  test('投诉少 and 调解成功率高 ask the server for that order; 默认 goes back', async () => {
    fakeApi({ 'GET /merchants': ok({ items: [withFigures, without], nextCursor: null }) });
    render(<MerchantsPage />);
    await screen.findByText('青山惠民超市1号店');
    expect(checked()).toEqual(['默认']);

    fireEvent.click(option('投诉少'));
    await waitFor(() => expect(searchCalls().at(-1)).toEqual({ sort: 'complaints-asc' }));
    expect(checked()).toEqual(['投诉少']);

    fireEvent.click(option('调解成功率高'));
    await waitFor(() => expect(searchCalls().at(-1)).toEqual({ sort: 'settlement-rate-desc' }));
    expect(checked()).toEqual(['调解成功率高']);

    fireEvent.click(option('默认'));
    await waitFor(() => expect(searchCalls().at(-1)).toEqual({}));
    expect(checked()).toEqual(['默认']);
  });

  test('each result shows its figures; sorted by them, one without says so', async () => {
    fakeApi({ 'GET /merchants': ok({ items: [withFigures, noRate, without], nextCursor: null }) });
    render(<MerchantsPage />);
    const card = async (name: string) =>
      (await screen.findByText(name)).closest('.merchant-card') as HTMLElement;

    expect(
      within(await card('青山惠民超市1号店')).getByText('投诉公示：受理3件 · 调解成功率66.7%'),
    ).toBeTruthy();
    expect(within(await card('青山惠民超市2号店')).getByText('投诉公示：受理0件')).toBeTruthy();
    // Default order: a merchant without figures shows nothing about them.
    expect(screen.queryByText('暂无投诉公示')).toBeNull();

    fireEvent.click(option('投诉少'));
    await waitFor(() => expect(searchCalls().at(-1)).toEqual({ sort: 'complaints-asc' }));
    expect(within(await card('青山惠民超市3号店')).getByText('暂无投诉公示')).toBeTruthy();
    expect(within(await card('青山惠民超市1号店')).queryByText('暂无投诉公示')).toBeNull();
  });

  test('the next page keeps the order and sends its cursor', async () => {
    fakeApi({
      'GET /merchants': (options) =>
        new URL(options.url, 'http://x').searchParams.get('cursor') === 's2'
          ? ok({ items: [without], nextCursor: null })
          : ok({ items: [withFigures, noRate], nextCursor: 's2' }),
    });
    render(<MerchantsPage />);
    await screen.findByText('青山惠民超市1号店');
    fireEvent.click(option('调解成功率高'));
    await waitFor(() => expect(searchCalls().at(-1)).toEqual({ sort: 'settlement-rate-desc' }));
    await screen.findByText('上拉或点此加载更多');
    act(() => taroTest.reachBottom());
    expect(await screen.findByText('青山惠民超市3号店')).toBeTruthy();
    expect(searchCalls().at(-1)).toEqual({ sort: 'settlement-rate-desc', cursor: 's2' });
  });

  test('离我最近 and an order by figures replace each other', async () => {
    Object.defineProperty(navigator, 'geolocation', {
      value: {
        getCurrentPosition: (found: PositionCallback) =>
          found({ coords: { latitude: 26.08, longitude: 119.3 } } as GeolocationPosition),
      },
      configurable: true,
    });
    fakeApi({ 'GET /merchants': ok({ items: [withFigures], nextCursor: null }) });
    render(<MerchantsPage />);
    await screen.findByText('青山惠民超市1号店');

    fireEvent.click(option('投诉少'));
    await waitFor(() => expect(searchCalls().at(-1)).toEqual({ sort: 'complaints-asc' }));
    fireEvent.click(screen.getByText('离我最近'));
    await waitFor(() => expect(searchCalls().at(-1)).toEqual({ near: '26.08000,119.30000' }));
    expect(checked()).toEqual(['默认']);
    expect(screen.getByText('离我最近').className).toContain('is-on');

    fireEvent.click(option('调解成功率高'));
    await waitFor(() => expect(searchCalls().at(-1)).toEqual({ sort: 'settlement-rate-desc' }));
    expect(screen.getByText('离我最近').className).not.toContain('is-on');
  });
});
