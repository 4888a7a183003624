import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import dayjs from 'dayjs';
import type { StaffQa } from '@api/law';
import { lawRoutes } from '../routes';
import { authorLine } from './staff-name';
import './staff-qa-card.scss';

/** One card in the staff list: topic, question, who wrote it, last change; opens its review. */
export function StaffQaCard({ qa, me }: { qa: StaffQa; me?: string }) {
  const { content, revision } = qa;
  return (
    <View
      className="section staff-qa"
      role="button"
      onClick={() => void Taro.navigateTo({ url: lawRoutes.qaReview(qa.id) })}
    >
      <View className="staff-qa__tags">
        <Tag plain>{content.topic}</Tag>
        {revision && (
          <Tag type="warning">
            {revision.status === 'submitted' ? '有新版本待审' : '新版本编辑中'}
          </Tag>
        )}
        {qa.returnedReason && qa.status === 'draft' && <Tag type="danger">被退回</Tag>}
      </View>
      <Text className="staff-qa__question">{content.question}</Text>
      <Text className="muted">
        {authorLine(qa, me)} · 引用 {content.citations.length} 条
      </Text>
      <Text className="muted">{dayjs(qa.updatedAt).format('M月D日 HH:mm')}更新</Text>
    </View>
  );
}
