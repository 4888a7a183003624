/** A few real API calls for test set-up, over Node's http (jsdom test environments have no fetch). */
import http from 'node:http';

export function apiCall<T>(
  origin: string,
  method: string,
  path: string,
  body?: unknown,
  token?: string,
): Promise<T> {
  const data = body === undefined ? undefined : JSON.stringify(body);
  return send<T>(`${origin}/api/v1${path}`, method, data, {
    ...(data ? { 'content-type': 'application/json' } : {}),
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  });
}

/** A valid 1×1 PNG, for uploads whose content does not matter. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

export function uploadPng(origin: string, purpose: string, token: string, png = TINY_PNG) {
  const boundary = 'testboundary';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="f.png"\r\nContent-Type: image/png\r\n\r\n`,
    ),
    png,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return send<{ id: string }>(`${origin}/api/v1/uploads?purpose=${purpose}`, 'POST', body, {
    'content-type': `multipart/form-data; boundary=${boundary}`,
    authorization: `Bearer ${token}`,
  });
}

function send<T>(
  url: string,
  method: string,
  body: string | Buffer | undefined,
  headers: Record<string, string>,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        if ((res.statusCode ?? 500) >= 300)
          reject(new Error(`${method} ${url} → ${res.statusCode}: ${text}`));
        else resolve((text ? JSON.parse(text) : undefined) as T);
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}
