import type { Map } from '@tarojs/components';

/** The browser draws no map (see weapp-map.tsx); callers show the coordinates instead. */
export const WeappMap = (() => null) as unknown as typeof Map;
