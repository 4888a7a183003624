import type { ReactNode } from 'react';
import { Empty } from '@nutui/nutui-react-taro';
import emptyImage from '@/assets/empty.png';
import './empty-state.scss';

/**
 * An empty list's picture and words. NutUI's Empty shows a default picture from a third-party
 * CDN; a government app loads no third-party images, so every empty state draws our own
 * (src/assets/empty.png, made by scripts/make-empty-illustration.mjs).
 */
export function EmptyState({ title, description }: { title: ReactNode; description?: ReactNode }) {
  return (
    <Empty className="empty-state" image={emptyImage} title={title} description={description} />
  );
}
