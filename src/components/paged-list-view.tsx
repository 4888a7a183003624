import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import type { ApiError } from '@/services/request';
import { LoadState } from './load-state';
import { MoreRow } from './more-row';

/** The parts of a usePagedList() result this view reads. */
interface PagedList<T> {
  items: T[] | undefined;
  loading: boolean;
  error: ApiError | undefined;
  hasMore: boolean;
  loadMore: () => void;
  retry: () => void;
  reload: () => unknown;
}

interface PagedListViewProps<T> {
  list: PagedList<T>;
  /** Shown when the list is empty and there is nothing more to load (carries its own wrapper). */
  empty: ReactNode;
  /** Shown above the items when there are items. */
  header?: ReactNode;
  /** When set, the header, the items and the paging row are wrapped in a View of this class. */
  className?: string;
  /** The cards, one per item. */
  children: (items: T[]) => ReactNode;
}

/**
 * A cursor-paged list (from usePagedList): skeleton, error-with-retry, the empty state,
 * the items and the paging row.
 */
export function PagedListView<T>({
  list,
  empty,
  header,
  className,
  children,
}: PagedListViewProps<T>) {
  const { loading, error, hasMore, loadMore, retry } = list;
  return (
    <LoadState
      data={list.items}
      error={list.items ? undefined : list.error}
      loading={list.loading}
      onRetry={() => void list.reload()}
    >
      {(items) => {
        if (items.length === 0 && !list.hasMore) return empty;
        const content = (
          <>
            {header}
            {children(items)}
            <MoreRow
              loading={loading}
              error={error}
              hasMore={hasMore}
              loadMore={loadMore}
              retry={retry}
            />
          </>
        );
        return className ? <View className={className}>{content}</View> : content;
      }}
    </LoadState>
  );
}
