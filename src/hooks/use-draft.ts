import { useCallback, useState } from 'react';
import { newIdempotencyKey } from '@/services/request';
import { storage } from '@/services/storage';

interface Saved<T> {
  value: T;
  /** One key per draft: a resubmission after a lost answer replays, never duplicates. */
  idempotencyKey: string;
}

export interface Draft<T> {
  value: T;
  idempotencyKey: string;
  update: (patch: Partial<T>) => void;
  /** Forget the draft after the server accepted it. */
  clear: () => void;
}

/**
 * Form state that survives a failed request, a crash or an app restart: every change is
 * written to storage at once and read back on the next mount.
 */
export function useDraft<T extends object>(name: string, initial: T): Draft<T> {
  const key = `fx.draft.${name}`;
  const [saved, setSaved] = useState<Saved<T>>(() => {
    const restored = storage.get<Saved<T>>(key);
    return restored?.value
      ? { value: { ...initial, ...restored.value }, idempotencyKey: restored.idempotencyKey }
      : { value: initial, idempotencyKey: newIdempotencyKey() };
  });

  const update = useCallback(
    (patch: Partial<T>) =>
      setSaved((current) => {
        const next = { ...current, value: { ...current.value, ...patch } };
        storage.set(key, next);
        return next;
      }),
    [key],
  );

  const clear = useCallback(() => {
    storage.remove(key);
    setSaved({ value: initial, idempotencyKey: newIdempotencyKey() });
    // `initial` is the caller's constant for a fresh form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return { value: saved.value, idempotencyKey: saved.idempotencyKey, update, clear };
}
