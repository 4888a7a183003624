import { View } from '@tarojs/components';
import { EmptyState } from '@/components/empty-state';
import { LinkButton } from '@/components/link-button';
import { PagedListView } from '@/components/paged-list-view';
import { usePagedList } from '@/hooks/use-paged-list';
import { TipCard, tipRoutes, tipsApi } from '@/features/tips';

/** 消费者说: published consumer tips, newest first, and a way to write one. */
export function TipList({ q, category }: { q: string; category?: string }) {
  const filters = { q: q || undefined, category };
  const list = usePagedList((cursor) => tipsApi.list({ ...filters, cursor }), {
    key: JSON.stringify(filters),
  });
  const write = (
    <LinkButton block type="primary" fill="outline" url={tipRoutes.write}>
      写小贴士
    </LinkButton>
  );
  return (
    <>
      <View className="advisories__write">{write}</View>
      <PagedListView
        list={list}
        className="advisories__list"
        empty={
          <EmptyState
            title={
              q
                ? `没有找到与“${q}”相关的小贴士`
                : category
                  ? '该分类下还没有小贴士'
                  : '还没有小贴士'
            }
            description="分享你的消费经验，提醒更多人避坑"
          />
        }
      >
        {(items) => items.map((tip) => <TipCard key={tip.id} tip={tip} />)}
      </PagedListView>
    </>
  );
}
