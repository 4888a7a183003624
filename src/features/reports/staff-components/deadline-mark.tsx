import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import type { StaffReportSummary } from '@api/reports';
import { REPORT_STATUS_LABELS } from '@/domain/report-vocabulary';
import { STATUS_TAG } from './staff-labels';
import './deadline-mark.scss';

/** Two working days or fewer left: shown in orange. */
const DUE_SOON_DAYS = 2;

/** 剩N个工作日 / 今日到期 / 已逾期N个工作日, from the server's count (only while 待核查). */
export function deadlineWords(daysLeft: number): string {
  if (daysLeft < 0) return `已逾期${-daysLeft}个工作日`;
  if (daysLeft === 0) return '今日到期';
  return `剩${daysLeft}个工作日`;
}

export function ReportDeadlineMark({
  workingDaysLeft,
  extended,
}: Pick<StaffReportSummary, 'workingDaysLeft' | 'extended'>) {
  const urgency =
    workingDaysLeft === undefined
      ? undefined
      : workingDaysLeft < 0
        ? 'overdue'
        : workingDaysLeft <= DUE_SOON_DAYS
          ? 'due-soon'
          : 'plenty';
  if (!urgency && !extended) return null;
  return (
    <View className="report-deadline">
      {urgency && (
        <Text className={`report-deadline__mark report-deadline__mark--${urgency}`}>
          {deadlineWords(workingDaysLeft!)}
        </Text>
      )}
      {extended && <Text className="report-deadline__extended">已延期</Text>}
    </View>
  );
}

export function ReportStatusTag({ status }: Pick<StaffReportSummary, 'status'>) {
  return (
    <Tag className="report-status" type={STATUS_TAG[status]}>
      {REPORT_STATUS_LABELS[status]}
    </Tag>
  );
}
