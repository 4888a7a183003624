import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import { Empty } from '@nutui/nutui-react-taro';
import { PagedListView } from '@/components/paged-list-view';
import type { useComplaintList } from '../use-complaint-list';
import { ComplaintCard } from './complaint-card';
import './complaint-list.scss';

interface ComplaintListProps {
  list: ReturnType<typeof useComplaintList>;
  empty: { title: string; description: string; action?: ReactNode };
  showDeadline?: boolean;
  showWarnings?: boolean;
}

/** Skeleton, error-with-retry, empty, the cards and the paging row. */
export function ComplaintList({ list, empty, showDeadline, showWarnings }: ComplaintListProps) {
  return (
    <PagedListView
      list={list}
      empty={
        <View className="complaint-list__empty">
          <Empty title={empty.title} description={empty.description} />
          {empty.action}
        </View>
      }
    >
      {(items) =>
        items.map((complaint) => (
          <ComplaintCard
            key={complaint.id}
            complaint={complaint}
            showDeadline={showDeadline}
            showWarnings={showWarnings}
          />
        ))
      }
    </PagedListView>
  );
}
