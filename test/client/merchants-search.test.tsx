import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { taroTest } from './support/taro-mock';
import { fakeApi, ok } from './support/api-fake';
import { summary } from './support/merchants-fixtures';
import { sessionFor } from './support/complaints-fixtures';
import MerchantsPage from '@/pages/merchants/index';
import NewComplaintPage from '@/features/complaints/pages/new/index';
import { session } from '@/services/session';

const requestMock = Taro.request as unknown as jest.Mock;
const searchCalls = () =>
  requestMock.mock.calls
    .map(([options]) => new URL(options.url, 'http://x'))
    .filter((url) => url.pathname === '/api/v1/merchants')
    .map((url) => Object.fromEntries(url.searchParams));

beforeEach(() => taroTest.reset());
afterEach(() => {
  process.env.TARO_ENV = 'h5';
  Reflect.deleteProperty(navigator, 'geolocation');
});

/** The browser's geolocation answering with a position or a GeolocationPositionError code. */
function browserGeolocation(answer: { latitude: number; longitude: number } | { code: number }) {
  const getCurrentPosition = jest.fn((found: PositionCallback, failed: PositionErrorCallback) => {
    if ('code' in answer) failed(answer as GeolocationPositionError);
    else found({ coords: answer } as GeolocationPosition);
  });
  Object.defineProperty(navigator, 'geolocation', {
    value: { getCurrentPosition },
    configurable: true,
  });
  return getCurrentPosition;
}

const toastTitle = (title: string) =>
  waitFor(() => expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title })));

async function typeQuery(container: HTMLElement, value: string) {
  const input = await waitFor(() => {
    const found = container.querySelector<HTMLInputElement>('.merchants__input input');
    if (!found) throw new Error('no input yet');
    return found;
  });
  fireEvent.input(input, { target: { value } });
}

describe('查商家', () => {
  test('lists merchants with their valid badges and opens one', async () => {
    fakeApi({
      'GET /merchants': ok({
        items: [
          summary(1, {
            badges: {
              modelUnit: { category: '商场超市', level: '县级', year: 2026 },
              pledge: true,
              initiative: true,
            },
          }),
          summary(2),
        ],
        nextCursor: null,
      }),
    });
    render(<MerchantsPage />);
    const card = (await screen.findByText('青山惠民超市1号店')).closest(
      '.merchant-card',
    ) as HTMLElement;
    expect(within(card).getByText('县级放心消费示范单位')).toBeTruthy();
    expect(within(card).getByText('线下无理由退货')).toBeTruthy();
    expect(within(card).getByText('已签倡议')).toBeTruthy();
    const plain = screen.getByText('青山惠民超市2号店').closest('.merchant-card') as HTMLElement;
    expect(plain.querySelector('.badge-tags')).toBeNull();
    expect(screen.getByText('没有更多了')).toBeTruthy();

    fireEvent.click(screen.getByText('青山惠民超市2号店'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/features/merchants/pages/detail/index?id=${summary(2).id}`,
    });
  });

  test('typing searches after a pause; the badge chip filters', async () => {
    fakeApi({ 'GET /merchants': ok({ items: [summary(3)], nextCursor: null }) });
    const { container } = render(<MerchantsPage />);
    await screen.findByText('青山惠民超市3号店');

    await typeQuery(container, '惠民');
    await waitFor(() => expect(searchCalls().at(-1)).toEqual({ q: '惠民' }));

    fireEvent.click(screen.getByText('示范单位'));
    await waitFor(() => expect(searchCalls().at(-1)).toEqual({ q: '惠民', badge: 'model-unit' }));
    fireEvent.click(screen.getByText('示范单位'));
    await waitFor(() => expect(searchCalls().at(-1)).toEqual({ q: '惠民' }));
  });

  test('reaching the bottom loads the next page with the cursor', async () => {
    fakeApi({
      'GET /merchants': (options) =>
        new URL(options.url, 'http://x').searchParams.get('cursor') === 'c2'
          ? ok({ items: [summary(3)], nextCursor: null })
          : ok({ items: [summary(1), summary(2)], nextCursor: 'c2' }),
    });
    render(<MerchantsPage />);
    await screen.findByText('青山惠民超市2号店');
    act(() => taroTest.reachBottom());
    expect(await screen.findByText('青山惠民超市3号店')).toBeTruthy();
    expect(screen.getByText('青山惠民超市1号店')).toBeTruthy();
    expect(searchCalls().at(-1)).toEqual({ cursor: 'c2' });
  });

  test('离我最近 (weapp) sends the position; a refusal keeps relevance order', async () => {
    process.env.TARO_ENV = 'weapp';
    fakeApi({
      'GET /merchants': ok({ items: [summary(1, { distanceM: 850 })], nextCursor: null }),
    });
    render(<MerchantsPage />);
    await screen.findByText('青山惠民超市1号店');
    fireEvent.click(screen.getByText('离我最近'));
    await waitFor(() => expect(searchCalls().at(-1)).toEqual({ near: '27.72000,106.92000' }));
    expect(Taro.getLocation).toHaveBeenCalledWith({ type: 'gcj02' });
    expect(await screen.findByText('850米')).toBeTruthy();

    fireEvent.click(screen.getByText('离我最近')); // off again
    await waitFor(() => expect(searchCalls().at(-1)).toEqual({}));
    (Taro.getLocation as jest.Mock).mockRejectedValueOnce({ errMsg: 'getLocation:fail auth deny' });
    fireEvent.click(screen.getByText('离我最近'));
    await toastTitle('未获得位置权限，按相关度排序');
    expect(searchCalls().at(-1)).toEqual({});
  });

  test('离我最近 in the browser uses its geolocation', async () => {
    const getCurrentPosition = browserGeolocation({ latitude: 26.08, longitude: 119.3 });
    fakeApi({ 'GET /merchants': ok({ items: [summary(1)], nextCursor: null }) });
    render(<MerchantsPage />);
    await screen.findByText('青山惠民超市1号店');
    fireEvent.click(screen.getByText('离我最近'));
    await waitFor(() => expect(searchCalls().at(-1)).toEqual({ near: '26.08000,119.30000' }));
    expect(getCurrentPosition).toHaveBeenCalled();
    expect(Taro.getLocation).not.toHaveBeenCalled();
  });

  test.each([
    [{ code: 1 }, '浏览器未允许获取位置，按相关度排序'],
    [{ code: 2 }, '无法获取当前位置，按相关度排序'],
    [{ code: 3 }, '获取位置超时，按相关度排序'],
    [undefined, '当前浏览器不支持定位，按相关度排序'],
  ])('离我最近 in the browser explains a failure %p', async (failure, message) => {
    if (failure) browserGeolocation(failure);
    fakeApi({ 'GET /merchants': ok({ items: [summary(1)], nextCursor: null }) });
    render(<MerchantsPage />);
    await screen.findByText('青山惠民超市1号店');
    fireEvent.click(screen.getByText('离我最近'));
    await toastTitle(message);
    expect(searchCalls().at(-1)).toEqual({});
  });

  test('扫一扫 (weapp) opens the scanned shop', async () => {
    process.env.TARO_ENV = 'weapp';
    const id = '01J0000000000000000000000A';
    (Taro.scanCode as jest.Mock).mockResolvedValueOnce({
      result: `https://x/features/merchants/pages/detail/index?id=${id}`,
    });
    fakeApi({ 'GET /merchants': ok({ items: [], nextCursor: null }) });
    render(<MerchantsPage />);
    fireEvent.click(screen.getByText('扫一扫'));
    await waitFor(() =>
      expect(Taro.navigateTo).toHaveBeenCalledWith({
        url: `/features/merchants/pages/detail/index?id=${id}`,
      }),
    );
    expect(Taro.scanCode).toHaveBeenCalledWith({});
  });

  test('扫一扫 in the browser says it works in the mini-program and to search by name', async () => {
    fakeApi({ 'GET /merchants': ok({ items: [], nextCursor: null }) });
    render(<MerchantsPage />);
    fireEvent.click(screen.getByText('扫一扫'));
    await toastTitle('扫一扫需在微信小程序中使用，可输入商家名称搜索');
    expect(Taro.scanCode).not.toHaveBeenCalled();
  });

  test('nothing found: says so and offers the hotline', async () => {
    fakeApi({ 'GET /merchants': ok({ items: [], nextCursor: null }) });
    render(<MerchantsPage />);
    expect(await screen.findByText('未查到该商家')).toBeTruthy();
    fireEvent.click(screen.getByText('拨打 12315'));
    expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '12315' });
  });

  test('nothing found: 我要投诉 opens the complaint form with the typed name filled in', async () => {
    fakeApi({ 'GET /merchants': ok({ items: [], nextCursor: null }) });
    const { container, unmount } = render(<MerchantsPage />);
    await typeQuery(container, ' 路边水果摊 ');
    await waitFor(() => expect(searchCalls().at(-1)).toEqual({ q: '路边水果摊' }));
    fireEvent.click(await screen.findByText('我要投诉'));
    const url = (Taro.navigateTo as jest.Mock).mock.calls.at(-1)[0].url as string;
    expect(url).toBe(
      `/features/complaints/pages/new/index?merchantName=${encodeURIComponent('路边水果摊')}`,
    );
    unmount();

    // The complaint page, opened with that query, starts on an unregistered business so named.
    session.save(sessionFor('consumer'));
    taroTest.setRouterParams(Object.fromEntries(new URL(url, 'http://x').searchParams));
    const form = render(<NewComplaintPage />);
    const name = await waitFor(() => {
      const found = form.container.querySelector<HTMLInputElement>('input[name="merchantName"]');
      if (!found) throw new Error('no merchantName input yet');
      return found;
    });
    expect(name.value).toBe('路边水果摊');
    expect(form.container.querySelector('input[name="merchantQuery"]')).toBeNull();
  });

  test('nothing found for a credit code: 我要投诉 opens an empty form (a code is not a name)', async () => {
    fakeApi({ 'GET /merchants': ok({ items: [], nextCursor: null }) });
    const { container } = render(<MerchantsPage />);
    await typeQuery(container, '91520322MA6DL12345');
    await waitFor(() => expect(searchCalls().at(-1)).toEqual({ q: '91520322MA6DL12345' }));
    fireEvent.click(await screen.findByText('我要投诉'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({
      url: '/features/complaints/pages/new/index',
    });
  });

  test('offline, a new query does not keep the old results: it says so, keeps the query, retries', async () => {
    let online = true;
    fakeApi({
      'GET /merchants': (options) => {
        if (!online) throw new Error('offline');
        const q = new URL(options.url, 'http://x').searchParams.get('q');
        return ok({ items: [q ? summary(7) : summary(1)], nextCursor: null });
      },
    });
    const { container } = render(<MerchantsPage />);
    await screen.findByText('青山惠民超市1号店');

    online = false;
    await typeQuery(container, '米粉店');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('没能查询“米粉店”')).toBeTruthy();
    expect(within(alert).getByText('网络不给力，请检查网络后重试')).toBeTruthy();
    expect(screen.queryByText('青山惠民超市1号店')).toBeNull();
    expect(container.querySelector('.merchant-card')).toBeNull();
    expect(container.querySelector<HTMLInputElement>('.merchants__input input')!.value).toBe(
      '米粉店',
    );

    online = true;
    fireEvent.click(within(alert).getByText('重试'));
    expect(await screen.findByText('青山惠民超市7号店')).toBeTruthy();
    expect(searchCalls().at(-1)).toEqual({ q: '米粉店' });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('a failed refresh of the same search keeps its results, marked as earlier ones', async () => {
    let online = true;
    fakeApi({
      'GET /merchants': () => {
        if (!online) throw new Error('offline');
        return ok({ items: [summary(1)], nextCursor: null });
      },
    });
    render(<MerchantsPage />);
    await screen.findByText('青山惠民超市1号店');
    online = false;
    act(() => taroTest.pullDownRefresh());
    const note = await screen.findByRole('status');
    expect(note.textContent).toBe('网络不给力，请检查网络后重试，下面是上次的结果。点此重试');
    expect(screen.getByText('青山惠民超市1号店')).toBeTruthy();
    online = true;
    fireEvent.click(note);
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
    expect(screen.getByText('青山惠民超市1号店')).toBeTruthy();
  });

  test('a failed search shows the reason with a retry', async () => {
    const api = fakeApi({
      'GET /merchants': [
        { statusCode: 500, data: { code: 'INTERNAL', message: '服务器开小差了，请稍后再试' } },
        ok({ items: [summary(9)], nextCursor: null }),
      ],
    });
    render(<MerchantsPage />);
    expect(await screen.findByText('服务器开小差了，请稍后再试')).toBeTruthy();
    expect(screen.getByText('没能加载商家')).toBeTruthy();
    fireEvent.click(screen.getByText('重试'));
    expect(await screen.findByText('青山惠民超市9号店')).toBeTruthy();
    expect(api.calls.filter((call) => call === 'GET /merchants')).toHaveLength(2);
  });

  test('recent searches are kept on the phone and can be cleared', async () => {
    fakeApi({ 'GET /merchants': ok({ items: [], nextCursor: null }) });
    const { container, unmount } = render(<MerchantsPage />);
    await typeQuery(container, '米粉');
    const input = container.querySelector('.merchants__input input') as HTMLInputElement;
    fireEvent.keyDown(input, { key: 'Enter', keyCode: 13 });
    await waitFor(() =>
      expect(taroTest.storage.get('fx.merchants.recent')).toBe(JSON.stringify(['米粉'])),
    );
    unmount();

    render(<MerchantsPage />);
    expect(await screen.findByText('最近搜索')).toBeTruthy();
    fireEvent.click(screen.getByText('清空'));
    expect(screen.queryByText('最近搜索')).toBeNull();
  });
});
