import { View, Text } from '@tarojs/components';
import type { MerchantSummary } from '@api/merchants';
import { figuresBrief } from '../complaint-figures';
import { BadgeTags } from './badge-tags';
import './merchant-card.scss';

export function formatDistance(metres: number): string {
  return metres < 1000 ? `${metres}米` : `${(metres / 1000).toFixed(metres < 10_000 ? 1 : 0)}公里`;
}

/**
 * One search result: name, badges, where it is, and its latest 投诉公示 figures. `sortedByFigures`:
 * the list is in that order, so a result without figures says why it comes last.
 */
export function MerchantCard({
  merchant,
  onOpen,
  sortedByFigures = false,
}: {
  merchant: MerchantSummary;
  onOpen: () => void;
  sortedByFigures?: boolean;
}) {
  const figures = merchant.complaintFigures;
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
      {figures ? (
        <Text className="merchant-card__figures">投诉公示：{figuresBrief(figures)}</Text>
      ) : (
        sortedByFigures && <Text className="merchant-card__address">暂无投诉公示</Text>
      )}
    </View>
  );
}
