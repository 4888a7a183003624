import type { ShareBody, UsefulState } from '@api/common';
import type { FavoriteItem } from '@api/favorites';
import type { Kysely } from 'kysely';
import type { MyTipPage, MyTipQuery, PublicTip, TipListQuery, TipPage } from '@api/tips';
import type { Database } from '../../db/schema';
import type { AppDeps } from '../../deps';
import { stringKeysetPage } from '../../pagination';
import type { TokenPayload } from '../../plugins/auth';
import { accountNames } from '../auth/auth-repository';
import { shareQrCode } from '../event/share-qrcode';
import { insertShare } from '../event/shares-repository';
import { favoritedAmong } from '../favorites/favorites-repository';
import { storedUpload } from '../uploads/uploads-service';
import { createdPage, publishedTip, tipNotFound, type Deps } from './tips-common';
import {
  findTips,
  isPublishedTipPhoto,
  listByAuthor,
  listPublished,
  markedByUser,
  markUseful,
  type TipRow,
} from './tips-repository';
import { toMine, toPublic } from './tip-view';

/** 消费小贴士 from the reader's side: the public list and detail, 我的小贴士, 有用. */

async function publicTips(
  db: Kysely<Database>,
  caller: TokenPayload | undefined,
  rows: TipRow[],
): Promise<PublicTip[]> {
  const names = await accountNames(
    db,
    rows.map((r) => r.author_id),
  );
  const ids = rows.map((r) => r.id);
  const [marked, favorited] = caller
    ? await Promise.all([
        markedByUser(db, caller.sub, ids),
        favoritedAmong(db, caller.sub, 'tip', ids),
      ])
    : [new Set<string>(), new Set<string>()];
  return rows.map((r) =>
    toPublic(r, names.get(r.author_id)?.nickname, {
      markedUseful: marked.has(r.id),
      favorited: favorited.has(r.id),
    }),
  );
}

export async function listTips(
  deps: Deps,
  caller: TokenPayload | undefined,
  query: TipListQuery,
): Promise<TipPage> {
  const db = deps.db.db;
  const text = query.q?.trim();
  const page = await stringKeysetPage(
    query,
    (window) =>
      listPublished(
        db,
        {
          ...(query.category ? { category: query.category } : {}),
          ...(text ? { text } : {}),
        },
        window,
      ),
    (r) => [r.published_at ?? r.created_at, r.id],
  );
  return { items: await publicTips(db, caller, page.rows), nextCursor: page.nextCursor };
}

export async function getTip(
  deps: Deps,
  caller: TokenPayload | undefined,
  id: string,
): Promise<PublicTip> {
  const db = deps.db.db;
  const [tip] = await publicTips(db, caller, [await publishedTip(db, id)]);
  return tip;
}

/** A published tip's photo, public as the tip is. */
export async function tipPhoto(
  deps: Deps,
  id: string,
  photoId: string,
): Promise<{ mime: string; bytes: Buffer }> {
  if (!(await isPublishedTipPhoto(deps.db.db, id, photoId))) throw tipNotFound();
  const upload = await storedUpload({ db: deps.db.db, storage: deps.storage }, photoId);
  const bytes = upload && (await upload.bytes());
  if (!upload || !bytes) throw tipNotFound();
  return { mime: upload.mime, bytes };
}

export async function myTips(deps: Deps, userId: string, query: MyTipQuery): Promise<MyTipPage> {
  return createdPage(
    query,
    (window) => listByAuthor(deps.db.db, userId, window),
    (rows) => rows.map(toMine),
  );
}

/** 有用: once per user; marking again changes nothing. */
export async function markTipUseful(deps: Deps, userId: string, id: string): Promise<UsefulState> {
  const db = deps.db.db;
  await publishedTip(db, id);
  await db.transaction().execute(async (trx) => {
    await markUseful(trx, id, userId, deps.now().toISOString());
  });
  const row = await publishedTip(db, id);
  return { usefulCount: Number(row.useful_count), markedUseful: true };
}

/** A 转发, 朋友圈 share or saved poster of a published tip, by anyone. */
export async function shareTip(deps: Deps, id: string, body: ShareBody): Promise<void> {
  await publishedTip(deps.db.db, id);
  await insertShare(
    deps.db.db,
    { kind: 'tip', item_id: id, channel: body.channel },
    deps.now().toISOString(),
  );
}

/** The poster's QR code of a published tip. */
export async function tipQrCode(
  deps: Deps & Pick<AppDeps, 'config' | 'wechat'>,
  id: string,
): Promise<Buffer> {
  await publishedTip(deps.db.db, id);
  return shareQrCode(deps, 'tip', id);
}

/** For 我的收藏: what a list shows of each tip, and whether it is still public. */
export async function tipFavoriteFacts(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Map<string, Pick<FavoriteItem, 'title' | 'category' | 'available'>>> {
  const rows = await findTips(db, ids);
  return new Map(
    rows.map((r) => [
      r.id,
      { title: r.title, category: r.category, available: r.status === 'published' },
    ]),
  );
}
