/** What every answer must be: never a 5xx, and every error in the API's exact error shape. */

export interface FuzzResponse {
  status: number;
  contentType: string;
  body: string;
}

const CHINESE = /[\u4e00-\u9fa5]/;

/** Why this answer breaks the contract, or undefined when it keeps it. */
export function problemWith(res: FuzzResponse): string | undefined {
  if (res.status >= 500) return `status ${res.status}`;
  if (res.status < 400) return undefined;
  if (!/^application\/json/.test(res.contentType))
    return `error with content-type ${res.contentType}`;
  let body: unknown;
  try {
    body = JSON.parse(res.body);
  } catch {
    return 'error body is not JSON';
  }
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return 'error body is not an object';
  const b = body as Record<string, unknown>;
  const extra = Object.keys(b).filter((k) => !['code', 'message', 'fields'].includes(k));
  if (extra.length) return `error body has extra keys ${extra.join(', ')}`;
  if (typeof b.code !== 'string' || !/^[A-Z][A-Z0-9_]*$/.test(b.code))
    return 'error code is not a CODE';
  if (typeof b.message !== 'string' || !CHINESE.test(b.message))
    return 'error message is not Chinese';
  if (b.fields !== undefined) {
    const f = b.fields;
    if (!f || typeof f !== 'object' || Array.isArray(f)) return 'fields is not an object';
    if (Object.values(f).some((v) => typeof v !== 'string' || !v))
      return 'a field message is not text';
  }
  return undefined;
}
