import type { ShareBody, UsefulState } from '@api/common';
import type { FavoriteItem } from '@api/favorites';
import type { Kysely } from 'kysely';
import type {
  AdvisoryCard,
  AdvisoryDetail,
  AdvisoryList,
  AdvisoryListQuery,
  MerchantWarning,
  PinnedAdvisories,
} from '@api/advisories';
import { readerKey } from '../../crypto/reader-key';
import type { AppDeps } from '../../deps';
import type { Database } from '../../db/schema';
import { stringKeysetPage } from '../../pagination';
import { notFound } from '../../plugins/app-error';
import type { TokenPayload } from '../../plugins/auth';
import { shanghaiDate } from '../../time';
import { shareQrCode } from '../event/share-qrcode';
import { insertShare } from '../event/shares-repository';
import { favoritedAmong } from '../favorites/favorites-repository';
import { findMerchantById } from '../merchants/merchants-repository';
import { storedUpload } from '../uploads/uploads-service';
import {
  addUseful,
  countRead,
  findAdvisories,
  findAdvisory,
  hasUseful,
  listCurrentWarnings,
  listMerchantWarnings,
  listPublic,
  type AdvisoryRow,
} from './advisories-repository';
import { contentOf, toCard, toDetail } from './advisory-view';
import { cachedPublicList } from './cached-lists';
import { advisoryNotFound, type AdvisoryDeps } from './editing-service';

/** How many current 警示 首页 pins. */
const PINNED = 3;

const isPublic = (row: AdvisoryRow | undefined, now: string): row is AdvisoryRow =>
  row !== undefined &&
  row.status === 'published' &&
  row.publish_at !== null &&
  row.publish_at <= now;

/** A published advisory public by now, else 404 (drafts, scheduled and unpublished alike). */
async function publicAdvisory(db: Kysely<Database>, id: string, now: string): Promise<AdvisoryRow> {
  const row = await findAdvisory(db, id);
  if (!isPublic(row, now)) throw advisoryNotFound();
  return row;
}

export async function listAdvisories(
  deps: AdvisoryDeps,
  query: AdvisoryListQuery,
): Promise<AdvisoryList> {
  const now = deps.now();
  const q = query.q?.trim();
  const page = await stringKeysetPage(
    query,
    (window) =>
      listPublic(
        deps.db.db,
        {
          now: now.toISOString(),
          category: query.category,
          kind: query.kind,
          ...(q && { q }),
        },
        window,
      ),
    (r) => [r.publish_at ?? '', r.id],
  );
  const today = shanghaiDate(now);
  return { items: page.rows.map((r) => toCard(r, today)), nextCursor: page.nextCursor };
}

/** 首页's newest and the first page of the list: no filter, no cursor (from memory). */
export const isFirstPlainPage = (query: AdvisoryListQuery) =>
  !query.cursor && !query.category && !query.kind && !query.q;

export function newestAdvisories(deps: AdvisoryDeps, query: AdvisoryListQuery) {
  return cachedPublicList(deps, `newest:${query.limit ?? ''}`, () => listAdvisories(deps, query));
}

export function pinnedAdvisories(deps: AdvisoryDeps) {
  return cachedPublicList(deps, 'pinned', () => currentWarnings(deps));
}

async function currentWarnings(deps: AdvisoryDeps): Promise<PinnedAdvisories> {
  const now = deps.now();
  const today = shanghaiDate(now);
  const rows = await listCurrentWarnings(deps.db.db, now.toISOString(), today, PINNED);
  return { items: rows.map((r) => toCard(r, today)) };
}

/** Who reads: the signed-in user, else the connection (hashed, never stored). */
export interface Reader {
  ip: string;
  userAgent?: string;
}

/** The public detail; a read counts once per reader per Asia/Shanghai day. */
export async function readAdvisory(
  deps: AdvisoryDeps & Pick<AppDeps, 'config'>,
  caller: TokenPayload | undefined,
  id: string,
  reader: Reader,
): Promise<AdvisoryDetail> {
  const db = deps.db.db;
  const now = deps.now();
  const today = shanghaiDate(now);
  await publicAdvisory(db, id, now.toISOString());
  const key = readerKey(deps.config.personalDataKey, today, { ...reader, userId: caller?.sub });
  await db.transaction().execute((trx) => countRead(trx, id, today, key));
  const row = await publicAdvisory(db, id, now.toISOString());
  const merchantId = contentOf(row).merchant?.merchantId;
  const merchant = merchantId ? await findMerchantById(db, merchantId) : undefined;
  return toDetail(row, today, {
    markedUseful: caller ? await hasUseful(db, id, caller.sub) : false,
    favorited: caller ? (await favoritedAmong(db, caller.sub, 'advisory', [id])).has(id) : false,
    ...(merchant && { merchantName: merchant.name }),
  });
}

/** A 转发, 朋友圈 share or saved poster of a public advisory, by anyone. */
export async function shareAdvisory(
  deps: AdvisoryDeps,
  id: string,
  body: ShareBody,
): Promise<void> {
  const now = deps.now().toISOString();
  await publicAdvisory(deps.db.db, id, now);
  await insertShare(deps.db.db, { kind: 'advisory', item_id: id, channel: body.channel }, now);
}

/** The poster's QR code of a public advisory. */
export async function advisoryQrCode(
  deps: AdvisoryDeps & Pick<AppDeps, 'config' | 'wechat'>,
  id: string,
): Promise<Buffer> {
  await publicAdvisory(deps.db.db, id, deps.now().toISOString());
  return shareQrCode(deps, 'advisory', id);
}

/** For 我的收藏: what a list shows of each advisory, and whether it is still public. */
export async function advisoryFavoriteFacts(
  db: Kysely<Database>,
  ids: readonly string[],
  now: Date,
): Promise<Map<string, Pick<FavoriteItem, 'title' | 'category' | 'advisoryKind' | 'available'>>> {
  const rows = await findAdvisories(db, ids);
  const at = now.toISOString();
  return new Map(
    rows.map((r) => [
      r.id,
      { title: r.title, category: r.category, advisoryKind: r.kind, available: isPublic(r, at) },
    ]),
  );
}

/**
 * The advisories among `ids` that are public now, as cards in the order asked (for the campaigns
 * feature: a campaign links published advisories and shows them on its page).
 */
export async function publicAdvisoryCards(
  db: Kysely<Database>,
  ids: readonly string[],
  now: Date,
): Promise<AdvisoryCard[]> {
  const at = now.toISOString();
  const byId = new Map((await findAdvisories(db, ids)).map((r) => [r.id, r]));
  const today = shanghaiDate(now);
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return isPublic(row, at) ? [toCard(row, today)] : [];
  });
}

/** 有用: once per person; marking again changes nothing. */
export async function markUseful(
  deps: AdvisoryDeps,
  caller: TokenPayload,
  id: string,
): Promise<UsefulState> {
  const db = deps.db.db;
  const now = deps.now().toISOString();
  await publicAdvisory(db, id, now);
  await db.transaction().execute((trx) => addUseful(trx, id, caller.sub, now));
  const row = await publicAdvisory(db, id, now);
  return { usefulCount: row.useful_count, markedUseful: true };
}

const imageNotFound = () => notFound('IMAGE_NOT_FOUND', '图片不存在');

/** An image of a public advisory, public as the advisory is. */
export async function advisoryImage(
  deps: AdvisoryDeps,
  id: string,
  index: number,
): Promise<{ mime: string; bytes: Buffer }> {
  const row = await publicAdvisory(deps.db.db, id, deps.now().toISOString());
  const uploadId = contentOf(row).images[index];
  const upload = uploadId
    ? await storedUpload({ db: deps.db.db, storage: deps.storage }, uploadId)
    : undefined;
  const bytes = await upload?.bytes();
  if (!upload || !bytes) throw imageNotFound();
  return { mime: upload.mime, bytes };
}

/**
 * The public 警示 that name a merchant (each resting on a penalty decision), newest first: for
 * the merchants feature to show on the merchant page.
 */
export async function merchantWarnings(
  db: Kysely<Database>,
  merchantId: string,
  now: Date,
): Promise<MerchantWarning[]> {
  const rows = await listMerchantWarnings(db, merchantId, now.toISOString());
  return rows.flatMap((row) => {
    const m = contentOf(row).merchant;
    if (!m?.penaltyNo || !m.penaltyDate || !row.publish_at) return [];
    return [
      {
        id: row.id,
        title: row.title,
        penaltyNo: m.penaltyNo,
        penaltyDate: m.penaltyDate,
        publishedAt: row.publish_at,
      },
    ];
  });
}
