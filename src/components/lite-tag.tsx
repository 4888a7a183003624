import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
// Only the stylesheet: NutUI's Tag script brings the icon library (for its close button).
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/style.css';

export interface LiteTagProps {
  type?: 'default' | 'primary' | 'info' | 'success' | 'warning' | 'danger';
  plain?: boolean;
  round?: boolean;
  className?: string;
  children?: ReactNode;
}

/** NutUI's Tag (same elements and class names) without a close button, for the main package. */
export function LiteTag({ type = 'default', plain, round, className, children }: LiteTagProps) {
  const classes = [
    'nut-tag',
    `nut-tag-${type}`,
    plain ? 'nut-tag-plain' : '',
    round ? 'nut-tag-round' : '',
    className,
  ].filter(Boolean);
  return (
    <View className={classes.join(' ')}>
      {children && (
        <View className={`nut-tag-text${plain ? ' nut-tag-text-plain' : ''}`}>{children}</View>
      )}
    </View>
  );
}
