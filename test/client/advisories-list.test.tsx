import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { Region } from '@api/region';
import seededRegion from '../../server/src/db/seed/region.json';
import { taroTest } from './support/taro-mock';
import { fakeApi, ok } from './support/api-fake';
import { card, page, tip } from './support/advisories-fixtures';
import AdvisoriesPage from '@/features/advisories/pages/index/index';

const region = seededRegion as Region;

/** The query of every request to `path`, in order. */
function queries(path: string) {
  const urls = (Taro.request as unknown as jest.Mock).mock.calls.map(
    ([options]: [{ url: string }]) => new URL(options.url, 'http://app.test'),
  );
  return urls
    .filter((url) => url.pathname === `/api/v1${path}`)
    .map((url) => Object.fromEntries(url.searchParams));
}

/** The search box's native <input>: Taro's web component adds it once connected. */
const input = () =>
  waitFor(() => {
    const found = document.querySelector('.advisories__input input, input.advisories__input');
    if (!found) throw new Error('no search input yet');
    return found;
  });
const type = async (value: string) => fireEvent.input(await input(), { target: { value } });

beforeEach(() => taroTest.reset());

describe('消费提示 list: 官方提示', () => {
  test('cards show the kind, title, summary, issuer, date, 有用 count and 已过期', async () => {
    fakeApi({
      'GET /region': ok(region),
      'GET /advisories': ok(
        page([
          card('A1', { kind: '警示', title: '警惕“免费体检”推销保健品', usefulCount: 7 }),
          card('A2', { expired: true }),
        ]),
      ),
    });
    render(<AdvisoriesPage />);
    const warning = await screen.findByRole('button', { name: '警示 警惕“免费体检”推销保健品' });
    expect(within(warning).getByText('警示').closest('.nut-tag')!.className).toContain('danger');
    expect(within(warning).getByText(/春节将至/)).toBeTruthy();
    expect(within(warning).getByText('青山县市场监督管理局')).toBeTruthy();
    expect(within(warning).getByText('2027年1月20日')).toBeTruthy();
    expect(within(warning).getByText('有用 7')).toBeTruthy();
    expect(within(warning).queryByText('已过期')).toBeNull();
    const expired = screen.getByRole('button', { name: '提示 春节预付卡消费提示A2' });
    expect(within(expired).getByText('已过期')).toBeTruthy();
    expect(within(expired).getByText('提示').closest('.nut-tag')!.className).not.toContain(
      'danger',
    );

    fireEvent.click(warning);
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/features/advisories/pages/detail/index?id=A1',
    });
  });

  test('category chips from the county profile and the kind filter ask the server again', async () => {
    fakeApi({
      'GET /region': ok({ ...region, advisories: { categories: ['食品', '农资'] } }),
      'GET /advisories': ok(page([card('A1')])),
    });
    render(<AdvisoriesPage />);
    await screen.findByText('春节预付卡消费提示A1');
    const categories = screen.getByLabelText('按分类筛选');
    await waitFor(() => expect(within(categories).getByText('农资')).toBeTruthy());
    expect(within(categories).queryByText('汽车')).toBeNull();

    fireEvent.click(within(categories).getByText('农资'));
    await waitFor(() => expect(queries('/advisories').at(-1)).toEqual({ category: '农资' }));
    fireEvent.click(within(screen.getByLabelText('按类型筛选')).getByText('警示'));
    await waitFor(() =>
      expect(queries('/advisories').at(-1)).toEqual({ category: '农资', kind: '警示' }),
    );
    expect(
      within(screen.getByLabelText('按类型筛选')).getByText('警示').getAttribute('aria-pressed'),
    ).toBe('true');
    // Tapping the chosen category again goes back to 全部.
    fireEvent.click(within(categories).getByText('农资'));
    await waitFor(() => expect(queries('/advisories').at(-1)).toEqual({ kind: '警示' }));
  });

  test('search: one character is enough, typing is debounced, an empty result says so', async () => {
    fakeApi({
      'GET /region': ok(region),
      'GET /advisories': (options) =>
        new URL(options.url, 'http://app.test').searchParams.get('q')
          ? ok(page([]))
          : ok(page([card('A1')])),
    });
    render(<AdvisoriesPage />);
    await screen.findByText('春节预付卡消费提示A1');
    await type('卡');
    await type('卡券');
    expect(await screen.findByText('没有找到与“卡券”相关的提示')).toBeTruthy();
    // Only the settled text went to the server.
    expect(queries('/advisories').map((q) => q.q)).toEqual([undefined, '卡券']);

    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(await screen.findByText('春节预付卡消费提示A1')).toBeTruthy();
  });

  test('pages on reaching the bottom until the end; pull-down starts again', async () => {
    fakeApi({
      'GET /region': ok(region),
      'GET /advisories': (options) =>
        new URL(options.url, 'http://app.test').searchParams.get('cursor') === 'c2'
          ? ok(page([card('A3')]))
          : ok(page([card('A1'), card('A2')], 'c2')),
    });
    render(<AdvisoriesPage />);
    await screen.findByText('春节预付卡消费提示A2');
    expect(screen.getByText('上拉或点此加载更多')).toBeTruthy();
    act(() => taroTest.reachBottom());
    expect(await screen.findByText('春节预付卡消费提示A3')).toBeTruthy();
    expect(screen.getByText('没有更多了')).toBeTruthy();
    expect(queries('/advisories').at(-1)).toEqual({ cursor: 'c2' });

    act(() => taroTest.pullDownRefresh());
    await waitFor(() => expect(Taro.stopPullDownRefresh).toHaveBeenCalled());
    expect(queries('/advisories').at(-1)).toEqual({});
  });

  test('offline: says so with 重新加载, which tries again; nothing published yet: empty state', async () => {
    fakeApi({
      'GET /region': ok(region),
      'GET /advisories': [
        new Error('offline'),
        new Error('offline'),
        new Error('offline'),
        ok(page([])),
      ],
    });
    render(<AdvisoriesPage />);
    expect(await screen.findByText('网络不给力，请检查网络后重试')).toBeTruthy();
    fireEvent.click(screen.getByText('重新加载'));
    expect(await screen.findByText('暂无消费提示')).toBeTruthy();
  });
});

describe('消费提示 list: 消费者说', () => {
  test('?tab=tips opens the tips; they search /tips; 写小贴士 opens the editor', async () => {
    taroTest.setRouterParams({ tab: 'tips' });
    fakeApi({
      'GET /region': ok(region),
      'GET /tips': (options) =>
        new URL(options.url, 'http://app.test').searchParams.get('q')
          ? ok(page([]))
          : ok(page([tip('T1')])),
    });
    render(<AdvisoriesPage />);
    expect(await screen.findByText('买菜看秤小贴士T1')).toBeTruthy();
    expect(screen.getByRole('tab', { name: '消费者说' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    // No kind filter for tips, and no request for official advisories.
    expect(screen.queryByLabelText('按类型筛选')).toBeNull();
    expect(queries('/advisories')).toEqual([]);

    fireEvent.click(within(screen.getByLabelText('按分类筛选')).getByText('食品'));
    await waitFor(() => expect(queries('/tips').at(-1)).toEqual({ category: '食品' }));
    await type('秤');
    expect(await screen.findByText('没有找到与“秤”相关的小贴士')).toBeTruthy();
    expect(queries('/tips').at(-1)).toEqual({ category: '食品', q: '秤' });

    fireEvent.click(screen.getByText('写小贴士'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/tips/pages/write/index' });
  });

  test('switching tabs lists the other kind of item', async () => {
    fakeApi({
      'GET /region': ok(region),
      'GET /advisories': ok(page([card('A1')])),
      'GET /tips': ok(page([tip('T1')])),
    });
    render(<AdvisoriesPage />);
    await screen.findByText('春节预付卡消费提示A1');
    fireEvent.click(screen.getByRole('tab', { name: '消费者说' }));
    expect(await screen.findByText('买菜看秤小贴士T1')).toBeTruthy();
    expect(screen.queryByText('春节预付卡消费提示A1')).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: '官方提示' }));
    expect(await screen.findByText('春节预付卡消费提示A1')).toBeTruthy();
  });
});
