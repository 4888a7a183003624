import { useState } from 'react';
import Taro from '@tarojs/taro';
import type { FavoriteItem, FavoriteKind } from '@api/favorites';
import { usePagedList } from '@/hooks/use-paged-list';
import { favoritesApi } from '../../api';

/** 我的收藏 for one tab (undefined: 全部): the paged list and letting an item go. */
export function useFavorites(kind: FavoriteKind | undefined) {
  // Reloads on show: 取消收藏 on a detail page must not leave the item here.
  const list = usePagedList((cursor?: string) => favoritesApi.list({ kind, cursor, limit: 20 }), {
    key: kind ?? 'all',
    reloadOnShow: true,
  });
  const [removing, setRemoving] = useState<string>();

  const remove = async (item: FavoriteItem) => {
    if (removing) return;
    setRemoving(item.id);
    try {
      await favoritesApi.remove(item.kind, item.id);
      list.remove(item.id);
      void Taro.showToast({ title: item.available ? '已取消收藏' : '已移除', icon: 'none' });
    } catch (error) {
      const reason = error instanceof Error && error.message ? error.message : '请稍后再试';
      void Taro.showToast({ title: `操作失败：${reason}`, icon: 'none', duration: 2500 });
    } finally {
      setRemoving(undefined);
    }
  };

  return { list, remove, removing };
}
