import { View, Text } from '@tarojs/components';
import type { Region } from '@api/region';
import './campaign-banner.scss';

export function CampaignBanner({ region }: { region: Region }) {
  return (
    <View className="campaign-banner">
      <Text className="campaign-banner__county">{region.county} · 3·15 国际消费者权益日</Text>
      <Text className="campaign-banner__year">{region.theme.year} 年主题</Text>
      <Text className="campaign-banner__theme">{region.theme.title}</Text>
      {region.theme.slogan && (
        <Text className="campaign-banner__slogan">{region.theme.slogan}</Text>
      )}
    </View>
  );
}
