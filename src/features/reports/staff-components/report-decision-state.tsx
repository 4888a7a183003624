import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { StaffReportDetail } from '@api/reports';
import { DECLINE_REASONS, REPORTER_KIND_LABELS } from '@/domain/report-vocabulary';
import { CitedText } from '@/features/law';
import { reportRoutes } from '../routes';
import { ReportDeadlineMark, ReportStatusTag } from './deadline-mark';
import { formatDay } from './staff-labels';
import './report-decision-state.scss';

const open = (id: string) => () => void Taro.navigateTo({ url: reportRoutes.handle(id) });

function ReportLink({ id, reportNo }: { id: string; reportNo: string }) {
  return (
    <View className="report-state__link tap-target" role="link" onClick={open(id)}>
      {reportNo}
    </View>
  );
}

/** The head: number, status, the decision deadline (and its extension), and what was decided. */
export function ReportDecisionState({ report }: { report: StaffReportDetail }) {
  return (
    <View className="section report-state">
      <View className="report-state__title">
        <Text className="report-state__business">{report.businessName}</Text>
        <ReportStatusTag status={report.status} />
      </View>
      {/* Each part stays whole when the line wraps (大字模式): never "收" and "到" apart. */}
      <View className="muted report-state__meta">
        <Text>{report.reportNo}</Text>
        <Text>{REPORTER_KIND_LABELS[report.reporterKind]}</Text>
        <Text>{formatDay(report.receivedOn)}收到</Text>
      </View>
      {report.malicious && (
        <View className="report-state__malicious" role="note">
          已标记为恶意举报{report.maliciousReason ? `：${report.maliciousReason}` : ''}
        </View>
      )}
      <View className="report-state__deadline">
        <Text>核查期限：{formatDay(report.decideBy)}（含）</Text>
        <ReportDeadlineMark workingDaysLeft={report.workingDaysLeft} extended={report.extended} />
      </View>
      {report.extended && report.extensionReason && (
        <Text className="muted">延期理由：{report.extensionReason}</Text>
      )}
      {report.decidedOn && <Text>{formatDay(report.decidedOn)} 作出决定</Text>}
      {report.declineReason && (
        <CitedText text={`不予立案情形：${DECLINE_REASONS[report.declineReason]}`} />
      )}
      {report.transferredTo && <Text>移送至：{report.transferredTo}</Text>}
      {report.decisionNote && <Text className="muted">备注：{report.decisionNote}</Text>}
      {report.mergedInto && (
        <View className="report-state__merged">
          <Text>已合并到</Text>
          <ReportLink {...report.mergedInto} />
          <Text>一并办理</Text>
        </View>
      )}
      {report.merged.length > 0 && (
        <View className="report-state__merged">
          <Text>合并到本举报的：</Text>
          {report.merged.map((other) => (
            <ReportLink key={other.id} {...other} />
          ))}
        </View>
      )}
      {report.outcome && <Text className="report-state__outcome">办理结果：{report.outcome}</Text>}
    </View>
  );
}
