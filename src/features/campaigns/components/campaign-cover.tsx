import { Image, Text, View } from '@tarojs/components';
import type { UploadLink } from '@api/uploads';
import { absoluteUploadUrl } from '@/components/private-image';
import './campaign-cover.scss';

/** The campaign's cover, or its name drawn on a red banner when it has none. */
export function CampaignCover({
  name,
  cover,
  size = 'card',
}: {
  name: string;
  cover?: UploadLink;
  size?: 'card' | 'hero';
}) {
  return (
    <View className={`campaign-cover campaign-cover--${size}`}>
      {cover ? (
        <Image
          className="campaign-cover__image"
          src={absoluteUploadUrl(cover.url)}
          mode="aspectFill"
          lazyLoad
          aria-hidden
        />
      ) : (
        <View className="campaign-cover__banner">
          <Text className="campaign-cover__kicker">专项整治</Text>
          <Text className="campaign-cover__name">{name}</Text>
        </View>
      )}
    </View>
  );
}
