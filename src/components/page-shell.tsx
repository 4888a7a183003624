import type { PropsWithChildren } from 'react';
import { View } from '@tarojs/components';
import { usePrefs } from '@/services/prefs';

/** Every page's root: applies app-wide preferences such as the large-text mode. */
export function PageShell({ children, className }: PropsWithChildren<{ className?: string }>) {
  const { largeText } = usePrefs();
  const classes = ['page', largeText ? 'large-text' : '', className ?? ''].filter(Boolean);
  return <View className={classes.join(' ')}>{children}</View>;
}
