import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import type { PublicTip } from '@api/tips';
import { PrivateImage } from '@/components/private-image';
import { formatDate } from '../labels';
import { tipRoutes } from '../routes';
import './tip-card.scss';

/** One published tip in a list: title, the first lines, who and when, 有用; tap to read it. */
export function TipCard({ tip }: { tip: PublicTip }) {
  const photo = tip.photos[0];
  return (
    <View
      className="section tip-card tap-target"
      role="button"
      aria-label={`小贴士 ${tip.title}`}
      onClick={() => void Taro.navigateTo({ url: tipRoutes.detail(tip.id) })}
    >
      <View className="tip-card__main">
        <View className="tip-card__text">
          <Text className="tip-card__title">{tip.title}</Text>
          <Text className="tip-card__body">{tip.body}</Text>
        </View>
        {photo && <PrivateImage className="tip-card__photo" url={photo.url} label="小贴士图片" />}
      </View>
      <View className="tip-card__meta">
        <Tag type="info" plain>
          {tip.category}
        </Tag>
        <Text className="muted">{tip.authorName}</Text>
        <Text className="muted">{formatDate(tip.publishedAt)}</Text>
        <Text className="muted tip-card__useful">有用 {tip.usefulCount}</Text>
      </View>
    </View>
  );
}
