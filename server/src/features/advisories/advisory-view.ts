import type {
  AdvisoryCard,
  AdvisoryContent,
  AdvisoryDetail,
  AdvisoryVersion,
  StaffAdvisory,
} from '@api/advisories';
import { advisoryPlainText } from '@/domain/advisory-markup';
import type { AdvisoryRow, AdvisoryVersionRow } from './advisories-repository';
import type { StaffNameOf } from './staff-names-service';

export const contentOf = (row: { content: string }): AdvisoryContent =>
  JSON.parse(row.content) as AdvisoryContent;

/** Public path of an advisory's nth image (public as the advisory is). */
export const advisoryImageUrl = (id: string, index: number) =>
  `/api/v1/advisories/${id}/images/${index}`;

const SUMMARY_CHARS = 80;

export function toCard(row: AdvisoryRow, today: string): AdvisoryCard {
  const c = contentOf(row);
  const summary = Array.from(advisoryPlainText(c.body).replace(/\n+/g, ' '));
  return {
    id: row.id,
    kind: c.kind,
    title: c.title,
    summary: summary.slice(0, SUMMARY_CHARS).join('') + (summary.length > SUMMARY_CHARS ? '…' : ''),
    category: c.category,
    issuer: c.issuer,
    ...(c.season && { season: c.season }),
    ...(c.validFrom && { validFrom: c.validFrom }),
    ...(c.validUntil && { validUntil: c.validUntil }),
    publishedAt: row.publish_at ?? row.updated_at,
    expired: c.validUntil !== undefined && c.validUntil < today,
    ...(c.images.length > 0 && { cover: { id: c.images[0], url: advisoryImageUrl(row.id, 0) } }),
    readCount: row.read_count,
    usefulCount: row.useful_count,
  };
}

export function toDetail(
  row: AdvisoryRow,
  today: string,
  extra: { markedUseful: boolean; favorited: boolean; merchantName?: string },
): AdvisoryDetail {
  const c = contentOf(row);
  const m = c.merchant;
  return {
    ...toCard(row, today),
    body: c.body,
    images: c.images.map((id, i) => ({ id, url: advisoryImageUrl(row.id, i) })),
    legalBasis: c.legalBasis,
    ...(c.action && { action: c.action }),
    ...(m?.penaltyNo &&
      m.penaltyDate && {
        merchant: {
          merchantId: m.merchantId,
          merchantName: extra.merchantName ?? '',
          penaltyNo: m.penaltyNo,
          penaltyDate: m.penaltyDate,
        },
      }),
    version: row.version,
    markedUseful: extra.markedUseful,
    favorited: extra.favorited,
  };
}

interface StoredRevision {
  status: 'draft' | 'submitted';
  content: AdvisoryContent;
  authorId: string;
  updatedAt: string;
}

const revisionOf = (row: AdvisoryRow): StoredRevision | undefined =>
  row.revision ? (JSON.parse(row.revision) as StoredRevision) : undefined;

/** The staff an advisory row names (author, publisher, who took it down, new version's author). */
export const staffIdsOf = (row: AdvisoryRow): (string | null | undefined)[] => [
  row.author_id,
  row.published_by,
  row.unpublished_by,
  revisionOf(row)?.authorId,
];

export function toStaffAdvisory(row: AdvisoryRow, nameOf: StaffNameOf): StaffAdvisory {
  const revision = revisionOf(row);
  return {
    id: row.id,
    status: row.status,
    version: row.version,
    content: contentOf(row),
    authorId: row.author_id,
    authorName: nameOf(row.author_id),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    ...(row.submitted_at && { submittedAt: row.submitted_at }),
    ...(row.published_by && {
      publishedBy: row.published_by,
      publishedByName: nameOf(row.published_by),
    }),
    ...(row.publish_at && { publishAt: row.publish_at }),
    ...(row.unpublished_at && { unpublishedAt: row.unpublished_at }),
    ...(row.unpublished_by && {
      unpublishedBy: row.unpublished_by,
      unpublishedByName: nameOf(row.unpublished_by),
    }),
    ...(row.unpublished_reason && { unpublishedReason: row.unpublished_reason }),
    ...(row.returned_reason && { returnedReason: row.returned_reason }),
    ...(revision && {
      revision: {
        status: revision.status,
        content: revision.content,
        authorId: revision.authorId,
        authorName: nameOf(revision.authorId),
        updatedAt: revision.updatedAt,
      },
    }),
    readCount: row.read_count,
    usefulCount: row.useful_count,
  };
}

export const toVersion = (row: AdvisoryVersionRow, nameOf: StaffNameOf): AdvisoryVersion => ({
  version: row.version,
  content: contentOf(row),
  authorId: row.author_id,
  authorName: nameOf(row.author_id),
  publishedBy: row.published_by,
  publishedByName: nameOf(row.published_by),
  publishedAt: row.published_at,
});
