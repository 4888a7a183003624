import { Type, type Static } from '@sinclair/typebox';
import { MOBILE_PHONE_PATTERN, PUBLIC_PHONE_PATTERN } from '../../src/domain/contact-formats';
import { MERCHANT_LIMITS as LIMITS, MERCHANT_TYPES } from '../../src/domain/merchant-vocabulary';
import { MerchantWarning } from './advisories';
import { literals, Page, PagedQuery, Reason } from './common';
import { DisclosureFigures, MerchantDisclosure } from './disclosure';
import { UploadLink } from './uploads';
import { ModelUnitBadge, ModelUnitLevel } from './model-units';
import { PledgeSummary } from './pledges';

export { MERCHANT_TYPES };
export const MerchantType = literals(MERCHANT_TYPES);
export type MerchantType = Static<typeof MerchantType>;

export const Badge = literals(['model-unit', 'pledge', 'initiative'] as const);
export type Badge = Static<typeof Badge>;

export const GeoPoint = Type.Object({
  lat: Type.Number({ minimum: -90, maximum: 90 }),
  lng: Type.Number({ minimum: -180, maximum: 180 }),
});
export type GeoPoint = Static<typeof GeoPoint>;

/** One search result: enough to decide at a glance, nothing private. */
export const MerchantSummary = Type.Object({
  id: Type.String(),
  name: Type.String(),
  creditCode: Type.String(),
  industry: Type.String(),
  town: Type.String(),
  address: Type.String(),
  location: Type.Optional(GeoPoint),
  /** Only currently valid badges appear here. */
  badges: Type.Object({
    modelUnit: Type.Optional(
      Type.Object({ category: Type.String(), level: ModelUnitLevel, year: Type.Integer() }),
    ),
    pledge: Type.Boolean({ description: 'an active, verified offline no-reason-return pledge' }),
    initiative: Type.Boolean({ description: 'signed the county initiative' }),
  }),
  /** Metres from `near`, when the search had one. */
  distanceM: Type.Optional(Type.Integer()),
  /** Its figures in the latest published 投诉公示 naming it; absent when none names it. */
  complaintFigures: Type.Optional(DisclosureFigures),
});
export type MerchantSummary = Static<typeof MerchantSummary>;

/**
 * Orders by the latest published 投诉公示 figures: fewest complaints accepted first, or the highest
 * settlement rate first (then more complaints accepted); merchants without figures come last, by
 * id. Without `sort`: by distance with `near`, else by relevance (`sort` wins over `near`).
 */
export const MERCHANT_SORTS = ['complaints-asc', 'settlement-rate-desc'] as const;
export const MerchantSort = literals(MERCHANT_SORTS);
export type MerchantSort = Static<typeof MerchantSort>;

export const MerchantSearchQuery = PagedQuery({
  q: Type.Optional(Type.String({ maxLength: 50 })),
  industry: Type.Optional(Type.String({ maxLength: 20 })),
  town: Type.Optional(Type.String({ maxLength: 20 })),
  badge: Type.Optional(Badge),
  near: Type.Optional(
    Type.String({ pattern: '^-?\\d{1,2}(\\.\\d+)?,-?\\d{1,3}(\\.\\d+)?$', description: 'lat,lng' }),
  ),
  sort: Type.Optional(MerchantSort),
});
export type MerchantSearchQuery = Static<typeof MerchantSearchQuery>;

export const MerchantPage = Page(MerchantSummary);
export type MerchantPage = Static<typeof MerchantPage>;

/** verified: an owner was verified by staff; listed: from the bureau's list, no owner yet. */
export const MerchantStatus = literals(['verified', 'listed'] as const);
export type MerchantStatus = Static<typeof MerchantStatus>;

/** The public merchant page: badges with their facts and history, no private contact data. */
export const MerchantDetail = Type.Composite([
  Type.Omit(MerchantSummary, ['distanceM', 'complaintFigures']),
  Type.Object({
    type: MerchantType,
    status: MerchantStatus,
    hours: Type.Optional(Type.String()),
    publicPhone: Type.Optional(Type.String()),
    /** Every model-unit title, current and ended, newest first. */
    modelUnits: Type.Array(ModelUnitBadge),
    /** Pledges and initiative signatures, current and ended, newest first. */
    pledges: Type.Array(PledgeSummary),
    /** The published 警示 naming it (each on a penalty decision, 消法 第五十六条), newest first. */
    warnings: Type.Array(MerchantWarning),
    /** The latest published 投诉公示 naming it; absent when none does (or it was withdrawn). */
    disclosure: Type.Optional(MerchantDisclosure),
  }),
]);
export type MerchantDetail = Static<typeof MerchantDetail>;

export const RegisterMerchantBody = Type.Object({
  creditCode: Type.String({ minLength: 1, maxLength: LIMITS.creditCode }),
  name: Type.String({ minLength: LIMITS.name.min, maxLength: LIMITS.name.max }),
  type: MerchantType,
  industry: Type.String({ minLength: 1, maxLength: LIMITS.industry }),
  town: Type.String({ minLength: 1, maxLength: LIMITS.town }),
  address: Type.String({ minLength: LIMITS.address.min, maxLength: LIMITS.address.max }),
  location: Type.Optional(GeoPoint),
  hours: Type.Optional(Type.String({ maxLength: LIMITS.hours })),
  publicPhone: Type.Optional(Type.String({ pattern: PUBLIC_PHONE_PATTERN })),
  /** Private: seen only by the owner and staff, encrypted at rest. */
  contactName: Type.String({
    minLength: LIMITS.contactName.min,
    maxLength: LIMITS.contactName.max,
  }),
  contactPhone: Type.String({ pattern: MOBILE_PHONE_PATTERN }),
  /** Upload id (purpose 'licence') of the business-licence photo. */
  licencePhoto: Type.String(),
});
export type RegisterMerchantBody = Static<typeof RegisterMerchantBody>;

export const MEMBERSHIP_STATUSES = ['pending', 'active', 'rejected'] as const;
export const MembershipStatus = literals(MEMBERSHIP_STATUSES);
export type MembershipStatus = Static<typeof MembershipStatus>;

/** A registration creates an owner request; a second one for the same code asks to join. */
export const Membership = Type.Object({
  id: Type.String(),
  merchantId: Type.String(),
  merchantName: Type.String(),
  creditCode: Type.String(),
  role: literals(['owner', 'member'] as const),
  status: MembershipStatus,
  reason: Type.Optional(Type.String()),
  createdAt: Type.String({ format: 'date-time' }),
});
export type Membership = Static<typeof Membership>;

/** The business facts a registration submitted, for staff to compare with the licence photo. */
export const SubmittedBusiness = Type.Pick(RegisterMerchantBody, [
  'name',
  'type',
  'industry',
  'town',
  'address',
  'location',
  'hours',
  'publicPhone',
]);
export type SubmittedBusiness = Static<typeof SubmittedBusiness>;

/** What staff see in the verification queue, private contact data included (audited). */
export const MembershipReview = Type.Composite([
  Membership,
  Type.Object({
    contactName: Type.String(),
    contactPhone: Type.String(),
    licencePhoto: UploadLink,
    applicantId: Type.String(),
    /** Added by the server: what the applicant entered (for a new code, the future merchant). */
    business: Type.Optional(SubmittedBusiness),
    /**
     * Where the authority that issued the credit code sits: the GB/T 2260 name of its 3rd–8th
     * characters (福建省福州市); absent when no province has that code.
     */
    registeredArea: Type.Optional(Type.String()),
  }),
]);
export type MembershipReview = Static<typeof MembershipReview>;

/** Staff queue of membership requests: oldest first. */
export const MembershipQueueQuery = PagedQuery({
  status: Type.Optional(literals(MEMBERSHIP_STATUSES, { default: 'pending' })),
});
export type MembershipQueueQuery = Static<typeof MembershipQueueQuery>;

export const MembershipReviewPage = Page(MembershipReview);
export type MembershipReviewPage = Static<typeof MembershipReviewPage>;

/** The caller's own requests and memberships, newest first (a handful: no paging). */
export const MembershipList = Type.Object({ items: Type.Array(Membership) });
export type MembershipList = Static<typeof MembershipList>;

export const VerifyMembershipBody = Type.Union([
  Type.Object({ decision: Type.Literal('approve') }),
  Type.Object({
    decision: Type.Literal('reject'),
    reason: Reason,
  }),
]);
export type VerifyMembershipBody = Static<typeof VerifyMembershipBody>;

/** An owner's edit of the public facts (never the credit code). */
export const UpdateMerchantBody = Type.Partial(
  Type.Pick(RegisterMerchantBody, [
    'name',
    'industry',
    'town',
    'address',
    'location',
    'hours',
    'publicPhone',
  ]),
);
export type UpdateMerchantBody = Static<typeof UpdateMerchantBody>;

export const MerchantImport = Type.Object({
  id: Type.String(),
  status: literals(['running', 'done', 'failed'] as const),
  total: Type.Integer(),
  done: Type.Integer(),
  inserted: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
  /** Rows not imported: the line (header = 1), every problem under its column, and in one line. */
  rejected: Type.Array(
    Type.Object({
      row: Type.Integer(),
      reason: Type.String(),
      problems: Type.Array(
        Type.Object({ column: Type.Optional(Type.String()), message: Type.String() }),
      ),
    }),
  ),
});
export type MerchantImport = Static<typeof MerchantImport>;

/** `GET /merchants/by-code/:creditCode`: looked up as typed (a wrong code is a 404, not a 400). */
export const CreditCodeParams = Type.Object({
  creditCode: Type.String({ minLength: 1, maxLength: 40 }),
});
export type CreditCodeParams = Static<typeof CreditCodeParams>;
