import type { Session, User } from '@api/auth';
import { createStore, useStore } from './store';
import { storage, StorageKeys } from './storage';

function restore(): Session | null {
  const saved = storage.get<Session>(StorageKeys.session);
  if (!saved?.token || !saved.expiresAt) return null;
  return new Date(saved.expiresAt).getTime() > Date.now() ? saved : null;
}

const sessionStore = createStore<Session | null>(restore());

export const session = {
  token: () => sessionStore.get()?.token,
  user: (): User | null => sessionStore.get()?.user ?? null,
  save(next: Session) {
    storage.set(StorageKeys.session, next);
    sessionStore.set(next);
  },
  clear() {
    storage.remove(StorageKeys.session);
    sessionStore.set(null);
  },
  /** Re-read storage, e.g. after tests or another page changed it. */
  reload() {
    sessionStore.set(restore());
  },
};

export function useSession(): Session | null {
  return useStore(sessionStore);
}
