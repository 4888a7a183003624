import { useState } from 'react';

/** True while an action runs, so that its button spins and refuses a second tap. */
export function useBusy() {
  const [busy, setBusy] = useState(false);
  /** Runs `work` with `busy` set; its result or its error passes through. */
  const whileBusy = async <T>(work: () => Promise<T>): Promise<T> => {
    setBusy(true);
    try {
      return await work();
    } finally {
      setBusy(false);
    }
  };
  return { busy, whileBusy };
}
