import { Type, type Static } from '@sinclair/typebox';
import {
  ADVISORY_ACTIONS,
  ADVISORY_KINDS,
  ADVISORY_LIMITS as LIMITS,
  ADVISORY_STATUSES,
  ADVISORY_TOOLS,
} from '../../src/domain/advisory-vocabulary';
import { literals, Page, PagedQuery, Reason } from './common';
import { UploadLink } from './uploads';

export const AdvisoryKind = literals(ADVISORY_KINDS);
export type AdvisoryKind = Static<typeof AdvisoryKind>;

export const AdvisoryStatus = literals(ADVISORY_STATUSES);
export type AdvisoryStatus = Static<typeof AdvisoryStatus>;

/** 《消费者权益保护法》第五十六条: checked structurally (see legalReferenceProblem). */
export const LegalReference = Type.Object({
  law: Type.String({ minLength: 2, maxLength: 42 }),
  article: Type.String({ minLength: 3, maxLength: 40 }),
});
export type LegalReference = Static<typeof LegalReference>;

/** The optional call to action: file a complaint, call 12315, take a quiz topic, open a tool. */
export const AdvisoryAction = Type.Union([
  Type.Object({ kind: Type.Literal('complaint') }),
  Type.Object({ kind: Type.Literal('call-12315') }),
  Type.Object({ kind: Type.Literal('quiz'), topic: Type.String({ minLength: 1, maxLength: 20 }) }),
  Type.Object({ kind: Type.Literal('tool'), tool: literals(ADVISORY_TOOLS) }),
]);
export type AdvisoryAction = Static<typeof AdvisoryAction>;
export const ADVISORY_ACTION_KINDS = ADVISORY_ACTIONS;

/**
 * A 警示 that names a business rests on a published administrative penalty (消费者权益保护法
 * 第五十六条): the decision number and date are required with the merchant.
 */
export const NamedMerchant = Type.Object({
  merchantId: Type.String({ minLength: 1, maxLength: 40 }),
  penaltyNo: Type.Optional(
    Type.String({ minLength: LIMITS.penaltyNo.min, maxLength: LIMITS.penaltyNo.max }),
  ),
  penaltyDate: Type.Optional(Type.String({ format: 'date' })),
});
export type NamedMerchant = Static<typeof NamedMerchant>;

/** What staff write: a draft, or a new version of a published advisory. */
export const AdvisoryContent = Type.Object({
  kind: AdvisoryKind,
  title: Type.String({ minLength: LIMITS.title.min, maxLength: LIMITS.title.max }),
  /** The body in the small safe markup of src/domain/advisory-markup.ts (stored as text). */
  body: Type.String({ minLength: LIMITS.body.min, maxLength: LIMITS.body.max }),
  /** Upload ids (purpose 'advisory') of the author's images, at most 6. */
  images: Type.Array(Type.String({ minLength: 1, maxLength: 40 }), {
    maxItems: LIMITS.images,
    uniqueItems: true,
  }),
  /** One of the county profile's categories. */
  category: Type.String({ minLength: 1, maxLength: 20 }),
  /** The issuing body: the profile's bureau or council, or one of its member units. */
  issuer: Type.String({ minLength: 1, maxLength: 60 }),
  legalBasis: Type.Array(LegalReference, { maxItems: LIMITS.legalBasis }),
  /** A season label such as 春节, 开学季. */
  season: Type.Optional(
    Type.String({ minLength: LIMITS.season.min, maxLength: LIMITS.season.max }),
  ),
  validFrom: Type.Optional(Type.String({ format: 'date' })),
  validUntil: Type.Optional(Type.String({ format: 'date' })),
  action: Type.Optional(AdvisoryAction),
  /** 警示 only, with the penalty decision. */
  merchant: Type.Optional(NamedMerchant),
});
export type AdvisoryContent = Static<typeof AdvisoryContent>;

export const CreateAdvisoryBody = AdvisoryContent;
export type CreateAdvisoryBody = Static<typeof CreateAdvisoryBody>;

export const UpdateAdvisoryBody = AdvisoryContent;
export type UpdateAdvisoryBody = Static<typeof UpdateAdvisoryBody>;

/** What the public sees of a published advisory. */
export const AdvisoryCard = Type.Object({
  id: Type.String(),
  kind: AdvisoryKind,
  title: Type.String(),
  /** The first lines as plain text. */
  summary: Type.String(),
  category: Type.String(),
  issuer: Type.String(),
  season: Type.Optional(Type.String()),
  validFrom: Type.Optional(Type.String({ format: 'date' })),
  validUntil: Type.Optional(Type.String({ format: 'date' })),
  /** Public from (the scheduled publication time). */
  publishedAt: Type.String({ format: 'date-time' }),
  /** Past its validity window (still readable, no longer pinned). */
  expired: Type.Boolean(),
  cover: Type.Optional(UploadLink),
  readCount: Type.Integer(),
  usefulCount: Type.Integer(),
});
export type AdvisoryCard = Static<typeof AdvisoryCard>;

export const AdvisoryDetail = Type.Composite([
  AdvisoryCard,
  Type.Object({
    body: Type.String(),
    images: Type.Array(UploadLink),
    legalBasis: Type.Array(LegalReference),
    action: Type.Optional(AdvisoryAction),
    merchant: Type.Optional(
      Type.Object({
        merchantId: Type.String(),
        merchantName: Type.String(),
        penaltyNo: Type.String(),
        penaltyDate: Type.String({ format: 'date' }),
      }),
    ),
    version: Type.Integer(),
    /** Whether the signed-in caller marked it 有用. */
    markedUseful: Type.Boolean(),
    /** Whether the signed-in caller keeps it in 我的收藏. */
    favorited: Type.Boolean(),
  }),
]);
export type AdvisoryDetail = Static<typeof AdvisoryDetail>;

export const AdvisoryListQuery = PagedQuery({
  category: Type.Optional(Type.String({ minLength: 1, maxLength: 20 })),
  kind: Type.Optional(AdvisoryKind),
  /** Title or body contains it (1+ characters). */
  q: Type.Optional(Type.String({ minLength: LIMITS.query.min, maxLength: LIMITS.query.max })),
});
export type AdvisoryListQuery = Static<typeof AdvisoryListQuery>;

export const AdvisoryList = Page(AdvisoryCard);
export type AdvisoryList = Static<typeof AdvisoryList>;

/** The current 警示 for 首页: published, public, within their window; newest first. */
export const PinnedAdvisories = Type.Object({ items: Type.Array(AdvisoryCard) });
export type PinnedAdvisories = Static<typeof PinnedAdvisories>;

/**
 * A staff member as colleagues know them (their username, else their nickname), so the record
 * shows who wrote, published and took an advisory down; the demo data's actor is 系统初始数据.
 */
export const StaffName = Type.String();

/** A pending new version of a published advisory (the published one stays public meanwhile). */
export const AdvisoryRevision = Type.Object({
  status: literals(['draft', 'submitted'] as const),
  content: AdvisoryContent,
  authorId: Type.String(),
  /** The version's author as staff know them (see StaffName). */
  authorName: StaffName,
  updatedAt: Type.String({ format: 'date-time' }),
});

/** What staff see: everything, in any status. */
export const StaffAdvisory = Type.Object({
  id: Type.String(),
  status: AdvisoryStatus,
  version: Type.Integer(),
  content: AdvisoryContent,
  authorId: Type.String(),
  authorName: StaffName,
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  submittedAt: Type.Optional(Type.String({ format: 'date-time' })),
  publishedBy: Type.Optional(Type.String()),
  publishedByName: Type.Optional(StaffName),
  /** Public from. */
  publishAt: Type.Optional(Type.String({ format: 'date-time' })),
  unpublishedAt: Type.Optional(Type.String({ format: 'date-time' })),
  unpublishedBy: Type.Optional(Type.String()),
  unpublishedByName: Type.Optional(StaffName),
  unpublishedReason: Type.Optional(Type.String()),
  /** The last reason a submission was sent back. */
  returnedReason: Type.Optional(Type.String()),
  revision: Type.Optional(AdvisoryRevision),
  readCount: Type.Integer(),
  usefulCount: Type.Integer(),
});
export type StaffAdvisory = Static<typeof StaffAdvisory>;

export const AdvisoryCreated = Type.Object({ id: Type.String(), status: AdvisoryStatus });
export type AdvisoryCreated = Static<typeof AdvisoryCreated>;

export const StaffAdvisoryQuery = PagedQuery({ status: Type.Optional(AdvisoryStatus) });
export type StaffAdvisoryQuery = Static<typeof StaffAdvisoryQuery>;

export const StaffAdvisoryList = Page(StaffAdvisory);
export type StaffAdvisoryList = Static<typeof StaffAdvisoryList>;

/**
 * submit: the author's draft (or new version) goes to review; return: staff send a submission
 * back with a reason; publish: another staff member publishes, now or at publishAt; unpublish:
 * staff take a published one down with a reason (kept).
 */
export const AdvisoryTransitionBody = Type.Object({
  action: literals(['submit', 'return', 'publish', 'unpublish'] as const),
  reason: Type.Optional(Reason),
  publishAt: Type.Optional(Type.String({ format: 'date-time' })),
});
export type AdvisoryTransitionBody = Static<typeof AdvisoryTransitionBody>;

/** One published version, as it was. */
export const AdvisoryVersion = Type.Object({
  version: Type.Integer(),
  content: AdvisoryContent,
  authorId: Type.String(),
  authorName: StaffName,
  publishedBy: Type.String(),
  publishedByName: StaffName,
  publishedAt: Type.String({ format: 'date-time' }),
});
export type AdvisoryVersion = Static<typeof AdvisoryVersion>;
export const AdvisoryVersions = Type.Object({ items: Type.Array(AdvisoryVersion) });
export type AdvisoryVersions = Static<typeof AdvisoryVersions>;

/** A 警示 naming a merchant, for its merchant page. */
export const MerchantWarning = Type.Object({
  id: Type.String(),
  title: Type.String(),
  penaltyNo: Type.String(),
  penaltyDate: Type.String({ format: 'date' }),
  publishedAt: Type.String({ format: 'date-time' }),
});
export type MerchantWarning = Static<typeof MerchantWarning>;

/** GET /advisories/stats (staff): how advisories were read and spread over the last `days`. */
export const AdvisoryStatsQuery = Type.Object({
  days: Type.Optional(Type.Integer({ minimum: 1, maximum: 366, default: 30 })),
});
export type AdvisoryStatsQuery = Static<typeof AdvisoryStatsQuery>;

/** Views count once per reader per day; shareEntries are visits that came by a shared link. */
const AdvisoryFigures = {
  views: Type.Integer({ minimum: 0 }),
  useful: Type.Integer({ minimum: 0 }),
  shares: Type.Integer({ minimum: 0 }),
  shareEntries: Type.Integer({ minimum: 0 }),
};

export const AdvisoryStats = Type.Object({
  from: Type.String({ format: 'date' }),
  to: Type.String({ format: 'date' }),
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      title: Type.String(),
      kind: AdvisoryKind,
      category: Type.String(),
      ...AdvisoryFigures,
    }),
  ),
  byCategory: Type.Array(
    Type.Object({ category: Type.String(), advisories: Type.Integer(), ...AdvisoryFigures }),
  ),
});
export type AdvisoryStats = Static<typeof AdvisoryStats>;
