import { View } from '@tarojs/components';
import type { ApiError } from '@/services/request';
import './more-row.scss';

interface MoreRowProps {
  loading: boolean;
  error: ApiError | undefined;
  hasMore: boolean;
  loadMore: () => void;
  retry: () => void;
}

/** The end of a paged list: loading, a failed page to retry, more to load, or the end. */
export function MoreRow({ loading, error, hasMore, loadMore, retry }: MoreRowProps) {
  return (
    <View className="more-row muted" onClick={error ? retry : loadMore}>
      {loading
        ? '加载中…'
        : error
          ? `${error.message}，点此重试`
          : hasMore
            ? '上拉或点此加载更多'
            : '没有更多了'}
    </View>
  );
}
