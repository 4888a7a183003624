import { act, fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { FavoriteItem } from '@api/favorites';
import { taroTest } from './support/taro-mock';
import { fail, fakeApi, ok } from './support/api-fake';
import FavoritesPage from '@/features/favorites/pages/index/index';
import { session } from '@/services/session';

const consumerSession = {
  token: 'jwt-consumer',
  expiresAt: new Date(Date.now() + 3600_000).toISOString(),
  user: { id: '01JCONSUMER0000000000000000', role: 'consumer' as const, nickname: '微信用户0001' },
};

const warning: FavoriteItem = {
  kind: 'advisory',
  id: 'ADV1',
  title: '警惕“免费体检”推销保健品',
  category: '老年人保健品',
  advisoryKind: '警示',
  savedAt: '2026-12-03T02:00:00.000Z',
  available: true,
};
const tip: FavoriteItem = {
  kind: 'tip',
  id: 'TIP1',
  title: '办卡前先看退费条款',
  category: '预付式消费',
  savedAt: '2026-12-02T02:00:00.000Z',
  available: true,
};
const gone: FavoriteItem = {
  kind: 'advisory',
  id: 'ADV0',
  title: '春节出行提示',
  category: '旅游出行',
  advisoryKind: '提示',
  savedAt: '2026-11-20T02:00:00.000Z',
  available: false,
};

/** GET /favorites answering per ?kind=, and what each call asked for. */
function fakeFavorites(byKind: Record<string, FavoriteItem[]>, extra = {}) {
  const asked: string[] = [];
  const api = fakeApi({
    'GET /favorites': ({ url }) => {
      const kind = new URL(url, 'http://app.test').searchParams.get('kind') ?? 'all';
      asked.push(kind);
      return ok({ items: byKind[kind] ?? [], nextCursor: null });
    },
    ...extra,
  });
  return { ...api, asked };
}

const card = (title: string) => screen.getByText(title).closest('.favorite-card') as HTMLElement;

beforeEach(() => {
  taroTest.reset();
  session.clear();
});

describe('我的收藏', () => {
  test('anonymous: asks to sign in, loads nothing', () => {
    const api = fakeApi({});
    render(<FavoritesPage />);
    expect(screen.getByText('请先登录')).toBeTruthy();
    expect(api.calls).toEqual([]);
  });

  test('全部 lists both kinds; tap opens the right detail page', async () => {
    session.save(consumerSession);
    fakeFavorites({ all: [warning, tip] });
    render(<FavoritesPage />);
    expect(await screen.findByText(warning.title)).toBeTruthy();
    expect(within(card(warning.title)).getByText('警示')).toBeTruthy();
    expect(within(card(tip.title)).getByText('小贴士')).toBeTruthy();
    expect(screen.getByText('老年人保健品 · 收藏于2026年12月3日')).toBeTruthy();

    fireEvent.click(screen.getByText(warning.title));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({
      url: '/features/advisories/pages/detail/index?id=ADV1',
    });
    fireEvent.click(screen.getByText(tip.title));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({
      url: '/features/tips/pages/detail/index?id=TIP1',
    });
  });

  test('tabs ask the server for one kind each', async () => {
    session.save(consumerSession);
    const api = fakeFavorites({ all: [warning, tip], advisory: [warning], tip: [tip] });
    render(<FavoritesPage />);
    await screen.findByText(tip.title);

    fireEvent.click(screen.getByRole('tab', { name: '小贴士' }));
    await act(async () => undefined);
    expect(screen.getByText(tip.title)).toBeTruthy();
    expect(screen.queryByText(warning.title)).toBeNull();

    fireEvent.click(screen.getByRole('tab', { name: '提示警示' }));
    await act(async () => undefined);
    expect(screen.getByText(warning.title)).toBeTruthy();
    expect(screen.queryByText(tip.title)).toBeNull();
    expect(api.asked).toEqual(['all', 'tip', 'advisory']);
  });

  test('an item taken down is greyed 已下线, does not open, and can be removed', async () => {
    session.save(consumerSession);
    const api = fakeFavorites(
      { all: [warning, gone] },
      { 'DELETE /favorites/advisory/ADV0': ok({ favorited: false }) },
    );
    render(<FavoritesPage />);
    await screen.findByText(gone.title);
    const goneCard = card(gone.title);
    expect(goneCard.className).toContain('is-unavailable');
    expect(within(goneCard).getByText('已下线')).toBeTruthy();

    fireEvent.click(screen.getByText(gone.title));
    expect(Taro.navigateTo).not.toHaveBeenCalled();
    expect(Taro.showToast).toHaveBeenCalledWith(
      expect.objectContaining({ title: '该内容已下线，无法查看' }),
    );

    expect(within(card(warning.title)).queryByText('移除')).toBeNull();
    fireEvent.click(within(goneCard).getByText('移除'));
    await act(async () => undefined);
    expect(screen.queryByText(gone.title)).toBeNull();
    expect(screen.getByText(warning.title)).toBeTruthy();
    expect(api.calls).toContain('DELETE /favorites/advisory/ADV0');
  });

  test('取消收藏 takes it off the list; a refusal keeps it and says why', async () => {
    session.save(consumerSession);
    fakeFavorites(
      { all: [warning, tip] },
      {
        'DELETE /favorites/tip/TIP1': ok({ favorited: false }),
        'DELETE /favorites/advisory/ADV1': fail(403, 'FORBIDDEN', '无权操作'),
      },
    );
    render(<FavoritesPage />);
    await screen.findByText(tip.title);

    fireEvent.click(within(card(tip.title)).getByText('取消收藏'));
    await act(async () => undefined);
    expect(screen.queryByText(tip.title)).toBeNull();
    expect(Taro.showToast).toHaveBeenLastCalledWith(
      expect.objectContaining({ title: '已取消收藏' }),
    );

    fireEvent.click(within(card(warning.title)).getByText('取消收藏'));
    await act(async () => undefined);
    expect(screen.getByText(warning.title)).toBeTruthy();
    expect(Taro.showToast).toHaveBeenLastCalledWith(
      expect.objectContaining({ title: '操作失败：无权操作' }),
    );
  });

  test('empty: says so per tab and links to 消费提示', async () => {
    session.save(consumerSession);
    fakeFavorites({});
    render(<FavoritesPage />);
    expect(await screen.findByText('还没有收藏')).toBeTruthy();
    fireEvent.click(screen.getByText('去看消费提示'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({
      url: '/features/advisories/pages/index/index',
    });

    fireEvent.click(screen.getByRole('tab', { name: '小贴士' }));
    expect(await screen.findByText('还没有收藏的小贴士')).toBeTruthy();
    fireEvent.click(screen.getByText('去看消费提示'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({
      url: '/features/advisories/pages/index/index?tab=tips',
    });
  });

  test('coming back from a detail page reloads (取消收藏 there)', async () => {
    session.save(consumerSession);
    const api = fakeFavorites({ all: [warning] });
    render(<FavoritesPage />);
    await screen.findByText(warning.title);
    act(() => taroTest.didShow());
    act(() => taroTest.didShow());
    await act(async () => undefined);
    expect(api.asked).toEqual(['all', 'all']);
  });
});
