import { View, Text } from '@tarojs/components';
import { Button, Tag } from '@nutui/nutui-react-taro';
import dayjs from 'dayjs';
import type { ModelUnitBadge } from '@api/model-units';

const day = (date: string) => dayjs(date).format('YYYY年M月D日');

function ended(badge: ModelUnitBadge): string {
  if (badge.status === 'revoked') {
    return `已于${day(badge.revokedOn ?? badge.validUntil)}撤销${badge.revokedReason ? `：${badge.revokedReason}` : ''}`;
  }
  return `已于${day(badge.validUntil)}到期`;
}

interface Props {
  badges: ModelUnitBadge[];
  /** Staff only: revoke an active title. */
  onRevoke?: (badge: ModelUnitBadge) => void;
}

/** 放心消费示范单位: the valid title with its facts, and every ended one with when and why. */
export function ModelUnitSection({ badges, onRevoke }: Props) {
  if (badges.length === 0) return null;
  return (
    <View className="section merchant-detail__model-units">
      <View className="section-title">放心消费示范单位</View>
      {badges.map((badge) => (
        <View key={badge.id} className={`merchant-detail__badge is-${badge.status}`}>
          <View className="merchant-detail__badge-head">
            <Text className="merchant-detail__badge-title">
              {badge.year}年度{badge.level}放心消费示范单位 · {badge.category}
            </Text>
            <Tag type={badge.status === 'active' ? 'danger' : 'default'}>
              {badge.status === 'active'
                ? '有效'
                : badge.status === 'revoked'
                  ? '已撤销'
                  : '已到期'}
            </Tag>
          </View>
          <Text className="muted">证书编号：{badge.certificateNo}</Text>
          <Text className="muted">
            有效期：{day(badge.validFrom)} 至 {day(badge.validUntil)}
          </Text>
          {badge.status !== 'active' && (
            <Text className="merchant-detail__ended">{ended(badge)}</Text>
          )}
          {badge.status === 'active' && onRevoke && (
            <Button size="small" fill="outline" type="danger" onClick={() => onRevoke(badge)}>
              撤销示范单位
            </Button>
          )}
        </View>
      ))}
    </View>
  );
}
