import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { EmptyState } from '@/components/empty-state';
import type { QuestionReport, ReportStatus } from '@api/quiz';
import { PagedListView } from '@/components/paged-list-view';
import { usePagedList } from '@/hooks/use-paged-list';
import { gatedPage } from '@/components/access-gate';
import { StaffChips } from '../../components/staff-chips';
import { StaffReportCard } from '../../components/staff-report-card';
import { StaffResolveDialog } from '../../components/staff-resolve-dialog';
import { quizRoutes } from '../../routes';
import { quizStaffApi } from '../../staff-api';
import { REPORT_STATUSES, REPORT_STATUS_LABEL } from '../../staff-vocabulary';
import './index.scss';

const TABS = REPORT_STATUSES.map((status) => ({
  value: status,
  label: REPORT_STATUS_LABEL[status],
}));

const EMPTY: Record<ReportStatus, { title: string; description: string }> = {
  open: { title: '没有待处理的纠错', description: '用户在答题结果里点“题目有误”后会出现在这里' },
  fixed: { title: '还没有已修正的纠错', description: '' },
  dismissed: { title: '还没有驳回的纠错', description: '' },
};

function Reports() {
  const [status, setStatus] = useState<ReportStatus>('open');
  const [current, setCurrent] = useState<{
    report: QuestionReport;
    status: 'fixed' | 'dismissed';
  }>();
  const list = usePagedList(
    async (cursor) => {
      const page = await quizStaffApi.reports({ status, cursor, limit: 20 });
      return { items: page.items, nextCursor: page.nextCursor ?? null };
    },
    { key: status, reloadOnShow: true },
  );

  const resolve = async (note: string | undefined) => {
    if (!current) return;
    await quizStaffApi.resolve(current.report.id, {
      status: current.status,
      ...(note ? { note } : {}),
    });
    list.remove(current.report.id);
    setCurrent(undefined);
    void Taro.showToast({
      title: current.status === 'fixed' ? '已标记为已修正' : '已驳回',
      icon: 'success',
    });
  };

  return (
    <>
      <View className="section reports__tabs">
        <StaffChips label="纠错状态" options={TABS} value={status} onChange={setStatus} />
        {status === 'open' && (
          <Text className="muted">按提交时间排列，最早的在前。先“去修改”题目，再标记已修正。</Text>
        )}
      </View>
      <PagedListView
        list={list}
        empty={
          <View className="reports__empty">
            <EmptyState title={EMPTY[status].title} description={EMPTY[status].description} />
          </View>
        }
      >
        {(items) =>
          items.map((report) => (
            <StaffReportCard
              key={report.id}
              report={report}
              onEdit={() =>
                void Taro.navigateTo({ url: quizRoutes.question(report.questionId, report.id) })
              }
              onResolve={(decision) => setCurrent({ report, status: decision })}
            />
          ))
        }
      </PagedListView>
      <StaffResolveDialog
        status={current?.status}
        stem={current?.report.question.stem ?? ''}
        onCancel={() => setCurrent(undefined)}
        onConfirm={resolve}
      />
    </>
  );
}

/** 题目纠错 (staff): the queue of users' "题目有误" reports, and what became of them. */
export default gatedPage('reports', { staffOnly: true }, Reports);
