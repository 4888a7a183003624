import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import { EmptyState } from '@/components/empty-state';
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
          <EmptyState title={empty.title} description={empty.description} />
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
