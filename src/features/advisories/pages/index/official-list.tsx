import type { AdvisoryKind } from '@api/advisories';
import { EmptyState } from '@/components/empty-state';
import { PagedListView } from '@/components/paged-list-view';
import { usePagedList } from '@/hooks/use-paged-list';
import { advisoriesApi } from '../../api';
import { AdvisoryCard } from '../../components/advisory-card';

interface OfficialListProps {
  q: string;
  category?: string;
  kind?: AdvisoryKind;
}

/** 官方提示: published advisories, newest first, filtered and searched. */
export function OfficialList({ q, category, kind }: OfficialListProps) {
  const filters = { q: q || undefined, category, kind };
  const list = usePagedList((cursor) => advisoriesApi.list(filters, cursor), {
    key: JSON.stringify(filters),
  });
  const filtered = Boolean(category || kind);
  return (
    <PagedListView
      list={list}
      className="advisories__list"
      empty={
        <EmptyState
          title={q ? `没有找到与“${q}”相关的提示` : filtered ? '该分类下暂无提示' : '暂无消费提示'}
          description={
            q || filtered ? '换个关键词或分类试试' : '市场监管局、消保委发布的提示会显示在这里'
          }
        />
      }
    >
      {(items) => items.map((item) => <AdvisoryCard key={item.id} advisory={item} />)}
    </PagedListView>
  );
}
