import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import type { MyReport } from '@api/reports';
import { gatedPage } from '@/components/access-gate';
import { EmptyState } from '@/components/empty-state';
import { LinkButton } from '@/components/link-button';
import { PagedListView } from '@/components/paged-list-view';
import { usePagedList } from '@/hooks/use-paged-list';
import { reportsApi } from '../../api';
import { formatDay, ReportStatusTag } from '../../components/report-progress-view';
import { reportRoutes } from '../../routes';
import './index.scss';

function ReportCard({ report }: { report: MyReport }) {
  return (
    <View
      className="section my-report tap-target"
      role="link"
      onClick={() => void Taro.navigateTo({ url: reportRoutes.detail(report.id) })}
    >
      <View className="my-report__head">
        <Text className="my-report__name">{report.businessName}</Text>
        <ReportStatusTag status={report.status} />
      </View>
      {report.campaignName && <Text className="muted">{report.campaignName}</Text>}
      <Text className="muted">
        {report.reportNo} · {formatDay(report.receivedOn)}收到
      </Text>
      {report.status === 'received' && (
        <Text className="my-report__due">{formatDay(report.decideBy)}前决定是否立案</Text>
      )}
    </View>
  );
}

function Mine() {
  const list = usePagedList((cursor) => reportsApi.mine({ cursor }), { reloadOnShow: true });
  return (
    <>
      <PagedListView
        list={list}
        empty={
          <View className="my-reports__empty">
            <EmptyState
              title="还没有实名举报"
              description="匿名举报不关联账号，请用举报编号和查询码查询进度"
            />
            <LinkButton fill="outline" url={reportRoutes.progress}>
              举报进度查询
            </LinkButton>
          </View>
        }
      >
        {(items) => items.map((report) => <ReportCard key={report.id} report={report} />)}
      </PagedListView>
      <View className="my-reports__new">
        <LinkButton block type="primary" url={reportRoutes.create()}>
          我要举报
        </LinkButton>
      </View>
    </>
  );
}

/** 我的举报: my real-name reports, newest first; anonymous ones are checked by number and code. */
export default gatedPage(
  'my-reports',
  { signInReason: '登录后可查看您的实名举报和处理进度。' },
  Mine,
);
