import Taro from '@tarojs/taro';
import type { ErrorBody } from '@api/common';
import { authRoutes } from '@/features/auth';
import { apiBase, API_PREFIX } from './api-base';
import { session } from './session';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The bearer header for the signed-in user, for callers outside request() (uploads). */
export function authHeader(): Record<string, string> {
  const token = session.token();
  return token ? { Authorization: `Bearer ${token}` } : {};
}

export interface RequestOptions {
  method?: Method;
  data?: unknown;
  query?: Record<string, string | number | boolean | undefined>;
  /**
   * Creating requests (POST) carry an Idempotency-Key so a retry after a lost answer never
   * creates twice. Pass a key to keep it stable across user retries (e.g. one per draft).
   */
  idempotencyKey?: string;
  /** Show the server's message as a toast on failure (default true). */
  toast?: boolean;
  /** Retries of idempotent requests after network errors, 502/503/504 and 429 (default 2). */
  retries?: number;
  /** Extra headers, e.g. a Content-Type other than JSON. */
  header?: Record<string, string>;
}

/** A failed request, carrying the server's Chinese message and per-field problems. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);
const NETWORK_ERROR = new ApiError(0, 'NETWORK', '网络不给力，请检查网络后重试');

export function newIdempotencyKey(): string {
  const random = Math.random().toString(36).slice(2, 10);
  return `${Date.now().toString(36)}-${random}-${Math.random().toString(36).slice(2, 10)}`;
}

function toQueryString(query: RequestOptions['query']): string {
  if (!query) return '';
  const parts = Object.entries(query)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

function toApiError(status: number, body: unknown): ApiError {
  const error = body as Partial<ErrorBody> | undefined;
  if (error && typeof error.message === 'string') {
    return new ApiError(status, error.code ?? 'ERROR', error.message, error.fields);
  }
  return new ApiError(
    status,
    'HTTP_' + status,
    status >= 500 ? '服务暂时不可用，请稍后再试' : '请求失败',
  );
}

let sendingToPasswordChange = false;

const onPasswordChangePage = () =>
  (Taro.getCurrentPages?.() ?? []).some((page) =>
    page.route?.includes(authRoutes.changePassword.slice(1)),
  );

/**
 * A staff account still on its one-time password may only change it: open the change-password
 * page (which says why) once, however many calls fail together, and not again while it is open.
 */
function requirePasswordChange(): void {
  if (sendingToPasswordChange || onPasswordChangePage()) return;
  sendingToPasswordChange = true;
  const url = authRoutes.changePasswordRequired;
  // redirectTo: 返回 should not lead back to the page that was refused.
  Taro.redirectTo({ url })
    .catch(() => Taro.navigateTo({ url }))
    .catch(() => undefined)
    // Answers still arriving for the page that was left must not open it a second time.
    .finally(() => setTimeout(() => (sendingToPasswordChange = false), 1500));
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  // The server refuses an empty JSON body: a POST or PUT without data sends {}; a GET or
  // DELETE without data sends no body and so no JSON Content-Type.
  const data = options.data ?? (method === 'POST' || method === 'PUT' ? {} : undefined);
  const header: Record<string, string> = {
    ...(data !== undefined && { 'Content-Type': 'application/json' }),
    ...options.header,
  };
  const token = session.token();
  Object.assign(header, authHeader());
  if (method === 'POST') header['Idempotency-Key'] = options.idempotencyKey ?? newIdempotencyKey();

  // POST is only safe to repeat because the key above makes the server replay its first answer.
  const maxAttempts = 1 + (options.retries ?? 2);
  const url = `${apiBase()}${API_PREFIX}${path}${toQueryString(options.query)}`;
  let failure: ApiError = NETWORK_ERROR;

  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    try {
      const response = await Taro.request({ url, method, data: data as never, header });
      if (response.statusCode >= 200 && response.statusCode < 300) return response.data as T;
      failure = toApiError(response.statusCode, response.data);
      // Expired, revoked by a password change (TOKEN_REVOKED) or a user gone: sign in again.
      if (response.statusCode === 401 && token) session.clear();
      if (failure.code === 'PASSWORD_CHANGE_REQUIRED') requirePasswordChange();
      if (!RETRYABLE_STATUS.has(response.statusCode)) break;
    } catch {
      failure = NETWORK_ERROR;
    }
    if (attempt < maxAttempts) await wait(300 * 2 ** (attempt - 1));
  }

  if (options.toast !== false) {
    void Taro.showToast({ title: failure.message, icon: 'none', duration: 2500 });
  }
  throw failure;
}
