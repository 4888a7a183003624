import { Type, type Static } from '@sinclair/typebox';
import { PLEDGE_LIMITS as LIMITS } from '../../src/domain/pledge-limits';
import { CursorQuery, literals, Page, PagedQuery, Reason } from './common';

export const PledgeKind = literals(['offline-return', 'initiative'] as const);
export type PledgeKind = Static<typeof PledgeKind>;

/** pending: signed, awaiting staff; verified: 已核验; withdrawn by the merchant; revoked by staff. */
export const PledgeStatus = literals(['pending', 'verified', 'withdrawn', 'revoked'] as const);
export type PledgeStatus = Static<typeof PledgeStatus>;

/** What the merchant page shows of a pledge; the full certificate comes with the pledges feature. */
export const PledgeSummary = Type.Object({
  id: Type.String(),
  kind: PledgeKind,
  status: PledgeStatus,
  certificateNo: Type.String(),
  signedAt: Type.String({ format: 'date-time' }),
  startsOn: Type.String({ format: 'date' }),
  /** offline-return only: the return window in days, and what is excluded. */
  windowDays: Type.Optional(Type.Integer()),
  excluded: Type.Optional(Type.Array(Type.String())),
  /**
   * When and why it stops counting (withdrawn or revoked). A withdrawal dated after today is
   * announced but not yet in effect: the pledge still holds until that date.
   */
  endedOn: Type.Optional(Type.String({ format: 'date' })),
  endedReason: Type.Optional(Type.String()),
});
export type PledgeSummary = Static<typeof PledgeSummary>;

/** A category, or a kind of goods excluded. */
const Tag = Type.String({ minLength: LIMITS.tag.min, maxLength: LIMITS.tag.max });

/** 线下无理由退货承诺 terms. Once signed they are frozen with the signature (content hash). */
export const OfflineReturnTerms = Type.Object({
  /** The return window: 7, 15 or 30 days, or a custom number up to 365. */
  windowDays: Type.Integer({ minimum: LIMITS.windowDays.min, maximum: LIMITS.windowDays.max }),
  scope: Type.Union([
    Type.Object({ kind: Type.Literal('all') }),
    Type.Object({
      kind: Type.Literal('categories'),
      categories: Type.Array(Tag, { minItems: 1, maxItems: LIMITS.tags }),
    }),
  ]),
  /** Goods excluded from the promise (定制商品, 鲜活易腐 …), editable. */
  excluded: Type.Array(Tag, { maxItems: LIMITS.tags }),
  conditions: Type.Object({
    /** Proof of purchase: the receipt only, or a receipt or other proof (payment record …). */
    proof: literals(['receipt', 'receipt-or-other'] as const),
  }),
  refund: Type.Object({
    method: literals(['original', 'cash-or-original'] as const),
    withinDays: Type.Integer({ minimum: LIMITS.refundDays.min, maximum: LIMITS.refundDays.max }),
  }),
  /** Returns accepted at the merchant's other branches. */
  otherBranches: Type.Boolean(),
  /** From when the promise holds; today or later (never retroactive). */
  startsOn: Type.String({ format: 'date' }),
});
export type OfflineReturnTerms = Static<typeof OfflineReturnTerms>;

const Signer = Type.String({ minLength: LIMITS.signer.min, maxLength: LIMITS.signer.max });

export const PledgeSignature = Type.Object({
  /** Upload id (purpose 'signature') of the handwritten signature image. */
  uploadId: Type.String(),
  signerName: Signer,
  signerRole: Signer,
});
export type PledgeSignature = Static<typeof PledgeSignature>;

export const CreatePledgeBody = Type.Object({
  merchantId: Type.String(),
  kind: PledgeKind,
  /** Required for 'offline-return'; absent for 'initiative'. */
  terms: Type.Optional(OfflineReturnTerms),
  signature: PledgeSignature,
});
export type CreatePledgeBody = Static<typeof CreatePledgeBody>;

export const PledgeCreated = Type.Object({
  id: Type.String(),
  certificateNo: Type.String(),
  /** sha256 (hex) of the signed content: text, terms, signer and signature image bytes. */
  contentHash: Type.String(),
});
export type PledgeCreated = Static<typeof PledgeCreated>;

/** The public certificate: what was promised, by whom, frozen, and its history. */
export const PledgeCertificate = Type.Composite([
  PledgeSummary,
  Type.Object({
    merchantId: Type.String(),
    merchantName: Type.String(),
    merchantAddress: Type.String(),
    /** The plain-language text that was signed. */
    text: Type.String(),
    terms: Type.Optional(OfflineReturnTerms),
    signerName: Type.String(),
    signerRole: Type.String(),
    /** The handwritten signature; absent on seeded demo rows, which were never signed by hand. */
    signatureUrl: Type.Optional(Type.String()),
    contentHash: Type.String(),
    /** The stored hash still matches the stored content (checked on every read). */
    intact: Type.Boolean(),
    verifiedAt: Type.Optional(Type.String({ format: 'date-time' })),
    /** A URL of the merchant page, for the poster's QR code in H5 and development. */
    merchantUrl: Type.String(),
  }),
]);
export type PledgeCertificate = Static<typeof PledgeCertificate>;

export const PledgeTransitionBody = Type.Object({
  action: literals(['verify', 'revoke', 'withdraw'] as const),
  /** Required for revoke and withdraw. */
  reason: Type.Optional(Reason),
  /**
   * withdraw: from when it stops holding. A verified offline-return pledge: no earlier than
   * today + the county's notice period (region pledges.withdrawalNoticeDays), which is the
   * default; it counts and shows until then. Others: today or later, default today.
   */
  effectiveOn: Type.Optional(Type.String({ format: 'date' })),
});
export type PledgeTransitionBody = Static<typeof PledgeTransitionBody>;

export const PledgeList = Type.Object({ items: Type.Array(PledgeSummary) });
export type PledgeList = Static<typeof PledgeList>;

/** Staff queue of pledges by status (default pending), oldest first. */
export const PledgeQueueQuery = PagedQuery({
  status: Type.Optional(PledgeStatus),
});
export type PledgeQueueQuery = Static<typeof PledgeQueueQuery>;

export const PledgeQueue = Page(PledgeCertificate);
export type PledgeQueue = Static<typeof PledgeQueue>;

export const SignatoryWallQuery = CursorQuery;
export type SignatoryWallQuery = Static<typeof SignatoryWallQuery>;

/** The public wall of initiative signatories. */
export const SignatoryWall = Type.Composite([
  Type.Object({ count: Type.Integer() }),
  Page(
    Type.Object({
      merchantId: Type.String(),
      merchantName: Type.String(),
      town: Type.String(),
      signedAt: Type.String({ format: 'date-time' }),
    }),
  ),
]);
export type SignatoryWall = Static<typeof SignatoryWall>;

/** Staff: active verified pledges counted by town and by industry. */
export const PledgeStats = Type.Object({
  total: Type.Integer(),
  byTown: Type.Array(Type.Object({ town: Type.String(), count: Type.Integer() })),
  byIndustry: Type.Array(Type.Object({ industry: Type.String(), count: Type.Integer() })),
  pending: Type.Integer(),
});
export type PledgeStats = Static<typeof PledgeStats>;
