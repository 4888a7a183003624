import { useEffect, useState } from 'react';

/** Whole seconds until `deadline` (ms since epoch), ticking every half second; 0 when over. */
export function useCountdown(deadline: number | undefined): number | undefined {
  const compute = () =>
    deadline === undefined ? undefined : Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
  const [left, setLeft] = useState(compute);

  useEffect(() => {
    setLeft(compute());
    if (deadline === undefined) return;
    const timer = setInterval(() => {
      const next = compute();
      setLeft(next);
      if (next === 0) clearInterval(timer);
    }, 500);
    return () => clearInterval(timer);
    // compute reads only deadline.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [deadline]);

  return left;
}
