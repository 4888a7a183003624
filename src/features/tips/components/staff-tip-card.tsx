import type { PropsWithChildren } from 'react';
import { View, Text } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import type { StaffTip } from '@api/tips';
import { PrivatePhotos } from '@/components/private-photos';
import { formatTime } from '../labels';
import { TipStatusTag } from './tip-status-tag';
import './staff-tip-card.scss';

/** What WeChat's content check said, as staff read it. */
export const SEC_CHECK_LABELS: Record<StaffTip['secCheck'], string> = {
  pass: '微信检测：通过',
  review: '微信检测：建议人工复核',
  unchecked: '微信检测：未检测（微信暂不可用）',
};

const SEC_CHECK_TYPE = { pass: 'success', review: 'warning', unchecked: 'default' } as const;

/** A tip as staff moderate it: all of its text and photos, its author and its check result. */
export function StaffTipCard({
  tip,
  showStatus,
  children,
}: PropsWithChildren<{ tip: StaffTip; showStatus?: boolean }>) {
  return (
    <View className="section staff-tip" aria-label={`投稿 ${tip.title}`}>
      <View className="staff-tip__tags">
        {showStatus && <TipStatusTag status={tip.status} />}
        <Tag type={SEC_CHECK_TYPE[tip.secCheck]}>{SEC_CHECK_LABELS[tip.secCheck]}</Tag>
        <Tag type="info" plain>
          {tip.category}
        </Tag>
        {tip.openReports > 0 && <Tag type="danger">{tip.openReports}条举报待处理</Tag>}
      </View>
      <Text className="staff-tip__title">{tip.title}</Text>
      <Text className="staff-tip__body">{tip.body}</Text>
      {tip.photos.length > 0 && (
        <PrivatePhotos
          photos={tip.photos}
          className="staff-tip__photos"
          photoClassName="staff-tip__photo"
          label="投稿图片"
        />
      )}
      <Text className="muted">
        {tip.authorNickname} · {formatTime(tip.createdAt)} 提交
      </Text>
      {tip.rejectReason && <Text className="muted">未通过原因：{tip.rejectReason}</Text>}
      {tip.promotedAdvisoryId && <Text className="muted">已转为官方提示草稿</Text>}
      {children}
    </View>
  );
}
