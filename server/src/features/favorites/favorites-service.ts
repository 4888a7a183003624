import type {
  FavoriteItem,
  FavoriteKind,
  FavoriteListQuery,
  FavoritePage,
  FavoriteState,
} from '@api/favorites';
import type { Kysely } from 'kysely';
import type { AppDeps } from '../../deps';
import type { Database } from '../../db/schema';
import { stringKeysetPage } from '../../pagination';
import { notFound } from '../../plugins/app-error';
import { advisoryFavoriteFacts } from '../advisories/reading-service';
import { tipFavoriteFacts } from '../tips/tips-reading-service';
import {
  addFavorite,
  listFavorites,
  removeFavorite,
  type FavoriteRow,
} from './favorites-repository';

/** 我的收藏: a signed-in user keeps public advisories and tips. */

type Deps = Pick<AppDeps, 'db' | 'now'>;
type Facts = Pick<FavoriteItem, 'title' | 'category' | 'advisoryKind' | 'available'>;

const NOT_FOUND: Record<FavoriteKind, () => Error> = {
  advisory: () => notFound('ADVISORY_NOT_FOUND', '提示/警示不存在或已下线'),
  tip: () => notFound('TIP_NOT_FOUND', '小贴士不存在或已下线'),
};

/** What lists show of items of one kind, by id (items that no longer exist are absent). */
function factsOf(
  db: Kysely<Database>,
  kind: FavoriteKind,
  ids: readonly string[],
  now: Date,
): Promise<Map<string, Facts>> {
  return kind === 'advisory' ? advisoryFavoriteFacts(db, ids, now) : tipFavoriteFacts(db, ids);
}

/** Keep a public item; keeping it again changes nothing. */
export async function keepFavorite(
  deps: Deps,
  userId: string,
  kind: FavoriteKind,
  id: string,
): Promise<FavoriteState> {
  const db = deps.db.db;
  const now = deps.now();
  if (!(await factsOf(db, kind, [id], now)).get(id)?.available) throw NOT_FOUND[kind]();
  await addFavorite(db, userId, kind, id, now.toISOString());
  return { favorited: true };
}

/** Let an item go; letting go of one not kept is fine too. */
export async function dropFavorite(
  deps: Deps,
  userId: string,
  kind: FavoriteKind,
  id: string,
): Promise<FavoriteState> {
  await removeFavorite(deps.db.db, userId, kind, id);
  return { favorited: false };
}

/** The caller's favorites, newest first; one no longer public stays listed, unavailable. */
export async function myFavorites(
  deps: Deps,
  userId: string,
  query: FavoriteListQuery,
): Promise<FavoritePage> {
  const db = deps.db.db;
  const now = deps.now();
  const page = await stringKeysetPage(
    query,
    (window) => listFavorites(db, userId, query.kind, window),
    (r) => [r.created_at, r.item_id],
  );
  const idsOf = (kind: FavoriteKind) =>
    page.rows.filter((r) => r.kind === kind).map((r) => r.item_id);
  const [advisories, tips] = await Promise.all([
    factsOf(db, 'advisory', idsOf('advisory'), now),
    factsOf(db, 'tip', idsOf('tip'), now),
  ]);
  const facts = { advisory: advisories, tip: tips };
  return {
    items: page.rows.map((r) => toItem(r, facts[r.kind].get(r.item_id))),
    nextCursor: page.nextCursor,
  };
}

/** An item deleted since (none are today, but the row may outlive it) shows as unavailable. */
function toItem(row: FavoriteRow, facts: Facts | undefined): FavoriteItem {
  return {
    kind: row.kind,
    id: row.item_id,
    title: facts?.title ?? '已删除的内容',
    category: facts?.category ?? '',
    ...(facts?.advisoryKind && { advisoryKind: facts.advisoryKind }),
    savedAt: row.created_at,
    available: facts?.available ?? false,
  };
}
