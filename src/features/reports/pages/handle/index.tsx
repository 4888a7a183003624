import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { StaffReportDetail } from '@api/reports';
import { GatedPage } from '@/components/access-gate';
import { LoadState } from '@/components/load-state';
import { REPORT_ACTION_LABELS, type ReportAction } from '@/domain/report-vocabulary';
import { availableActions } from '../../staff-components/decision-rules';
import { ReportDecisionDialog } from '../../staff-components/report-decision-dialog';
import { ReportDecisionState } from '../../staff-components/report-decision-state';
import { ReportFacts } from '../../staff-components/report-facts';
import { RelatedReports, ReportHistory } from '../../staff-components/report-history';
import { ReporterSection } from '../../staff-components/reporter-section';
import { useHandle } from './use-handle';
import './index.scss';

type Handle = ReturnType<typeof useHandle>;

/** The main decisions first and filled; the rest outlined; 标记恶意 in red. */
const PRIMARY: ReadonlySet<ReportAction> = new Set(['open-case', 'conclude']);

function Actions({ report, handle }: { report: StaffReportDetail; handle: Handle }) {
  const actions = availableActions(report);
  return (
    <View className="section report-handle__actions">
      <View className="section-title">办理</View>
      {report.status !== 'received' && report.status !== 'case-opened' && (
        <Text className="muted">本举报已处理完毕，记录留存备查。</Text>
      )}
      <View className="report-handle__buttons">
        {actions.map((action) => (
          <Button
            key={action}
            type={action === 'mark-malicious' ? 'danger' : 'primary'}
            fill={PRIMARY.has(action) ? 'solid' : 'outline'}
            onClick={() => handle.open(action)}
          >
            {REPORT_ACTION_LABELS[action]}
          </Button>
        ))}
      </View>
    </View>
  );
}

function Handling({ id }: { id: string }) {
  const handle = useHandle(id);
  const { remote } = handle;
  return (
    <LoadState
      data={handle.report}
      error={remote.error}
      loading={remote.loading}
      onRetry={() => void remote.reload()}
      skeletonRows={12}
    >
      {(report) => (
        <>
          <ReportDecisionState report={report} />
          <Actions report={report} handle={handle} />
          <ReporterSection report={report} onRead={() => void remote.reload()} />
          <ReportFacts report={report} />
          <RelatedReports related={report.related} />
          <ReportHistory history={report.history} />
          {handle.dialog && (
            <ReportDecisionDialog
              key={handle.dialog}
              action={handle.dialog}
              report={report}
              failure={handle.failure}
              onCancel={() => handle.open(undefined)}
              onSend={handle.decide}
            />
          )}
        </>
      )}
    </LoadState>
  );
}

/** 办理举报 (staff): the report, its deadline, the reporter on request, and the steps. */
export default function ReportsHandlePage() {
  const { id } = useRouter().params;
  return (
    <GatedPage className="report-handle" staffOnly>
      {id ? (
        <Handling id={id} />
      ) : (
        <View className="section" role="alert">
          没有指定要办理的举报。
        </View>
      )}
    </GatedPage>
  );
}
