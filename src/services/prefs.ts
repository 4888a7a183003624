import { createStore, useStore } from './store';
import { storage, StorageKeys } from './storage';

export interface Prefs {
  /** 适老化: larger body text, looser lines and bigger tap targets everywhere. */
  largeText: boolean;
}

const defaults: Prefs = { largeText: false };
const prefsStore = createStore<Prefs>({
  ...defaults,
  ...storage.get<Partial<Prefs>>(StorageKeys.prefs),
});

export function setPrefs(patch: Partial<Prefs>): void {
  const next = { ...prefsStore.get(), ...patch };
  storage.set(StorageKeys.prefs, next);
  prefsStore.set(next);
}

export function usePrefs(): Prefs {
  return useStore(prefsStore);
}
