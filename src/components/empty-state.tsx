import type { ReactNode } from 'react';
import { Image, View } from '@tarojs/components';
import emptyImage from '@/assets/empty.png';
import './empty-state.scss';

/**
 * An empty list's picture and words. Our own picture (src/assets/empty.png, made by
 * scripts/make-empty-illustration.mjs): NutUI's Empty loads one from a third-party CDN, and a
 * government app loads no third-party images. Drawn here rather than with NutUI's Empty, which
 * would pull NutUI's Button and its stylesheet into the main package (查商家 shows this).
 */
export function EmptyState({ title, description }: { title: ReactNode; description?: ReactNode }) {
  return (
    <View className="empty-state">
      <Image className="empty-state__image" src={emptyImage} mode="aspectFit" />
      <View className="empty-state__title">{title}</View>
      {description && <View className="empty-state__description">{description}</View>}
    </View>
  );
}
