import type { Kysely, Selectable } from 'kysely';
import type { FavoriteKind } from '@api/favorites';
import { keysetPage } from '../../db/pagination';
import type { Database, FavoritesTable } from '../../db/schema';
import type { KeysetWindow } from '../../pagination';

/** All SQL of 我的收藏. */

export type FavoriteRow = Selectable<FavoritesTable>;

/** Keeps the item (once: keeping it again changes nothing, not even when it was saved). */
export async function addFavorite(
  db: Kysely<Database>,
  userId: string,
  kind: FavoriteKind,
  itemId: string,
  at: string,
): Promise<void> {
  await db
    .insertInto('favorites')
    .values({ user_id: userId, kind, item_id: itemId, created_at: at })
    .onConflict((oc) => oc.columns(['user_id', 'kind', 'item_id']).doNothing())
    .execute();
}

export async function removeFavorite(
  db: Kysely<Database>,
  userId: string,
  kind: FavoriteKind,
  itemId: string,
): Promise<void> {
  await db
    .deleteFrom('favorites')
    .where('user_id', '=', userId)
    .where('kind', '=', kind)
    .where('item_id', '=', itemId)
    .execute();
}

/** The user's favorites, newest first: (created_at, item_id) descending. */
export function listFavorites(
  db: Kysely<Database>,
  userId: string,
  kind: FavoriteKind | undefined,
  { after, limit }: KeysetWindow,
): Promise<FavoriteRow[]> {
  let q = db.selectFrom('favorites').selectAll().where('user_id', '=', userId);
  if (kind) q = q.where('kind', '=', kind);
  return keysetPage(q, ['created_at', 'item_id'], 'desc', after, limit).execute();
}

/** Of these items of one kind, those the user keeps (for `favorited` on lists and details). */
export async function favoritedAmong(
  db: Kysely<Database>,
  userId: string,
  kind: FavoriteKind,
  itemIds: readonly string[],
): Promise<Set<string>> {
  if (itemIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('favorites')
    .select('item_id')
    .where('user_id', '=', userId)
    .where('kind', '=', kind)
    .where('item_id', 'in', [...itemIds])
    .execute();
  return new Set(rows.map((r) => r.item_id));
}
