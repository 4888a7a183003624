import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import { Empty } from '@nutui/nutui-react-taro';
import { LoadState } from '@/components/load-state';
import { MoreRow } from '@/features/model-units/components/more-row';
import type { useComplaintList } from '../use-complaint-list';
import { ComplaintCard } from './complaint-card';
import './complaint-list.scss';

interface ComplaintListProps {
  list: ReturnType<typeof useComplaintList>;
  empty: { title: string; description: string; action?: ReactNode };
  showDeadline?: boolean;
}

/** Skeleton, error-with-retry, empty, the cards and the paging row. */
export function ComplaintList({ list, empty, showDeadline }: ComplaintListProps) {
  return (
    <LoadState
      data={list.items}
      error={list.items ? undefined : list.error}
      loading={list.loading}
      onRetry={() => void list.reload()}
    >
      {(items) =>
        items.length === 0 && !list.hasMore ? (
          <View className="complaint-list__empty">
            <Empty title={empty.title} description={empty.description} />
            {empty.action}
          </View>
        ) : (
          <>
            {items.map((complaint) => (
              <ComplaintCard key={complaint.id} complaint={complaint} showDeadline={showDeadline} />
            ))}
            <MoreRow {...list} />
          </>
        )
      }
    </LoadState>
  );
}
