import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import dayjs from 'dayjs';
import type { StaffBatchCard as Card } from '@api/disclosure';
import { DISCLOSURE_STATUS_LABELS } from '@/domain/disclosure-vocabulary';
import { disclosureRoutes } from '../routes';
import { periodText } from './batch-presets';
import { KIND_LABELS, STATUS_TAG } from './staff-labels';
import './staff-disclosure.scss';

/** One batch in the staff list: status, title, period, version, counts, what waits; opens review. */
export function StaffBatchCard({ batch }: { batch: Card }) {
  return (
    <View
      className="section staff-batch"
      role="button"
      onClick={() => void Taro.navigateTo({ url: disclosureRoutes.review(batch.id) })}
    >
      <View className="staff-batch__tags">
        <Tag type={STATUS_TAG[batch.status]}>{DISCLOSURE_STATUS_LABELS[batch.status]}</Tag>
        <Tag plain>{KIND_LABELS[batch.kind]}</Tag>
        <Tag plain>第{batch.version}版</Tag>
        {batch.pendingResponses > 0 && (
          <Tag type="danger">{batch.pendingResponses}条回应待处理</Tag>
        )}
      </View>
      <Text className="staff-batch__title">{batch.title}</Text>
      <Text className="muted">{periodText(batch.periodFrom, batch.periodTo)}</Text>
      <View className="staff-batch__counts" aria-label="条数">
        <Text>候选 {batch.candidates}</Text>
        <Text>公示 {batch.included}</Text>
        <Text>排除 {batch.excluded}</Text>
      </View>
      {batch.objectionDeadline && (
        <Text className={batch.status === 'notice' ? 'staff-batch__deadline' : 'muted'}>
          异议截止 {dayjs(batch.objectionDeadline).format('M月D日')}
        </Text>
      )}
      <Text className="muted">
        {batch.createdByName} {dayjs(batch.createdAt).format('M月D日 HH:mm')}新建
      </Text>
    </View>
  );
}
