import type { VisitBody } from '@api/event';
import { request } from './request';
import { storage, StorageKeys } from './storage';

interface LaunchOptions {
  path?: string;
  query?: Record<string, string | undefined>;
}

const SOURCE_PATTERN = /^[A-Za-z0-9_.:=-]{1,64}$/;

/**
 * The QR source a user arrived with: the weapp code's `scene` (e.g. "src=square" or "square"),
 * or `?src=` on an H5 link.
 */
export function launchSource(options: LaunchOptions): string | undefined {
  const query = options.query ?? {};
  let source = query.src;
  if (!source && query.scene) {
    const scene = decodeURIComponent(query.scene);
    source = new URLSearchParams(scene).get('src') ?? scene;
  }
  return source && SOURCE_PATTERN.test(source) ? source : undefined;
}

/** Record where this visit came from, once per launch; failures never bother the user. */
export async function trackVisit(options: LaunchOptions): Promise<void> {
  const source = launchSource(options);
  if (!source) return;
  storage.set(StorageKeys.visitSource, source);
  const body: VisitBody = {
    source,
    channel: process.env.TARO_ENV === 'weapp' ? 'weapp' : 'h5',
    path: options.path?.slice(0, 200),
  };
  try {
    await request('/event/visits', { method: 'POST', data: body, toast: false });
  } catch {
    // Statistics are best effort.
  }
}
