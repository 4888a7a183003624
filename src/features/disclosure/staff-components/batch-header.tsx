import { View, Text } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import dayjs from 'dayjs';
import type { StaffBatch } from '@api/disclosure';
import { DISCLOSURE_STATUS_LABELS } from '@/domain/disclosure-vocabulary';
import { periodText } from './batch-presets';
import { KIND_LABELS, STATUS_TAG } from './staff-labels';
import './staff-disclosure.scss';

const time = (iso: string) => dayjs(iso).format('YYYY年M月D日 HH:mm');

/** Who opened, submitted and published the batch, by name. */
function whoLine(batch: StaffBatch): string {
  const parts = [`${batch.createdByName}新建`];
  if (batch.submittedByName) parts.push(`${batch.submittedByName}提交审批`);
  if (batch.publishedByName) parts.push(`${batch.publishedByName}发布`);
  return parts.join(' · ');
}

/** The batch at a glance: status, version, period, counts, the objection period, who did what. */
export function BatchHeader({ batch }: { batch: StaffBatch }) {
  return (
    <View className="section batch-header">
      <View className="staff-batch__tags">
        <Tag type={STATUS_TAG[batch.status]}>{DISCLOSURE_STATUS_LABELS[batch.status]}</Tag>
        <Tag plain>{KIND_LABELS[batch.kind]}</Tag>
        <Tag plain>第{batch.version}版</Tag>
      </View>
      <Text className="staff-batch__title">{batch.title}</Text>
      <Text className="muted">投诉提交日期 {periodText(batch.periodFrom, batch.periodTo)}</Text>
      <View className="batch-header__counts" aria-label="条数">
        <View className="batch-header__count">
          <Text className="batch-header__number">{batch.candidates}</Text>
          <Text className="muted">候选</Text>
        </View>
        <View className="batch-header__count">
          <Text className="batch-header__number">{batch.included}</Text>
          <Text className="muted">公示</Text>
        </View>
        <View className="batch-header__count">
          <Text className="batch-header__number">{batch.excluded}</Text>
          <Text className="muted">排除</Text>
        </View>
        <View className="batch-header__count">
          <Text className="batch-header__number">{batch.pendingResponses}</Text>
          <Text className="muted">待处理回应</Text>
        </View>
      </View>
      {batch.objectionDeadline && (
        <Text className={batch.status === 'notice' ? 'staff-batch__deadline' : 'muted'}>
          异议截止 {dayjs(batch.objectionDeadline).format('YYYY年M月D日')} · 已通知
          {batch.businessesNotified}家，{batch.businessesAnswered}家已回应
        </Text>
      )}
      <Text className="muted">{whoLine(batch)}</Text>
      {batch.publishedAt && <Text className="muted">{time(batch.publishedAt)}发布</Text>}
      {batch.changeNote && <Text className="batch-header__note">更正说明：{batch.changeNote}</Text>}
      {batch.returnedReason && batch.status === 'notice' && (
        <Text className="batch-header__warn">退回原因：{batch.returnedReason}</Text>
      )}
      {batch.withdrawnReason && (
        <Text className="batch-header__warn">
          {batch.withdrawnAt ? `${time(batch.withdrawnAt)}撤回，` : '已撤回，'}原因：
          {batch.withdrawnReason}
        </Text>
      )}
    </View>
  );
}
