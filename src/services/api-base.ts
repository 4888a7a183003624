/**
 * Where the API lives. H5 is served by the API server itself, so same origin works;
 * the weapp build needs an absolute origin (WeChat DevTools → 不校验合法域名 for localhost).
 */
export function apiBase(): string {
  const configured = process.env.TARO_APP_API_BASE;
  if (configured) return configured.replace(/\/+$/, '');
  return process.env.TARO_ENV === 'h5' ? '' : 'http://localhost:3150';
}

export const API_PREFIX = '/api/v1';
