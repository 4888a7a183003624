import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { StaffReportDetail } from '@api/reports';
import { reportRoutes } from '../routes';
import { ReportStatusTag } from './deadline-mark';
import { formatDay, formatInstant } from './staff-labels';
import './report-history.scss';

/** 办理记录: every step, including each read of the reporter's identity (第三十三条). */
export function ReportHistory({ history }: Pick<StaffReportDetail, 'history'>) {
  return (
    <View className="section report-history">
      <View className="section-title">办理记录</View>
      {history.length === 0 && <Text className="muted">暂无记录</Text>}
      {history.map((entry, index) => (
        <View key={`${entry.at}-${index}`} className="report-history__entry">
          <Text className="report-history__action">{entry.action}</Text>
          <Text className="muted">
            {formatInstant(entry.at)} · {entry.by}
          </Text>
          {entry.note && <Text className="report-history__note">{entry.note}</Text>}
        </View>
      ))}
    </View>
  );
}

/** 同一经营者的其他举报 (last 30 days): tap to open one. */
export function RelatedReports({ related }: Pick<StaffReportDetail, 'related'>) {
  if (related.length === 0) return null;
  return (
    <View className="section report-history">
      <View className="section-title">同一经营者的其他举报（近30天）</View>
      {related.map((other) => (
        <View
          key={other.id}
          className="report-history__related tap-target"
          role="button"
          aria-label={`举报 ${other.reportNo}`}
          onClick={() => void Taro.navigateTo({ url: reportRoutes.handle(other.id) })}
        >
          <View className="report-history__head">
            <Text>
              {other.reportNo} · {formatDay(other.receivedOn)}
            </Text>
            <ReportStatusTag status={other.status} />
          </View>
          <Text className="muted report-history__summary">{other.summary}</Text>
        </View>
      ))}
    </View>
  );
}
