import Taro from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import type { AdvisoryCard as Card } from '@api/advisories';
import { absoluteUploadUrl } from '@/components/private-image';
import { advisoryRoutes } from '../routes';
import { day, kindTagType } from './advisory-labels';
import './advisory-card.scss';

/** One published advisory in a list: kind, title, the first lines, who and when; tap to read. */
export function AdvisoryCard({ advisory }: { advisory: Card }) {
  return (
    <View
      className={`section advisory-card tap-target ${advisory.expired ? 'is-expired' : ''}`}
      role="button"
      aria-label={`${advisory.kind} ${advisory.title}`}
      onClick={() => void Taro.navigateTo({ url: advisoryRoutes.detail(advisory.id) })}
    >
      <View className="advisory-card__main">
        <View className="advisory-card__text">
          <View className="advisory-card__head">
            <Tag type={kindTagType(advisory.kind)}>{advisory.kind}</Tag>
            {advisory.expired && (
              <Tag type="default" plain>
                已过期
              </Tag>
            )}
            <Text className="advisory-card__title">{advisory.title}</Text>
          </View>
          <Text className="advisory-card__summary">{advisory.summary}</Text>
        </View>
        {advisory.cover && (
          <Image
            className="advisory-card__cover"
            src={absoluteUploadUrl(advisory.cover.url)}
            mode="aspectFill"
            lazyLoad
            aria-hidden
          />
        )}
      </View>
      <View className="advisory-card__meta">
        <Text className="muted">{advisory.issuer}</Text>
        <Text className="muted">{day(advisory.publishedAt)}</Text>
        <Text className="muted advisory-card__useful">有用 {advisory.usefulCount}</Text>
      </View>
    </View>
  );
}
