/**
 * The server's image routes as jsdom sees them (H5: fetch → blob URL). Each path answers 200
 * only to the token it names (null: to anyone, like a verified pledge's signature) and 404 to
 * everyone else, as the server answers a pending pledge's signature or QR code asked for
 * without the token. 'offline' fails like a lost connection. Every request's headers are kept.
 */
export type ImageRule = string | null | 'offline';

export function fakeImageServer(images: Record<string, ImageRule>) {
  const requests: { path: string; headers: Record<string, string> }[] = [];
  const fetchMock = jest.fn(async (url: string, init?: { headers?: Record<string, string> }) => {
    const path = new URL(url, 'http://app.test').pathname;
    const headers = init?.headers ?? {};
    requests.push({ path, headers });
    const rule = images[path];
    if (rule === 'offline') throw new TypeError('Failed to fetch');
    const allowed =
      rule === null || (rule !== undefined && headers.Authorization === `Bearer ${rule}`);
    return allowed
      ? { ok: true, status: 200, blob: async () => new Blob([path]) }
      : { ok: false, status: 404, blob: async () => new Blob([]) };
  });
  Object.assign(globalThis, { fetch: fetchMock });
  let serial = 0;
  URL.createObjectURL = jest.fn(() => `blob:image-${++serial}`);
  return { requests };
}
