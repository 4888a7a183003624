import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import dayjs from 'dayjs';
import type { MerchantDisclosure } from '@api/disclosure';
import { disclosureRoutes } from '@/features/disclosure';
import { figureParts } from '../../../complaint-figures';

const day = (instant: string) => dayjs(instant).format('YYYY年M月D日');

/**
 * 投诉公示: the business's figures in the latest published batch naming it, its own statements,
 * and the way to the batch (to its published complaints when it is ranked there). Nothing when
 * no batch names it: no empty box.
 */
export function DisclosureSection({
  merchantId,
  disclosure,
}: {
  merchantId: string;
  disclosure?: MerchantDisclosure;
}) {
  if (!disclosure) return null;
  const { batchId, batchTitle, figures, ranked, statements } = disclosure;
  const url = ranked
    ? disclosureRoutes.business(batchId, merchantId)
    : disclosureRoutes.batch(batchId);
  return (
    <View className="section merchant-detail__disclosure" aria-label="投诉公示">
      <View className="section-title">投诉公示</View>
      {/* One line as the brief reads it; a figure never breaks inside ("受理12 / 件"). */}
      <View className="merchant-detail__disclosure-figures">
        <Text>最近一期公示（{batchTitle}）：</Text>
        {figureParts(figures).map((part, i) => (
          <Text key={part}>
            {i > 0 && ' · '}
            <Text className="merchant-detail__figure">{part}</Text>
          </Text>
        ))}
      </View>
      <Text className="muted">{day(disclosure.publishedAt)}公示 · 只统计已办结的投诉</Text>
      {statements.length > 0 && (
        <View className="merchant-detail__statements">
          <Text className="merchant-detail__statements-title">经营者说明</Text>
          {statements.map((statement, i) => (
            <Text key={i} className="merchant-detail__statement">
              {statement}
            </Text>
          ))}
        </View>
      )}
      <View
        className="merchant-detail__disclosure-more tap-target"
        role="link"
        onClick={() => void Taro.navigateTo({ url })}
      >
        {ranked ? '查看公示的投诉明细 ›' : '查看本期公示 ›'}
      </View>
    </View>
  );
}
