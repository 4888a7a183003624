import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import type { FollowUp } from '@api/disclosure';
import { disclosureRoutes } from '../routes';
import { shortDate } from './disclosure-text';
import { FOLLOW_UP_STATUS_LABELS, targetName } from './target-text';

/** One follow-up in the list; a tap opens it for editing. */
export function FollowUpCard({ followUp }: { followUp: FollowUp }) {
  return (
    <View
      className="section follow-up-card tap-target"
      role="link"
      aria-label={`${targetName(followUp.target)} ${followUp.type}`}
      onClick={() => void Taro.navigateTo({ url: disclosureRoutes.followUp(followUp.id) })}
    >
      <View className="follow-up-card__head">
        <Text className="follow-up-card__name">{targetName(followUp.target)}</Text>
        <Tag type={followUp.status === 'open' ? 'warning' : 'success'}>
          {FOLLOW_UP_STATUS_LABELS[followUp.status]}
        </Tag>
      </View>
      <Text>
        {followUp.type} · {shortDate(followUp.date)} · {followUp.handledBy}
      </Text>
      <Text className="follow-up-card__notes">{followUp.notes}</Text>
      {followUp.outcome && <Text className="muted">结果：{followUp.outcome}</Text>}
      <Text className="muted">
        {followUp.createdByName} 记录
        {followUp.attachments.length > 0 ? ` · 附件${followUp.attachments.length}张` : ''}
      </Text>
    </View>
  );
}
