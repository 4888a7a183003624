import { TabStrip, type TabItem } from '@/components/tab-strip';
import { useState } from 'react';
import { View } from '@tarojs/components';
import type { FavoriteKind } from '@api/favorites';
import { gatedPage } from '@/components/access-gate';
import { EmptyState } from '@/components/empty-state';
import { LinkButton } from '@/components/link-button';
import { PagedListView } from '@/components/paged-list-view';
import { advisoryRoutes } from '@/features/advisories';
import { FavoriteCard } from '../../components/favorite-card';
import { useFavorites } from './use-favorites';
import './index.scss';

type Tab = 'all' | FavoriteKind;

const TABS: (TabItem<Tab> & { empty: string })[] = [
  { value: 'all', label: '全部', empty: '还没有收藏' },
  { value: 'advisory', label: '提示警示', empty: '还没有收藏的提示警示' },
  { value: 'tip', label: '小贴士', empty: '还没有收藏的小贴士' },
];

function FavoriteList({ tab }: { tab: Tab }) {
  const { list, remove, removing } = useFavorites(tab === 'all' ? undefined : tab);
  const empty = TABS.find((t) => t.value === tab)!.empty;
  return (
    <PagedListView
      list={list}
      empty={
        <View className="favorites__empty">
          <EmptyState
            title={empty}
            description="看到有用的消费提示、警示和小贴士，点「收藏」就能在这里找到"
          />
          <LinkButton
            type="primary"
            url={tab === 'tip' ? advisoryRoutes.tipsTab : advisoryRoutes.list}
          >
            去看消费提示
          </LinkButton>
        </View>
      }
    >
      {(items) =>
        items.map((item) => (
          <FavoriteCard
            key={`${item.kind}-${item.id}`}
            item={item}
            removing={removing === item.id}
            onRemove={(it) => void remove(it)}
          />
        ))
      }
    </PagedListView>
  );
}

function Favorites() {
  const [tab, setTab] = useState<Tab>('all');
  return (
    <>
      <TabStrip tabs={TABS} value={tab} onChange={setTab} />
      {/* One list per tab, loaded when opened: switching shows what the server has now. */}
      <FavoriteList key={tab} tab={tab} />
    </>
  );
}

/** 我的收藏: the advisories and tips I kept, newest first; tap one to read it again. */
export default gatedPage(
  'favorites',
  { signInReason: '登录后可查看您收藏的消费提示、警示和小贴士。' },
  Favorites,
);
