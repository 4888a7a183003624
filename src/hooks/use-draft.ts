import { useCallback, useEffect, useState } from 'react';
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
 * written to storage as soon as it renders and read back on the next mount.
 */
export function useDraft<T extends object>(name: string, initial: T): Draft<T> {
  const key = `fx.draft.${name}`;
  const [state, setState] = useState<Saved<T> & { dirty: boolean }>(() => {
    const restored = storage.get<Saved<T>>(key);
    return restored?.value
      ? {
          value: { ...initial, ...restored.value },
          idempotencyKey: restored.idempotencyKey,
          dirty: false,
        }
      : { value: initial, idempotencyKey: newIdempotencyKey(), dirty: false };
  });

  // Written from the committed state, so an update followed by clear() in the same tick
  // can never write the old draft back.
  useEffect(() => {
    if (state.dirty) storage.set(key, { value: state.value, idempotencyKey: state.idempotencyKey });
  }, [key, state]);

  const update = useCallback(
    (patch: Partial<T>) =>
      setState((current) => ({ ...current, value: { ...current.value, ...patch }, dirty: true })),
    [],
  );

  const clear = useCallback(() => {
    storage.remove(key);
    setState({ value: initial, idempotencyKey: newIdempotencyKey(), dirty: false });
    // `initial` is the caller's constant for a fresh form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return { value: state.value, idempotencyKey: state.idempotencyKey, update, clear };
}
