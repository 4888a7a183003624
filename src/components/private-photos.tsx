import { View } from '@tarojs/components';
import { PrivateImage } from './private-image';

interface PrivatePhotosProps {
  photos: readonly { id: string; url: string }[];
  /** The row's class and each photo's class (they size the thumbnails). */
  className: string;
  photoClassName: string;
  /** Each photo's accessible name, e.g. 证据照片 → 证据照片1, 证据照片2… */
  label: string;
}

/** A row of private uploads (evidence, application photos), each opened full size on a tap. */
export function PrivatePhotos({ photos, className, photoClassName, label }: PrivatePhotosProps) {
  return (
    <View className={className}>
      {photos.map((photo, index) => (
        <PrivateImage
          key={photo.id}
          className={photoClassName}
          url={photo.url}
          label={`${label}${index + 1}`}
        />
      ))}
    </View>
  );
}
