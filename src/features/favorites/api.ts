import type { FavoriteKind, FavoritePage, FavoriteState } from '@api/favorites';
import { load } from '@/services/api-calls';
import { request } from '@/services/request';

const path = (kind: FavoriteKind, id: string) => `/favorites/${kind}/${encodeURIComponent(id)}`;

/** 收藏: keep or let go of an advisory or a tip, and the caller's list. */
export const favoritesApi = {
  /** The button shows its own failure toast (after rolling back). */
  add: (kind: FavoriteKind, id: string) =>
    request<FavoriteState>(path(kind, id), { method: 'PUT', toast: false }),
  remove: (kind: FavoriteKind, id: string) =>
    request<FavoriteState>(path(kind, id), { method: 'DELETE', toast: false }),
  list: (query: { kind?: FavoriteKind; cursor?: string; limit?: number }) =>
    load<FavoritePage>('/favorites', query),
};
