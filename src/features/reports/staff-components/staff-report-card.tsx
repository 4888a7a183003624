import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { StaffReportSummary } from '@api/reports';
import { REPORTER_KIND_LABELS } from '@/domain/report-vocabulary';
import { reportRoutes } from '../routes';
import { ReportDeadlineMark, ReportStatusTag } from './deadline-mark';
import { formatDay } from './staff-labels';
import './staff-report-card.scss';

/** One report in the staff queue; tap to handle it. No reporter identity, only the kind. */
export function StaffReportCard({ report }: { report: StaffReportSummary }) {
  const place = [report.town, report.campaignName].filter(Boolean).join(' · ');
  return (
    <View
      className="section staff-report-card tap-target"
      role="button"
      aria-label={`举报 ${report.reportNo}`}
      onClick={() => void Taro.navigateTo({ url: reportRoutes.handle(report.id) })}
    >
      <View className="staff-report-card__head">
        <Text className="staff-report-card__business">{report.businessName}</Text>
        <ReportStatusTag status={report.status} />
      </View>
      <Text className="muted">
        {report.reportNo} · {REPORTER_KIND_LABELS[report.reporterKind]}
        {report.photoCount > 0 ? ` · 照片${report.photoCount}张` : ''}
      </Text>
      {place && <Text className="muted">{place}</Text>}
      <Text className="staff-report-card__summary">{report.summary}</Text>
      <View className="staff-report-card__deadline">
        <Text>
          {report.status === 'received'
            ? `核查期限 ${formatDay(report.decideBy)}`
            : `${formatDay(report.receivedOn)} 收到`}
        </Text>
        <ReportDeadlineMark workingDaysLeft={report.workingDaysLeft} extended={report.extended} />
        {report.malicious && <Text className="staff-report-card__malicious">恶意举报</Text>}
      </View>
    </View>
  );
}
