/** One API call, timed, with the headers a staff route wants (token, Idempotency-Key). */
import http from 'node:http';

export interface TimedAnswer<T> {
  ms: number;
  status: number;
  body: T;
  /** The raw answer (CSV and HTML routes). */
  text: string;
}

export function timedCall<T>(
  origin: string,
  method: string,
  path: string,
  options: { body?: unknown; token?: string; headers?: Record<string, string> } = {},
): Promise<TimedAnswer<T>> {
  const data = options.body === undefined ? undefined : JSON.stringify(options.body);
  const headers: Record<string, string> = {
    ...(data ? { 'content-type': 'application/json' } : {}),
    ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    ...options.headers,
  };
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const req = http.request(`${origin}/api/v1${path}`, { method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        const status = res.statusCode ?? 0;
        if (status >= 300) {
          reject(new Error(`${method} ${path} → ${status}: ${text.slice(0, 300)}`));
          return;
        }
        const json = (res.headers['content-type'] ?? '').includes('json');
        resolve({ ms, status, text, body: (json && text ? JSON.parse(text) : undefined) as T });
      });
    });
    req.on('error', reject);
    req.end(data);
  });
}
