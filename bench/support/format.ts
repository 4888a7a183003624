/** Number formats shared by the suites, so every table reads the same way. */

/** 12,345 */
export const count = (n: number): string => Math.round(n).toLocaleString('en-US');

/** 1.23 (milliseconds); — when nothing was measured (no answer in time). */
export const ms = (n: number): string => (Number.isFinite(n) ? n.toFixed(2) : '—');

/** 0.62× — a figure relative to its baseline. */
export const ratio = (value: number, baseline: number): string =>
  baseline > 0 ? `${(value / baseline).toFixed(2)}×` : 'n/a';

/** 123.4 (kibibytes) */
export const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
