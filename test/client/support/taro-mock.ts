/**
 * A small stand-in for @tarojs/taro in jsdom: storage in memory, request as a jest.fn the
 * test programs, lifecycle hooks that tests can fire, and the few APIs NutUI touches.
 */
import { useEffect } from 'react';

type Handler = () => unknown;
const hooks = {
  pullDownRefresh: new Set<Handler>(),
  didShow: new Set<Handler>(),
  reachBottom: new Set<Handler>(),
  shareAppMessage: new Set<Handler>(),
  shareTimeline: new Set<Handler>(),
};
let routerParams: Record<string, string> = {};
const memory = new Map<string, unknown>();

function useHook(set: Set<Handler>, handler: Handler) {
  useEffect(() => {
    set.add(handler);
    return () => {
      set.delete(handler);
    };
  });
}

/** Taro's global event bus (NutUI's Dialog and Toast talk through it). */
const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
const eventCenter = {
  on(name: string, handler: (...args: unknown[]) => void) {
    listeners.set(name, (listeners.get(name) ?? new Set()).add(handler));
  },
  off(name: string, handler?: (...args: unknown[]) => void) {
    if (handler) listeners.get(name)?.delete(handler);
    else listeners.delete(name);
  },
  trigger(name: string, ...args: unknown[]) {
    listeners.get(name)?.forEach((handler) => handler(...args));
  },
};

const selectorQuery = () => {
  const query = {
    select: () => query,
    selectAll: () => query,
    selectViewport: () => query,
    boundingClientRect: (cb?: (rect: unknown) => void) => {
      cb?.({ width: 375, height: 40, top: 0, left: 0, right: 375, bottom: 40 });
      return query;
    },
    scrollOffset: () => query,
    fields: () => query,
    exec: (cb?: (res: unknown[]) => void) => cb?.([]),
  };
  return query;
};

const systemInfo = {
  windowWidth: 375,
  windowHeight: 667,
  screenWidth: 375,
  screenHeight: 667,
  pixelRatio: 2,
  platform: 'devtools',
  statusBarHeight: 20,
  safeArea: { top: 20, bottom: 667, left: 0, right: 375, width: 375, height: 647 },
};

const Taro = {
  ENV_TYPE: { WEAPP: 'WEAPP', WEB: 'WEB', H5: 'WEB' },
  getEnv: () => 'WEB',
  request: jest.fn(),
  login: jest.fn(async () => ({ code: 'test-code', errMsg: 'login:ok' })),
  showToast: jest.fn(async () => undefined),
  showLoading: jest.fn(async () => undefined),
  hideLoading: jest.fn(async () => undefined),
  makePhoneCall: jest.fn(async () => undefined),
  navigateTo: jest.fn(async () => undefined),
  navigateBack: jest.fn(async () => undefined),
  switchTab: jest.fn(async () => undefined),
  redirectTo: jest.fn(async () => undefined),
  stopPullDownRefresh: jest.fn(),
  getLaunchOptionsSync: jest.fn(() => ({ path: 'pages/index/index', query: {} })),
  getStorageSync: (key: string) => (memory.has(key) ? memory.get(key) : ''),
  setStorageSync: (key: string, value: unknown) => void memory.set(key, value),
  removeStorageSync: (key: string) => void memory.delete(key),
  clearStorageSync: () => memory.clear(),
  getSystemInfoSync: () => systemInfo,
  getWindowInfo: () => systemInfo,
  getDeviceInfo: () => systemInfo,
  getAppBaseInfo: () => systemInfo,
  getSystemInfo: async () => systemInfo,
  createSelectorQuery: selectorQuery,
  createIntersectionObserver: () => ({
    relativeToViewport: () => ({ observe: () => undefined }),
    disconnect: () => undefined,
  }),
  nextTick: (fn: () => void) => setTimeout(fn, 0),
  pxTransform: (size: number) => `${size / 2}px`,
  getCurrentInstance: () => ({ router: { params: routerParams }, page: {} }),
  useRouter: () => ({ params: routerParams, path: '' }),
  useReachBottom: (handler: Handler) => useHook(hooks.reachBottom, handler),
  scanCode: jest.fn(async () => ({ result: '', scanType: 'QR_CODE' })),
  getLocation: jest.fn(async () => ({ latitude: 27.72, longitude: 106.92 })),
  openLocation: jest.fn(async () => undefined),
  chooseLocation: jest.fn(async () => ({
    name: '',
    address: '',
    latitude: 27.72,
    longitude: 106.92,
  })),
  previewImage: jest.fn(async () => undefined),
  downloadFile: jest.fn(async () => ({ statusCode: 200, tempFilePath: 'wxfile://tmp/download' })),
  eventCenter,
  pageScrollTo: jest.fn(),
  usePullDownRefresh: (handler: Handler) => useHook(hooks.pullDownRefresh, handler),
  useDidShow: (handler: Handler) => useHook(hooks.didShow, handler),
  useLaunch: () => undefined,
  useLoad: () => undefined,
  useReady: () => undefined,
  useUnload: () => undefined,
  usePageScroll: () => undefined,
  useShareAppMessage: (handler: Handler) => useHook(hooks.shareAppMessage, handler),
  useShareTimeline: (handler: Handler) => useHook(hooks.shareTimeline, handler),
  showShareMenu: jest.fn(async () => undefined),
  SDKVersion: '3.0.0',
};

/** Test controls: fire page lifecycle events and reset storage between tests. */
export const taroTest = {
  pullDownRefresh: () => hooks.pullDownRefresh.forEach((handler) => handler()),
  didShow: () => hooks.didShow.forEach((handler) => handler()),
  reachBottom: () => hooks.reachBottom.forEach((handler) => handler()),
  /** What the page answers when the user taps 转发 / 分享到朋友圈 (as WeChat asks it). */
  shareAppMessage: () => [...hooks.shareAppMessage].map((handler) => handler()),
  shareTimeline: () => [...hooks.shareTimeline].map((handler) => handler()),
  /** The query of the page under test, as useRouter() returns it. */
  setRouterParams(params: Record<string, string>) {
    routerParams = params;
  },
  storage: memory,
  reset() {
    memory.clear();
    routerParams = {};
    jest.clearAllMocks();
  },
};

export const {
  request,
  usePullDownRefresh,
  useDidShow,
  useLaunch,
  useLoad,
  useReady,
  useUnload,
  usePageScroll,
  useShareAppMessage,
  useShareTimeline,
  useRouter,
  useReachBottom,
  getCurrentInstance,
  ENV_TYPE,
  getEnv,
} = Taro;
export { eventCenter };
export default Taro;
