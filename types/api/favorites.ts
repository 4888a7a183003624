import { Type, type Static } from '@sinclair/typebox';
import { literals, PagedQuery, Page } from './common';

/**
 * 收藏 (我的 → 我的收藏): a signed-in user keeps advisories and tips. Routes under /api/v1:
 *   PUT    /favorites/:kind/:id   keep it (idempotent; 404 when it is not public)
 *   DELETE /favorites/:kind/:id   let it go (idempotent)
 *   GET    /favorites             the caller's, newest first (kind filter)
 */
export const FAVORITE_KINDS = ['advisory', 'tip'] as const;
export const FavoriteKind = literals(FAVORITE_KINDS);
export type FavoriteKind = Static<typeof FavoriteKind>;

export const FavoriteParams = Type.Object({
  kind: FavoriteKind,
  id: Type.String({ minLength: 1, maxLength: 40 }),
});
export type FavoriteParams = Static<typeof FavoriteParams>;

export const FavoriteState = Type.Object({ favorited: Type.Boolean() });
export type FavoriteState = Static<typeof FavoriteState>;

export const FavoriteListQuery = PagedQuery({ kind: Type.Optional(FavoriteKind) });
export type FavoriteListQuery = Static<typeof FavoriteListQuery>;

export const FavoriteItem = Type.Object({
  kind: FavoriteKind,
  id: Type.String(),
  title: Type.String(),
  category: Type.String(),
  /** 提示 or 警示 for an advisory. */
  advisoryKind: Type.Optional(Type.String()),
  savedAt: Type.String({ format: 'date-time' }),
  /** False once it was unpublished, hidden or withdrawn: kept in the list, not openable. */
  available: Type.Boolean(),
});
export type FavoriteItem = Static<typeof FavoriteItem>;

export const FavoritePage = Page(FavoriteItem);
export type FavoritePage = Static<typeof FavoritePage>;
