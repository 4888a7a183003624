import { View, Text } from '@tarojs/components';
import type { MerchantSummary } from '@api/merchants';
import { BadgeTags } from './badge-tags';
import './merchant-card.scss';

export function formatDistance(metres: number): string {
  return metres < 1000 ? `${metres}米` : `${(metres / 1000).toFixed(metres < 10_000 ? 1 : 0)}公里`;
}

/** One search result: name, badges, where it is. */
export function MerchantCard({
  merchant,
  onOpen,
}: {
  merchant: MerchantSummary;
  onOpen: () => void;
}) {
  return (
    <View className="merchant-card tap-target" onClick={onOpen}>
      <View className="merchant-card__head">
        <Text className="merchant-card__name">{merchant.name}</Text>
        {merchant.distanceM !== undefined && (
          <Text className="merchant-card__distance">{formatDistance(merchant.distanceM)}</Text>
        )}
      </View>
      <BadgeTags badges={merchant.badges} />
      <Text className="merchant-card__meta">
        {merchant.industry} · {merchant.town}
      </Text>
      <Text className="merchant-card__address">{merchant.address}</Text>
    </View>
  );
}
