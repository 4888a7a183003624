import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { WeappMap } from '@/components/weapp-map';
import { Button } from '@nutui/nutui-react-taro';
import type { MapPoint } from '@api/law';
import './session-place.scss';

interface SessionPlaceProps {
  /** What the marker and the map app call the place. */
  name: string;
  address: string;
  location?: MapPoint;
}

/** 高德's public marker page: a plain link, no map script in the app. */
export const amapMarkerUrl = ({ latitude, longitude }: MapPoint, name: string) =>
  `https://uri.amap.com/marker?position=${longitude},${latitude}&name=${encodeURIComponent(name)}`;

const copy = (text: string, what: string) =>
  void Taro.setClipboardData({ data: text })
    .then(() => Taro.showToast({ title: `${what}已复制`, icon: 'none' }))
    .catch(() => undefined);

/**
 * Where a session is: on weapp a map with its marker and 导航 (the phone's map app); in the
 * browser the coordinates and a link to a map page. The address can always be copied.
 */
export function SessionPlace({ name, address, location }: SessionPlaceProps) {
  const weapp = process.env.TARO_ENV === 'weapp';
  return (
    <View className="session-place">
      {location && weapp && (
        <WeappMap
          className="session-place__map"
          latitude={location.latitude}
          longitude={location.longitude}
          scale={15}
          markers={[{ id: 0, ...location, title: name, iconPath: '', width: 30, height: 30 }]}
          onError={() => undefined}
        />
      )}
      <Text className="session-place__address">{address}</Text>
      {location && !weapp && (
        <Text className="muted">
          坐标：北纬 {location.latitude.toFixed(5)}，东经 {location.longitude.toFixed(5)}
        </Text>
      )}
      <View className="session-place__actions">
        {location && weapp && (
          <Button
            size="small"
            type="primary"
            onClick={() =>
              void Taro.openLocation({ ...location, name, address, scale: 16 }).catch(
                () => undefined,
              )
            }
          >
            导航
          </Button>
        )}
        {location && !weapp && (
          <Button
            size="small"
            type="primary"
            onClick={() => void window.open(amapMarkerUrl(location, name), '_blank')}
          >
            在地图中打开
          </Button>
        )}
        <Button size="small" fill="outline" onClick={() => copy(address, '地址')}>
          复制地址
        </Button>
      </View>
    </View>
  );
}
