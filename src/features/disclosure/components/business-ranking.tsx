import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import type { BusinessFigures } from '@api/disclosure';
import { disclosureRoutes } from '../routes';
import { daysLabel, figuresText } from './disclosure-labels';
import { RateBar } from './industry-bars';
import './business-ranking.scss';

interface BusinessHeadProps {
  business: BusinessFigures;
}

/** A business's rank, registered name (wrapping), 有说明, credit code and industry. */
export function BusinessHead({ business }: BusinessHeadProps) {
  return (
    <View className="business-head">
      <View className="business-head__title">
        <Text className="business-head__rank">{business.rank}</Text>
        <Text className="business-head__name">{business.name}</Text>
        {business.hasStatement && (
          <Tag type="info" plain>
            有说明
          </Tag>
        )}
      </View>
      <Text className="muted business-head__code">
        {business.creditCode} · {business.industry}
      </Text>
    </View>
  );
}

/** 受理 · 调解成功 · 办结中位, and the settlement rate as a bar. */
export function BusinessFiguresRow({ business }: BusinessHeadProps) {
  return (
    <View className="business-figures">
      <Text className="business-figures__counts">
        受理 {business.accepted} · 调解成功 {business.settled} · 办结中位 {daysLabel(business)}
      </Text>
      <RateBar rate={business.settlementRate} />
    </View>
  );
}

interface BusinessRankingProps {
  batchId: string;
  businesses: BusinessFigures[];
  minComplaints: number;
  /** How many businesses are ranked in all (the answer carries the top ones only). */
  total?: number;
  /** Staff's preview: the business pages are not public yet, so nothing opens. */
  preview: boolean;
}

/** The ranked businesses (most complaints first); each opens its published rows. */
export function BusinessRanking({
  batchId,
  businesses,
  minComplaints,
  total,
  preview,
}: BusinessRankingProps) {
  const ranked = [...businesses].sort((a, b) => a.rank - b.rank);
  return (
    <View className="section business-ranking" aria-label="经营者投诉排名">
      <View className="section-title">经营者投诉排名</View>
      <Text className="muted">仅列出投诉{minComplaints}件以上的经营者</Text>
      {total !== undefined && total > ranked.length && (
        <Text className="muted business-ranking__more">
          共{total}家经营者上榜，这里显示投诉最多的{ranked.length}家；完整名单见下方表格或打印版。
        </Text>
      )}
      {ranked.length === 0 && (
        <Text className="business-ranking__none">本期没有达到公示件数的经营者</Text>
      )}
      {ranked.map((business) => (
        <View
          key={business.merchantId}
          className={`business-ranking__item ${preview ? '' : 'tap-target'}`}
          role={preview ? 'listitem' : 'link'}
          aria-label={`第${business.rank}名 ${business.name}：${figuresText(business)}`}
          onClick={
            preview
              ? undefined
              : () =>
                  void Taro.navigateTo({
                    url: disclosureRoutes.business(batchId, business.merchantId),
                  })
          }
        >
          <BusinessHead business={business} />
          <BusinessFiguresRow business={business} />
          {!preview && <Text className="business-ranking__open">查看投诉明细 ›</Text>}
        </View>
      ))}
    </View>
  );
}
