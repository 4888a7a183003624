import { ApiError } from '@/services/request';

/**
 * The server's per-field problems (`ApiError.fields`, keyed by paths such as "contactPhone" or
 * "checklist.0.item") regrouped by the form's top-level field; the first problem of a field wins.
 */
export function serverFieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || !error.fields) return {};
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(error.fields)) {
    const field = path.replace(/^(body)?[./]*/, '').split(/[./[]/)[0];
    if (field && !(field in errors)) errors[field] = message;
  }
  return errors;
}

/** A request that never reached the server (or whose answer was lost). */
export const isNetworkError = (error: unknown) => error instanceof ApiError && error.status === 0;
