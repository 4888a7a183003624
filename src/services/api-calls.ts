import { request, type RequestOptions } from './request';

/** `base/<id>` with the id URL-encoded, then a fixed sub-path: itemPath('/complaints', id, '/rating'). */
export const itemPath = (base: string, id: string, sub = '') =>
  `${base}/${encodeURIComponent(id)}${sub}`;

/** A GET whose failure the page shows itself (no toast). */
export const load = <T>(path: string, query?: RequestOptions['query']) =>
  request<T>(path, { query, toast: false });

/** A POST of `data`; pass `idempotencyKey` to keep one key across the user's retries. */
export const post = <T>(
  path: string,
  data: unknown,
  options: Omit<RequestOptions, 'method' | 'data'> = {},
) => request<T>(path, { ...options, method: 'POST', data });
