import { SHARE_SOURCE } from '@/domain/share-source';
import type { AppDeps } from '../../deps';
import { renderQrPng } from '../../wechat/local-double';
import { cachedQrCode } from '../../wechat/qr-cache';

export type SharedKind = keyof typeof SHARE_SOURCE;

/** The detail page a poster's code opens (weapp page path, also the H5 route). */
const DETAIL_PAGE: Record<SharedKind, string> = {
  advisory: 'features/advisories/pages/detail/index',
  tip: 'features/tips/pages/detail/index',
};

/**
 * The QR code on an advisory's or tip's poster. With an AppID: a mini-program code whose scene is
 * the share source `sa.<id>`/`st.<id>` (the page reads the id from it, and the visit counts as
 * one a share brought); without: the H5 address with `id` and `src`. The caller checks the item
 * is public first.
 */
export function shareQrCode(
  deps: Pick<AppDeps, 'config' | 'wechat'>,
  kind: SharedKind,
  id: string,
): Promise<Buffer> {
  const page = DETAIL_PAGE[kind];
  const scene = `${SHARE_SOURCE[kind]}.${id}`;
  if (deps.wechat.kind === 'wechat') {
    return cachedQrCode(`wxacode:${page}:${scene}`, () =>
      deps.wechat.getUnlimitedQrCode({ scene, page }),
    );
  }
  const url = `${deps.config.publicBaseUrl}/${page}?id=${encodeURIComponent(id)}&src=${scene}`;
  return cachedQrCode(url, () => renderQrPng(url));
}
