import type { PropsWithChildren } from 'react';
import { View } from '@tarojs/components';
import { usePrefs } from '@/services/prefs';
import { PrivacyPrompt } from '@/features/privacy';

/** Every page's root: applies app-wide preferences such as the large-text mode. */
export function PageShell({ children, className }: PropsWithChildren<{ className?: string }>) {
  const { largeText } = usePrefs();
  const classes = ['page', largeText ? 'large-text' : '', className ?? ''].filter(Boolean);
  return (
    <View className={classes.join(' ')}>
      {children}
      {/* 隐私保护提示: whichever page is on screen answers WeChat (app.ts cannot draw). */}
      <PrivacyPrompt />
    </View>
  );
}
