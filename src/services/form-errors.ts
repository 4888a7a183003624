import { ApiError } from '@/services/request';

/**
 * The server's per-field problems (`ApiError.fields`, keyed by paths such as "contactPhone" or
 * "checklist.0.item") regrouped by the form's field; the first problem of a field wins. By
 * default a path's first segment is the field; a form whose paths differ passes `fieldOf`.
 */
export function serverFieldErrors<F extends string = string>(
  error: unknown,
  fieldOf: (path: string) => F | undefined = (path) =>
    path.replace(/^(body)?[./]*/, '').split(/[./[]/)[0] as F,
): Partial<Record<F, string>> {
  if (!(error instanceof ApiError) || !error.fields) return {};
  const errors: Partial<Record<F, string>> = {};
  for (const [path, message] of Object.entries(error.fields)) {
    const field = fieldOf(path);
    if (field && !(field in errors)) errors[field] = message;
  }
  return errors;
}

/**
 * A form's field for a server path such as "/body/merchant/name" or "evidence.2": the longest
 * prefix named in `paths` (nested parts of the body), else a top-level field the form has.
 */
export function fieldByPath<F extends string>(
  paths: Readonly<Record<string, F>>,
  topLevel: readonly F[],
): (path: string) => F | undefined {
  return (path) => {
    const parts = path
      .replace(/^[./]*(body)?[./]*/, '')
      .split(/[./[\]]+/)
      .filter((part) => part && !/^\d+$/.test(part));
    for (let size = parts.length; size > 0; size--) {
      const key = parts.slice(0, size).join('.');
      if (paths[key]) return paths[key];
      if (size === 1 && topLevel.includes(key as F)) return key as F;
    }
    return undefined;
  };
}

/** A request that never reached the server (or whose answer was lost). */
export const isNetworkError = (error: unknown) => error instanceof ApiError && error.status === 0;

/** A failed submission that belongs to no single field, and whether to link to what was sent. */
export interface SubmitNotice {
  text: string;
  /** The request may already be there (a 409): show the link to the user's own list. */
  showMine: boolean;
}

export const SAVED_OFFLINE = '网络不给力，填写的内容已保存在本机，网络恢复后再点提交即可。';

/**
 * What a form says when its submission failed as a whole. `already` is said when the same
 * Idempotency-Key was answered before with another body: the first attempt may have arrived.
 */
export function submitNotice(
  error: unknown,
  words: { already: string; offline?: string },
): SubmitNotice {
  if (isNetworkError(error)) return { text: words.offline ?? SAVED_OFFLINE, showMine: false };
  if (error instanceof ApiError && error.code === 'IDEMPOTENCY_KEY_REUSED') {
    return { text: words.already, showMine: true };
  }
  if (error instanceof ApiError) return { text: error.message, showMine: error.status === 409 };
  return { text: '提交失败，请稍后再试', showMine: false };
}
