import { ApiError } from './request';

/**
 * Whether the server answered that the object on screen was removed (404) or has changed (409)
 * since it was loaded, e.g. a colleague decided it meanwhile. request() has already shown the
 * server's message; the page shows the object afresh (or drops it) instead of failing.
 */
export function isRemovedOrChanged(
  error: unknown,
  statuses: readonly number[] = [404, 409],
): error is ApiError {
  return error instanceof ApiError && statuses.includes(error.status);
}
