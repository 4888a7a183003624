import type { MyTip, PublicTip, StaffTip } from '@api/tips';
import { uploadUrl } from '../uploads/uploads-service';
import type { TipRow } from './tips-repository';
import { maskedAuthor } from './tips-rules';

/** Row → answer mapping for tips; no I/O. */

export const tipLink = (id: string) => `/features/tips/pages/detail/index?id=${id}`;

const photoIds = (row: TipRow): string[] => JSON.parse(row.photos) as string[];
const photoLinks = (row: TipRow) =>
  photoIds(row).map((id) => ({ id, url: `/api/v1/tips/${row.id}/photos/${id}` }));

export function toPublic(
  row: TipRow,
  nickname: string | undefined,
  caller: { markedUseful: boolean; favorited: boolean },
): PublicTip {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    category: row.category,
    photos: photoLinks(row),
    authorName: maskedAuthor(nickname ?? ''),
    usefulCount: Number(row.useful_count),
    markedUseful: caller.markedUseful,
    favorited: caller.favorited,
    publishedAt: row.published_at ?? row.created_at,
  };
}

/** What the author and staff both see first: the photos as the uploads themselves. */
const ownView = (row: TipRow) => ({
  id: row.id,
  title: row.title,
  body: row.body,
  category: row.category,
  photos: photoIds(row).map((id) => ({ id, url: uploadUrl(id) })),
  status: row.status,
});

export function toMine(row: TipRow): MyTip {
  return {
    // The author reads their own uploads directly.
    ...ownView(row),
    ...(row.reject_reason ? { rejectReason: row.reject_reason } : {}),
    usefulCount: Number(row.useful_count),
    createdAt: row.created_at,
    ...(row.published_at ? { publishedAt: row.published_at } : {}),
  };
}

export function toStaffView(
  row: TipRow,
  nickname: string | undefined,
  openReports: number,
): StaffTip {
  return {
    ...ownView(row),
    secCheck: row.sec_check,
    authorNickname: nickname || '微信用户',
    ...(row.reject_reason ? { rejectReason: row.reject_reason } : {}),
    openReports,
    ...(row.promoted_advisory_id ? { promotedAdvisoryId: row.promoted_advisory_id } : {}),
    createdAt: row.created_at,
    ...(row.published_at ? { publishedAt: row.published_at } : {}),
  };
}
