import { Type, type Static } from '@sinclair/typebox';
import {
  TIP_LIMITS as LIMITS,
  TIP_REJECT_REASONS,
  TIP_REPORT_REASONS,
  TIP_SEC_CHECKS,
  TIP_STATUSES,
} from '../../src/domain/tip-vocabulary';
import { CursorQuery, literals, Page, PagedQuery, Ulid, UlidParams } from './common';
import { UploadLink } from './uploads';

export { TIP_REJECT_REASONS, TIP_REPORT_REASONS, TIP_STATUSES };

/**
 * 消费小贴士: tips consumers write. Routes under /api/v1:
 *   POST /tips                          write one (consumer or merchant, Idempotency-Key)
 *   GET  /tips                          published tips, newest first (public; category, q)
 *   GET  /tips/mine                     the caller's own, every status
 *   GET  /tips/:id                      one published tip (public)
 *   GET  /tips/:id/photos/:photoId      a published tip's photo (public)
 *   POST /tips/:id/withdrawal           the author takes it back
 *   PUT  /tips/:id/useful               有用 (signed in, once per user)
 *   POST /tips/:id/reports              不当内容 (signed in, Idempotency-Key)
 *   staff: GET /tips/queue, POST /tips/:id/moderation, GET /tip-reports,
 *          POST /tip-reports/:id/resolution, POST /tips/:id/promotion (→ an advisory draft)
 */

export const TipStatus = literals(TIP_STATUSES);
export type TipStatus = Static<typeof TipStatus>;

/** One of the county profile's advisory categories (checked by the server). */
export const TipCategory = Type.String({ minLength: 1, maxLength: 20 });

export const TipRejectReason = literals(TIP_REJECT_REASONS);
export type TipRejectReason = Static<typeof TipRejectReason>;

export const TipReportReason = literals(TIP_REPORT_REASONS);
export type TipReportReason = Static<typeof TipReportReason>;

/** POST /api/v1/tips: photos are upload ids of the caller's (purpose evidence). */
export const TipBody = Type.Object({
  title: Type.String({ minLength: LIMITS.title.min, maxLength: LIMITS.title.max }),
  body: Type.String({ minLength: LIMITS.body.min, maxLength: LIMITS.body.max }),
  category: TipCategory,
  photos: Type.Optional(
    Type.Array(Type.String({ minLength: 1, maxLength: 40 }), {
      maxItems: LIMITS.photos,
      uniqueItems: true,
    }),
  ),
});
export type TipBody = Static<typeof TipBody>;

/** A tip as everybody reads it: the author only as a masked nickname (王**). */
export const PublicTip = Type.Object({
  id: Ulid,
  title: Type.String(),
  /** Plain text, shown as text (never as markup). */
  body: Type.String(),
  category: Type.String(),
  photos: Type.Array(UploadLink),
  authorName: Type.String(),
  usefulCount: Type.Integer({ minimum: 0 }),
  /** Whether the caller marked it 有用 (false when anonymous). */
  markedUseful: Type.Boolean(),
  /** Whether the caller keeps it in 我的收藏 (false when anonymous). */
  favorited: Type.Boolean(),
  publishedAt: Type.String({ format: 'date-time' }),
});
export type PublicTip = Static<typeof PublicTip>;

export const TipListQuery = PagedQuery({
  category: Type.Optional(TipCategory),
  /** Text in the title or body: 1 or more characters. */
  q: Type.Optional(Type.String({ minLength: LIMITS.query.min, maxLength: LIMITS.query.max })),
});
export type TipListQuery = Static<typeof TipListQuery>;

export const TipPage = Page(PublicTip);
export type TipPage = Static<typeof TipPage>;

/** What the author and staff both see of a tip (the public view leaves out its status). */
const ownTipFields = {
  id: Ulid,
  title: Type.String(),
  body: Type.String(),
  category: Type.String(),
  photos: Type.Array(UploadLink),
  status: TipStatus,
};

/** The author's own view (GET /tips/mine, and what POST /tips answers). */
export const MyTip = Type.Object({
  ...ownTipFields,
  rejectReason: Type.Optional(Type.String()),
  usefulCount: Type.Integer({ minimum: 0 }),
  createdAt: Type.String({ format: 'date-time' }),
  publishedAt: Type.Optional(Type.String({ format: 'date-time' })),
});
export type MyTip = Static<typeof MyTip>;

export const MyTipPage = Page(MyTip);
export type MyTipPage = Static<typeof MyTipPage>;

export const MyTipQuery = CursorQuery;
export type MyTipQuery = Static<typeof MyTipQuery>;

export const TipParams = UlidParams;
export type TipParams = Static<typeof TipParams>;

export const TipPhotoParams = Type.Object({ id: Ulid, photoId: Ulid });
export type TipPhotoParams = Static<typeof TipPhotoParams>;

export const TipReportBody = Type.Object({
  reason: TipReportReason,
  note: Type.Optional(Type.String({ maxLength: LIMITS.note.max })),
});
export type TipReportBody = Static<typeof TipReportBody>;

export const TipReportCreated = Type.Object({
  id: Ulid,
  createdAt: Type.String({ format: 'date-time' }),
});
export type TipReportCreated = Static<typeof TipReportCreated>;

// ─── Staff ─────────────────────────────────────────────────────────────────────

/** A tip as staff moderate it: the author's nickname unmasked, never an openid or phone. */
export const StaffTip = Type.Object({
  ...ownTipFields,
  /** What WeChat's check said ('review': it asked for a person to look). */
  secCheck: literals(TIP_SEC_CHECKS),
  authorNickname: Type.String(),
  rejectReason: Type.Optional(Type.String()),
  openReports: Type.Integer({ minimum: 0 }),
  /** The official 提示 draft made of it (POST /tips/:id/promotion). */
  promotedAdvisoryId: Type.Optional(Type.String()),
  createdAt: Type.String({ format: 'date-time' }),
  publishedAt: Type.Optional(Type.String({ format: 'date-time' })),
});
export type StaffTip = Static<typeof StaffTip>;

/** GET /tips/queue (staff): pending tips, oldest first. */
export const TipQueueQuery = CursorQuery;
export type TipQueueQuery = Static<typeof TipQueueQuery>;

export const StaffTipPage = Page(StaffTip);
export type StaffTipPage = Static<typeof StaffTipPage>;

/** POST /tips/:id/moderation (staff): approve, or reject with a reason from the list. */
export const TipModerationBody = Type.Union([
  Type.Object({ decision: Type.Literal('approve') }, { additionalProperties: false }),
  Type.Object(
    { decision: Type.Literal('reject'), reason: TipRejectReason },
    { additionalProperties: false },
  ),
]);
export type TipModerationBody = Static<typeof TipModerationBody>;

export const TIP_REPORT_STATUSES = ['open', 'hidden', 'dismissed'] as const;
export const TipReportStatus = literals(TIP_REPORT_STATUSES);
export type TipReportStatus = Static<typeof TipReportStatus>;

export const TipReportQueueQuery = PagedQuery({ status: Type.Optional(TipReportStatus) });
export type TipReportQueueQuery = Static<typeof TipReportQueueQuery>;

export const TipReport = Type.Object({
  id: Ulid,
  tip: StaffTip,
  reason: TipReportReason,
  note: Type.Optional(Type.String()),
  status: TipReportStatus,
  createdAt: Type.String({ format: 'date-time' }),
  resolvedAt: Type.Optional(Type.String({ format: 'date-time' })),
});
export type TipReport = Static<typeof TipReport>;

export const TipReportPage = Page(TipReport);
export type TipReportPage = Static<typeof TipReportPage>;

/** hide: the tip vanishes from every public route and every open report of it is closed. */
export const TipReportResolutionBody = Type.Object({
  action: literals(['hide', 'dismiss'] as const),
  note: Type.Optional(Type.String({ maxLength: LIMITS.note.max })),
});
export type TipReportResolutionBody = Static<typeof TipReportResolutionBody>;

export const TipReportParams = UlidParams;

/**
 * POST /tips/:id/promotion (staff): a published tip becomes an official 提示 draft (credited
 * 据消费者投稿) for the advisories workflow; issuer defaults to the profile's council.
 */
export const TipPromotionBody = Type.Object({
  issuer: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
});
export type TipPromotionBody = Static<typeof TipPromotionBody>;

export const TipPromoted = Type.Object({ tipId: Ulid, advisoryId: Type.String() });
export type TipPromoted = Static<typeof TipPromoted>;
