import Taro from '@tarojs/taro';
import type { ShareBody } from '@api/common';
import { SHARE_SOURCE } from '@/domain/share-source';
import { request } from '@/services/request';

export type SharedKind = keyof typeof SHARE_SOURCE;

/** The visit source a shared link carries (`sa.<id>`, `st.<id>`): counted by /event/visits. */
export const shareSource = (kind: SharedKind, id: string) => `${SHARE_SOURCE[kind]}.${id}`;

/**
 * The id a detail page opens: `?id=` (a link, 转发, 朋友圈), or a poster's weapp code, whose
 * scene is the share source itself (`sa.<id>`).
 */
export function sharedItemId(
  kind: SharedKind,
  params: Partial<Record<string, string>>,
): string | undefined {
  if (params.id) return params.id;
  const scene = params.scene ? decodeURIComponent(params.scene) : '';
  const prefix = `${SHARE_SOURCE[kind]}.`;
  return scene.startsWith(prefix) ? scene.slice(prefix.length) : undefined;
}

/** The API collection an item's shares are recorded under. */
const SHARES_PATH: Record<SharedKind, string> = { advisory: '/advisories', tip: '/tips' };

/** Best effort: a lost share count never bothers the user. */
export function recordShare(kind: SharedKind, id: string, channel: ShareBody['channel']) {
  const body: ShareBody = { channel };
  request(`${SHARES_PATH[kind]}/${encodeURIComponent(id)}/shares`, {
    method: 'POST',
    data: body,
    toast: false,
    retries: 0,
  }).catch(() => undefined);
}

export interface ItemShare {
  kind: SharedKind;
  id: string;
  /** The card's title; undefined while the item loads (WeChat then shares the page title). */
  title?: string;
  /** The card's picture (an absolute https URL or a local path), optional. */
  imageUrl?: string;
  /** The page path without a query, e.g. '/features/advisories/pages/detail/index'. */
  path: string;
}

/**
 * 转发 to a chat and 分享到朋友圈 for a detail page: the link carries `src` so the visits a share
 * brings are counted, and each share is recorded. Call once at the top of the page.
 */
export function useItemShare({ kind, id, title, imageUrl, path }: ItemShare) {
  const query = `id=${encodeURIComponent(id)}&src=${shareSource(kind, id)}`;
  Taro.useLoad(() => {
    // WeChat leaves 分享到朋友圈 greyed out unless the page asks for it.
    if (process.env.TARO_ENV === 'weapp') {
      Taro.showShareMenu({ showShareItems: ['wechatFriends', 'wechatMoment'] });
    }
  });
  Taro.useShareAppMessage(() => {
    recordShare(kind, id, 'chat');
    return { title, path: `${path}?${query}`, imageUrl };
  });
  Taro.useShareTimeline(() => {
    recordShare(kind, id, 'timeline');
    return { title, query, imageUrl };
  });
}
