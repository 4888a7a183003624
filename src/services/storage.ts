import Taro from '@tarojs/taro';

/** Typed JSON storage over Taro's sync storage (localStorage on H5, wx storage on weapp). */
export const storage = {
  get<T>(key: string): T | undefined {
    try {
      const raw: unknown = Taro.getStorageSync(key);
      if (raw === '' || raw === undefined || raw === null) return undefined;
      return (typeof raw === 'string' ? JSON.parse(raw) : raw) as T;
    } catch {
      return undefined;
    }
  },
  set(key: string, value: unknown): void {
    try {
      Taro.setStorageSync(key, JSON.stringify(value));
    } catch {
      // Storage full or unavailable: the app keeps working without persistence.
    }
  },
  remove(key: string): void {
    try {
      Taro.removeStorageSync(key);
    } catch {
      // nothing to remove
    }
  },
};

export const StorageKeys = {
  session: 'fx.session',
  prefs: 'fx.prefs',
  visitSource: 'fx.visit-source',
} as const;
