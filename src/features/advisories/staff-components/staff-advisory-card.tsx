import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import dayjs from 'dayjs';
import type { StaffAdvisory } from '@api/advisories';
import { advisoryRoutes } from '../routes';
import { staffName } from './staff-name';
import './staff-advisory-card.scss';

const time = (iso: string) => dayjs(iso).format('M月D日 HH:mm');

/** Who wrote it, who published it and who took it down, by name. */
function whoLine(advisory: StaffAdvisory, me: string | undefined): string {
  const parts = [`${staffName(advisory.authorId, advisory.authorName, me)}撰写`];
  if (advisory.publishedBy && advisory.publishedByName) {
    parts.push(`${staffName(advisory.publishedBy, advisory.publishedByName, me)}发布`);
  }
  if (advisory.unpublishedBy && advisory.unpublishedByName) {
    parts.push(`${staffName(advisory.unpublishedBy, advisory.unpublishedByName, me)}下线`);
  }
  return parts.join(' · ');
}

/** One advisory in the staff list: kind, title, category, who, last change; opens review. */
export function StaffAdvisoryCard({ advisory, me }: { advisory: StaffAdvisory; me?: string }) {
  const { content, revision } = advisory;
  const scheduled =
    advisory.status === 'published' &&
    advisory.publishAt !== undefined &&
    Date.parse(advisory.publishAt) > Date.now();
  return (
    <View
      className="section staff-advisory"
      role="button"
      onClick={() => void Taro.navigateTo({ url: advisoryRoutes.review(advisory.id) })}
    >
      <View className="staff-advisory__tags">
        <Tag type={content.kind === '警示' ? 'danger' : 'info'}>{content.kind}</Tag>
        <Tag plain>{content.category}</Tag>
        {revision && (
          <Tag type="warning">
            {revision.status === 'submitted' ? '有新版本待审' : '新版本编辑中'}
          </Tag>
        )}
        {scheduled && <Tag type="warning">定时发布</Tag>}
        {advisory.returnedReason && advisory.status === 'draft' && <Tag type="danger">被退回</Tag>}
      </View>
      <Text className="staff-advisory__title">{content.title}</Text>
      <Text className="muted">{whoLine(advisory, me)}</Text>
      {revision && (
        <Text className="muted">
          新版本：{staffName(revision.authorId, revision.authorName, me)}撰写
        </Text>
      )}
      <Text className="muted">
        {time(advisory.updatedAt)}更新
        {advisory.status === 'published' ? ` · 阅读 ${advisory.readCount}` : ''}
      </Text>
    </View>
  );
}
