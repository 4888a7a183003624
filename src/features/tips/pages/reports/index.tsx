import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, Tag } from '@nutui/nutui-react-taro';
import type { TipReport, TipReportStatus } from '@api/tips';
import { gatedPage } from '@/components/access-gate';
import { EmptyState } from '@/components/empty-state';
import { PagedListView } from '@/components/paged-list-view';
import { usePagedList } from '@/hooks/use-paged-list';
import { isRemovedOrChanged } from '@/services/stale-answer';
import { tipsStaffApi } from '../../api';
import { ResolveDialog, type ReportAction } from '../../components/resolve-dialog';
import { StaffTipCard } from '../../components/staff-tip-card';
import { formatTime } from '../../labels';
import '@/components/filter-chips.scss';
import './index.scss';

const TABS: { value: TipReportStatus; label: string; empty: string }[] = [
  { value: 'open', label: '待处理', empty: '没有待处理的举报' },
  { value: 'hidden', label: '已屏蔽', empty: '还没有屏蔽的小贴士' },
  { value: 'dismissed', label: '已驳回', empty: '还没有驳回的举报' },
];

function ReportCard({
  report,
  onResolve,
}: {
  report: TipReport;
  onResolve: (action: ReportAction) => void;
}) {
  return (
    <StaffTipCard tip={report.tip} showStatus>
      <View className="tip-report__what">
        <Text className="tip-report__reason">举报原因：{report.reason}</Text>
        {report.note && <Text>“{report.note}”</Text>}
        <Text className="muted">{formatTime(report.createdAt)} 举报</Text>
      </View>
      {report.status === 'open' ? (
        <View className="staff-tip__actions">
          <Button size="small" fill="outline" onClick={() => onResolve('dismiss')}>
            驳回举报
          </Button>
          <Button size="small" type="danger" onClick={() => onResolve('hide')}>
            屏蔽小贴士
          </Button>
        </View>
      ) : (
        <View className="tip-report__outcome">
          <Tag type="default">{report.status === 'hidden' ? '已屏蔽' : '已驳回'}</Tag>
          {report.resolvedAt && <Text className="muted">{formatTime(report.resolvedAt)}</Text>}
        </View>
      )}
    </StaffTipCard>
  );
}

function Reports() {
  const [status, setStatus] = useState<TipReportStatus>('open');
  const [current, setCurrent] = useState<{ report: TipReport; action: ReportAction }>();
  const list = usePagedList((cursor) => tipsStaffApi.reports(status, cursor), {
    key: status,
    reloadOnShow: true,
  });

  /** Blocking (hide) closes every open report of the tip: they all leave the list. */
  const leave = (report: TipReport, action: ReportAction) => {
    const gone = (list.items ?? []).filter((item) =>
      action === 'hide' ? item.tip.id === report.tip.id : item.id === report.id,
    );
    gone.forEach((item) => list.remove(item.id));
  };

  const resolve = async (note: string | undefined) => {
    if (!current) return;
    const { report, action } = current;
    try {
      await tipsStaffApi.resolve(report.id, { action, ...(note && { note }) });
    } catch (caught) {
      if (!isRemovedOrChanged(caught)) throw caught;
    }
    leave(report, action);
    setCurrent(undefined);
    void Taro.showToast({ title: action === 'hide' ? '已屏蔽' : '已驳回举报', icon: 'success' });
  };

  const tab = TABS.find((item) => item.value === status) ?? TABS[0];
  return (
    <>
      <View className="section tip-reports__tabs">
        <View className="filter-chips" role="tablist" aria-label="举报状态">
          {TABS.map((item) => (
            <View
              key={item.value}
              className={`filter-chips__chip tap-target ${item.value === status ? 'is-active' : ''}`}
              role="tab"
              aria-selected={item.value === status}
              onClick={() => setStatus(item.value)}
            >
              {item.label}
            </View>
          ))}
        </View>
        {status === 'open' && (
          <Text className="muted">最早的在前。屏蔽后小贴士从所有公开页面消失。</Text>
        )}
      </View>
      <PagedListView
        list={list}
        empty={
          <View className="tip-reports__empty">
            <EmptyState title={tab.empty} description="" />
          </View>
        }
      >
        {(items) =>
          items.map((report) => (
            <ReportCard
              key={report.id}
              report={report}
              onResolve={(action) => setCurrent({ report, action })}
            />
          ))
        }
      </PagedListView>
      <ResolveDialog
        action={current?.action}
        title={current?.report.tip.title ?? ''}
        onCancel={() => setCurrent(undefined)}
        onConfirm={resolve}
      />
    </>
  );
}

/** 投稿举报 (staff): reports of published tips by status; hide the tip or dismiss the report. */
export default gatedPage('tip-reports', { staffOnly: true }, Reports);
