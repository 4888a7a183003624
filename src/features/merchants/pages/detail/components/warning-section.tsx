import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import dayjs from 'dayjs';
import type { MerchantWarning } from '@api/advisories';
import { advisoryRoutes } from '@/features/advisories';

const day = (date: string) => dayjs(date).format('YYYY年M月D日');

/**
 * 消费警示 naming this merchant. Each rests on a published administrative penalty (消法 第五十六条),
 * so the decision number and date are shown with it; tap to read the warning.
 */
export function WarningSection({ warnings }: { warnings: MerchantWarning[] }) {
  if (warnings.length === 0) return null;
  return (
    <View className="section merchant-detail__warnings" aria-label="消费警示">
      <View className="merchant-detail__warnings-title">
        <Text className="merchant-detail__warnings-mark">!</Text>
        <Text>消费警示</Text>
      </View>
      {warnings.map((warning) => (
        <View
          key={warning.id}
          className="merchant-detail__warning tap-target"
          role="button"
          onClick={() => void Taro.navigateTo({ url: advisoryRoutes.detail(warning.id) })}
        >
          <Text className="merchant-detail__warning-title">{warning.title}</Text>
          <Text className="merchant-detail__warning-basis">
            行政处罚决定书 {warning.penaltyNo} · {day(warning.penaltyDate)}
          </Text>
          <Text className="merchant-detail__warning-more">查看警示 ›</Text>
        </View>
      ))}
    </View>
  );
}
