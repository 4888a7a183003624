import { Type, type Static } from '@sinclair/typebox';
import { ModelUnitBadge, ModelUnitLevel } from './model-units';
import { PledgeSummary } from './pledges';

export const MerchantType = Type.Union([
  Type.Literal('企业'),
  Type.Literal('个体工商户'),
  Type.Literal('农民专业合作社'),
  Type.Literal('其他'),
]);
export type MerchantType = Static<typeof MerchantType>;

export const Badge = Type.Union([
  Type.Literal('model-unit'),
  Type.Literal('pledge'),
  Type.Literal('initiative'),
]);
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
});
export type MerchantSummary = Static<typeof MerchantSummary>;

export const MerchantSearchQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 50 })),
  industry: Type.Optional(Type.String({ maxLength: 20 })),
  town: Type.Optional(Type.String({ maxLength: 20 })),
  badge: Type.Optional(Badge),
  near: Type.Optional(
    Type.String({ pattern: '^-?\\d{1,2}(\\.\\d+)?,-?\\d{1,3}(\\.\\d+)?$', description: 'lat,lng' }),
  ),
  cursor: Type.Optional(Type.String({ maxLength: 200 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20 })),
});
export type MerchantSearchQuery = Static<typeof MerchantSearchQuery>;

export const MerchantPage = Type.Object({
  items: Type.Array(MerchantSummary),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});
export type MerchantPage = Static<typeof MerchantPage>;

/** verified: an owner was verified by staff; listed: from the bureau's list, no owner yet. */
export const MerchantStatus = Type.Union([Type.Literal('verified'), Type.Literal('listed')]);
export type MerchantStatus = Static<typeof MerchantStatus>;

/** The public merchant page: badges with their facts and history, no private contact data. */
export const MerchantDetail = Type.Composite([
  Type.Omit(MerchantSummary, ['distanceM']),
  Type.Object({
    type: MerchantType,
    status: MerchantStatus,
    hours: Type.Optional(Type.String()),
    publicPhone: Type.Optional(Type.String()),
    /** Every model-unit title, current and ended, newest first. */
    modelUnits: Type.Array(ModelUnitBadge),
    /** Pledges and initiative signatures, current and ended, newest first. */
    pledges: Type.Array(PledgeSummary),
  }),
]);
export type MerchantDetail = Static<typeof MerchantDetail>;

export const RegisterMerchantBody = Type.Object({
  creditCode: Type.String({ minLength: 1, maxLength: 18 }),
  name: Type.String({ minLength: 2, maxLength: 60 }),
  type: MerchantType,
  industry: Type.String({ minLength: 1, maxLength: 20 }),
  town: Type.String({ minLength: 1, maxLength: 20 }),
  address: Type.String({ minLength: 4, maxLength: 120 }),
  location: Type.Optional(GeoPoint),
  hours: Type.Optional(Type.String({ maxLength: 40 })),
  publicPhone: Type.Optional(Type.String({ pattern: '^[0-9-]{5,20}$' })),
  /** Private: seen only by the owner and staff, encrypted at rest. */
  contactName: Type.String({ minLength: 2, maxLength: 20 }),
  contactPhone: Type.String({ pattern: '^1[3-9]\\d{9}$' }),
  /** Upload id (purpose 'licence') of the business-licence photo. */
  licencePhoto: Type.String(),
});
export type RegisterMerchantBody = Static<typeof RegisterMerchantBody>;

/** A registration creates an owner request; a second one for the same code asks to join. */
export const Membership = Type.Object({
  id: Type.String(),
  merchantId: Type.String(),
  merchantName: Type.String(),
  creditCode: Type.String(),
  role: Type.Union([Type.Literal('owner'), Type.Literal('member')]),
  status: Type.Union([Type.Literal('pending'), Type.Literal('active'), Type.Literal('rejected')]),
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
    licencePhoto: Type.Object({ id: Type.String(), url: Type.String() }),
    applicantId: Type.String(),
    /** Added by the server: what the applicant entered (for a new code, the future merchant). */
    business: Type.Optional(SubmittedBusiness),
  }),
]);
export type MembershipReview = Static<typeof MembershipReview>;

/** Staff queue of membership requests: oldest first. */
export const MembershipQueueQuery = Type.Object({
  status: Type.Optional(
    Type.Union([Type.Literal('pending'), Type.Literal('active'), Type.Literal('rejected')], {
      default: 'pending',
    }),
  ),
  cursor: Type.Optional(Type.String({ maxLength: 200 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20 })),
});
export type MembershipQueueQuery = Static<typeof MembershipQueueQuery>;

export const MembershipReviewPage = Type.Object({
  items: Type.Array(MembershipReview),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});
export type MembershipReviewPage = Static<typeof MembershipReviewPage>;

/** The caller's own requests and memberships, newest first (a handful: no paging). */
export const MembershipList = Type.Object({ items: Type.Array(Membership) });
export type MembershipList = Static<typeof MembershipList>;

export const VerifyMembershipBody = Type.Union([
  Type.Object({ decision: Type.Literal('approve') }),
  Type.Object({
    decision: Type.Literal('reject'),
    reason: Type.String({ minLength: 2, maxLength: 500 }),
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
  status: Type.Union([Type.Literal('running'), Type.Literal('done'), Type.Literal('failed')]),
  total: Type.Integer(),
  done: Type.Integer(),
  inserted: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
  rejected: Type.Array(Type.Object({ row: Type.Integer(), reason: Type.String() })),
});
export type MerchantImport = Static<typeof MerchantImport>;
