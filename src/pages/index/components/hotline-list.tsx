import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Cell } from '@nutui/nutui-react-taro';
import type { Hotline } from '@api/region';

export const callHotline = (hotline: Hotline) =>
  Taro.makePhoneCall({ phoneNumber: hotline.number }).catch(() => undefined);

export function HotlineList({ hotlines }: { hotlines: Hotline[] }) {
  return (
    <View className="section">
      <View className="section-title">投诉咨询热线</View>
      {hotlines.map((hotline) => (
        <Cell
          key={hotline.number}
          className="tap-target"
          title={hotline.name}
          description={hotline.hours}
          extra={`${hotline.number} 拨打`}
          clickable
          onClick={() => void callHotline(hotline)}
        />
      ))}
    </View>
  );
}
