/**
 * QR codes never change for a deployment (a URL or a mini-program page + scene), but making one
 * costs CPU (the `qrcode` package) or a call to WeChat's wxacode API, which has a quota. Keep the
 * most recent ones in memory; a failed attempt is not remembered, so the next request tries again.
 */
const MAX_ENTRIES = 1000;
const codes = new Map<string, Promise<Buffer>>();

export function cachedQrCode(key: string, make: () => Promise<Buffer>): Promise<Buffer> {
  const hit = codes.get(key);
  if (hit) {
    // Most recently used last, so the oldest is the first to go.
    codes.delete(key);
    codes.set(key, hit);
    return hit;
  }
  const png = make();
  png.catch(() => codes.delete(key));
  codes.set(key, png);
  if (codes.size > MAX_ENTRIES) codes.delete(codes.keys().next().value as string);
  return png;
}
