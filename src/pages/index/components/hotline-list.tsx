import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { TapCells } from '@/components/tap-cells';
import type { Hotline } from '@api/region';

export const callHotline = (hotline: Hotline) =>
  Taro.makePhoneCall({ phoneNumber: hotline.number }).catch(() => undefined);

export function HotlineList({ hotlines }: { hotlines: Hotline[] }) {
  return (
    <View className="section">
      <View className="section-title">投诉咨询热线</View>
      <TapCells
        items={hotlines.map((hotline) => ({
          key: hotline.number,
          title: hotline.name,
          description: hotline.hours,
          extra: `${hotline.number} 拨打`,
          onTap: () => void callHotline(hotline),
        }))}
      />
    </View>
  );
}
