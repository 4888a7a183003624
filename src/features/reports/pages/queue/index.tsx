import { Text, View } from '@tarojs/components';
import { gatedPage } from '@/components/access-gate';
import { EmptyState } from '@/components/empty-state';
import { PagedListView } from '@/components/paged-list-view';
import { useRegion } from '@/hooks/use-region';
import { ReportFilters } from '../../staff-components/report-filters';
import { StaffReportCard } from '../../staff-components/staff-report-card';
import { useQueue } from './use-queue';
import './index.scss';

function Queue() {
  const region = useRegion();
  const queue = useQueue();
  return (
    <>
      <View className="report-queue__intro">
        <Text className="muted">
          按核查期限排列，最紧迫的在前：收到后15个工作日内决定是否立案，可延长一次。
        </Text>
      </View>
      <ReportFilters
        filters={queue.filters}
        onChange={queue.change}
        onClear={queue.clear}
        text={queue.text}
        onText={queue.setText}
        campaigns={queue.campaigns}
        towns={region?.towns ?? []}
      />
      <PagedListView
        list={queue.list}
        empty={
          <View className="report-queue__empty">
            <EmptyState
              title={queue.filtered ? '没有符合条件的举报' : '没有待处理的举报'}
              description={queue.filtered ? '换个筛选条件试试' : '群众提交的举报会出现在这里'}
            />
          </View>
        }
      >
        {(items) => items.map((report) => <StaffReportCard key={report.id} report={report} />)}
      </PagedListView>
    </>
  );
}

/** 举报处理 (staff): every report, the earliest decision deadline first, filterable. */
export default gatedPage('report-queue', { staffOnly: true }, Queue);
