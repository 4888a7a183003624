import { Text } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import type { ComplaintSummary } from '@api/complaints';
import { STATUS } from '../labels';

/** The status in Chinese, coloured by how it stands. */
export function StatusTag({ status }: Pick<ComplaintSummary, 'status'>) {
  return (
    <Tag className="status-tag" type={STATUS[status].tag}>
      {STATUS[status].label}
    </Tag>
  );
}

/** 已逾期 (red) or 即将到期 (orange), from the server's reading of the deadline that applies. */
export function DeadlineMark({ overdue, dueSoon }: Pick<ComplaintSummary, 'overdue' | 'dueSoon'>) {
  if (overdue) {
    return <Text className="deadline-mark deadline-mark--overdue">已逾期</Text>;
  }
  if (dueSoon) {
    return <Text className="deadline-mark deadline-mark--due-soon">即将到期</Text>;
  }
  return null;
}
