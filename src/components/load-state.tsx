import type { ReactNode } from 'react';
import { View, Text } from '@tarojs/components';
import { Skeleton } from '@nutui/nutui-react-taro';
import { LiteButton } from './lite-button';
import type { ApiError } from '@/services/request';
import './load-state.scss';

interface LoadStateProps<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  onRetry: () => void;
  skeletonRows?: number;
  children: (data: T) => ReactNode;
}

/**
 * The loading, error-with-retry and stale-data states every remote view needs.
 * Cached data stays on screen when a refresh fails, with a quiet note and a retry.
 */
export function LoadState<T>({
  data,
  error,
  loading,
  onRetry,
  skeletonRows = 6,
  children,
}: LoadStateProps<T>) {
  if (data === undefined && loading) {
    return (
      <View className="load-state__skeleton" aria-busy="true" aria-label="加载中">
        <Skeleton rows={skeletonRows} animated />
      </View>
    );
  }
  if (data === undefined) {
    return (
      <View className="load-state__error" role="alert">
        <View className="load-state__icon">!</View>
        <Text className="load-state__message">{error?.message ?? '加载失败'}</Text>
        <LiteButton type="primary" size="small" onClick={onRetry}>
          重新加载
        </LiteButton>
      </View>
    );
  }
  return (
    <>
      {error && (
        <View className="load-state__stale" role="status" onClick={onRetry}>
          {error.message}，当前显示上次加载的内容。点此重试
        </View>
      )}
      {children(data)}
    </>
  );
}
