import { Type, type Static } from '@sinclair/typebox';

import { COMPLAINT_LIMITS as LIMITS } from '../../src/domain/complaint-limits';
import { MOBILE_PHONE_PATTERN } from '../../src/domain/contact-formats';
import { MONEY_MAX, MONEY_STEP } from '../../src/domain/money';
import { MAX_PHOTOS } from '../../src/domain/upload-limits';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_STATUSES,
  REJECT_REASONS,
  REQUEST_KINDS,
  TERMINATE_REASONS,
} from '../../src/domain/complaint-vocabulary';
import { PagedQuery, literals, Page } from './common';
import { UploadLink } from './uploads';

export {
  COMPLAINT_CATEGORIES,
  COMPLAINT_STATUSES,
  REJECT_REASONS,
  REQUEST_KINDS,
  TERMINATE_REASONS,
};

export const ComplaintCategory = literals(COMPLAINT_CATEGORIES);
export type ComplaintCategory = Static<typeof ComplaintCategory>;

export const RequestKind = literals(REQUEST_KINDS);
export type RequestKind = Static<typeof RequestKind>;

export const ComplaintStatus = literals(COMPLAINT_STATUSES);
export type ComplaintStatus = Static<typeof ComplaintStatus>;

export const RejectReason = literals(
  Object.keys(REJECT_REASONS) as (keyof typeof REJECT_REASONS)[],
);
export type RejectReason = Static<typeof RejectReason>;

export const TerminateReason = literals(
  Object.keys(TERMINATE_REASONS) as (keyof typeof TERMINATE_REASONS)[],
);
export type TerminateReason = Static<typeof TerminateReason>;

export const MediationMethod = literals(['on-site', 'phone', 'online'] as const);
export type MediationMethod = Static<typeof MediationMethod>;

const Money = Type.Number({ minimum: 0, maximum: MONEY_MAX, multipleOf: MONEY_STEP });

/** Who and what the complaint is about: a registered merchant, or a name and address. */
export const ComplaintMerchant = Type.Object({
  merchantId: Type.Optional(Type.String()),
  name: Type.String({ minLength: LIMITS.merchantName.min, maxLength: LIMITS.merchantName.max }),
  address: Type.String({
    minLength: LIMITS.merchantAddress.min,
    maxLength: LIMITS.merchantAddress.max,
  }),
});
export type ComplaintMerchant = Static<typeof ComplaintMerchant>;

export const ComplaintRequest = Type.Object({
  kinds: Type.Array(RequestKind, { minItems: 1, maxItems: 6, uniqueItems: true }),
  /** Required when kinds includes 赔偿. */
  compensationAmount: Type.Optional(Money),
  /** Required when kinds includes 其他. */
  other: Type.Optional(Type.String({ maxLength: LIMITS.otherRequest })),
});
export type ComplaintRequest = Static<typeof ComplaintRequest>;

/** 第九条: the complainant's name, phone and address. Encrypted at rest, masked for merchants. */
export const Complainant = Type.Object({
  name: Type.String({
    minLength: LIMITS.complainantName.min,
    maxLength: LIMITS.complainantName.max,
  }),
  phone: Type.String({ pattern: MOBILE_PHONE_PATTERN }),
  address: Type.String({
    minLength: LIMITS.complainantAddress.min,
    maxLength: LIMITS.complainantAddress.max,
  }),
});
export type Complainant = Static<typeof Complainant>;

export const CreateComplaintBody = Type.Object({
  merchant: ComplaintMerchant,
  category: ComplaintCategory,
  purchaseDate: Type.String({ format: 'date' }),
  /**
   * When the problem was discovered (第十五条(四) counts three years from then): not after today,
   * not before the purchase; required when the purchase is more than three years ago.
   */
  discoveredOn: Type.Optional(Type.String({ format: 'date' })),
  amount: Money,
  orderNo: Type.Optional(Type.String({ maxLength: LIMITS.orderNo })),
  facts: Type.String({ minLength: LIMITS.facts.min, maxLength: LIMITS.facts.max }),
  request: ComplaintRequest,
  /** Upload ids (purpose 'evidence'), up to 9. */
  evidence: Type.Array(Type.String(), { maxItems: MAX_PHOTOS }),
  complainant: Complainant,
  /** Explicit consent to the use of the personal data for handling this complaint. */
  consent: Type.Literal(true),
  /** The consumer agreed to WeChat subscribe messages about status changes. */
  subscribed: Type.Optional(Type.Boolean()),
  /** A pledge this complaint relies on (按承诺退货遇到问题). */
  pledgeId: Type.Optional(Type.String()),
});
export type CreateComplaintBody = Static<typeof CreateComplaintBody>;

export const ComplaintCreated = Type.Object({
  id: Type.String(),
  trackingNo: Type.String(),
  /** The date by which the bureau must decide to accept (7 working days, holiday-aware). */
  acceptDeadline: Type.String({ format: 'date' }),
});
export type ComplaintCreated = Static<typeof ComplaintCreated>;

export const TimelineEntry = Type.Object({
  id: Type.String(),
  at: Type.String({ format: 'date-time' }),
  actor: literals(['consumer', 'merchant', 'staff', 'system'] as const),
  kind: literals(['status', 'note', 'reply', 'proposal', 'evidence'] as const),
  /** For kind 'status': the status entered. */
  status: Type.Optional(ComplaintStatus),
  message: Type.String(),
  evidence: Type.Optional(Type.Array(UploadLink)),
  amount: Type.Optional(Type.Number()),
});
export type TimelineEntry = Static<typeof TimelineEntry>;

export const ComplaintSummary = Type.Object({
  id: Type.String(),
  trackingNo: Type.String(),
  merchantName: Type.String(),
  category: ComplaintCategory,
  status: ComplaintStatus,
  submittedAt: Type.String({ format: 'date-time' }),
  acceptDeadline: Type.String({ format: 'date' }),
  /** 60 days from acceptance plus days paused for testing (实施条例 第四十六条). */
  mediationDeadline: Type.Optional(Type.String({ format: 'date' })),
  /** The deadline that applies now is past, or within two days. */
  overdue: Type.Boolean(),
  dueSoon: Type.Boolean(),
  industry: Type.Optional(Type.String()),
  town: Type.Optional(Type.String()),
  /**
   * The discovery date (or the purchase date without one) is more than three years before the
   * complaint was received: staff should check 第十五条(四). A warning, never a refusal.
   */
  pastThreeYears: Type.Optional(Type.Boolean()),
  /**
   * For staff, while the acceptance deadline applies: the holiday calendar lacks a year it spans,
   * so the deadline was counted Monday–Friday and may be wrong.
   */
  calendarWarning: Type.Optional(Type.String()),
});
export type ComplaintSummary = Static<typeof ComplaintSummary>;

export const ConsentSide = literals(['complainant', 'merchant'] as const);
export type ConsentSide = Static<typeof ConsentSide>;
/** How staff received a side's consent; 'self' when the party gave it in the app. */
export const ConsentMethod = literals(['phone', 'written', 'on-site', 'online'] as const);
export type ConsentMethod = Static<typeof ConsentMethod>;

export const ConsentRecord = Type.Object({
  decision: literals(['agree', 'refuse'] as const),
  method: literals(['self', 'phone', 'written', 'on-site', 'online'] as const),
  givenAt: Type.String(),
  /** Who recorded it: the party itself or staff. */
  recordedBy: literals(['self', 'staff'] as const),
  note: Type.Optional(Type.String()),
});
export type ConsentRecord = Static<typeof ConsentRecord>;

export const MediationConsentState = Type.Object({
  complainant: Type.Union([ConsentRecord, Type.Null()]),
  merchant: Type.Union([ConsentRecord, Type.Null()]),
  /** The side this viewer may consent for in the app while it is pending (not for staff). */
  mine: Type.Optional(ConsentSide),
  /** Staff and parties may record consent now (the complaint is accepted, not yet mediating). */
  open: Type.Boolean(),
});
export type MediationConsentState = Static<typeof MediationConsentState>;

/** Staff give side and method; a party records its own consent with neither. */
export const ConsentBody = Type.Object({
  side: Type.Optional(ConsentSide),
  decision: literals(['agree', 'refuse'] as const),
  method: Type.Optional(ConsentMethod),
  /** When the side gave it (staff, e.g. a phone call earlier today); default now. */
  givenAt: Type.Optional(Type.String({ format: 'date-time' })),
  note: Type.Optional(Type.String({ maxLength: LIMITS.consentNote })),
});
export type ConsentBody = Static<typeof ConsentBody>;

/** 第二十二条: the mediation agreement (调解书), the parties masked as this viewer must see them. */
export const MediationAgreement = Type.Object({
  trackingNo: Type.String(),
  /** The mediating unit: the bureau from the county profile. */
  unit: Type.String(),
  complainant: Type.Object({ name: Type.String(), phone: Type.String() }),
  merchant: Type.Object({ name: Type.String(), address: Type.String() }),
  agreement: Type.String(),
  amountRecovered: Type.Number(),
  /** Shanghai date the mediation was settled. */
  date: Type.String({ format: 'date' }),
});
export type MediationAgreement = Static<typeof MediationAgreement>;

export const ComplaintDetail = Type.Composite([
  ComplaintSummary,
  Type.Object({
    merchant: ComplaintMerchant,
    purchaseDate: Type.String({ format: 'date' }),
    /** When the consumer says the problem was discovered, if given. */
    discoveredOn: Type.Optional(Type.String({ format: 'date' })),
    amount: Type.Number(),
    orderNo: Type.Optional(Type.String()),
    facts: Type.String(),
    request: ComplaintRequest,
    evidence: Type.Array(UploadLink),
    /** Unmasked for the complainant and staff (staff reads are audited); masked for merchants. */
    complainant: Complainant,
    timeline: Type.Array(TimelineEntry),
    /** When the merchant may settle directly (10 working days from submission). */
    merchantSettleBy: Type.String({ format: 'date' }),
    pausedForTesting: Type.Boolean(),
    outcome: Type.Optional(
      Type.Object({
        status: literals(['rejected', 'settled', 'terminated', 'withdrawn'] as const),
        reason: Type.Optional(Type.String()),
        /** For a rejection: the 第十五条 ground, when recorded (refusals since issue 11). */
        rejectReason: Type.Optional(RejectReason),
        agreement: Type.Optional(Type.String()),
        amountRecovered: Type.Optional(Type.Number()),
        /** For a rejection: other routes the consumer can take (实施条例 第四十六条). */
        otherRoutes: Type.Optional(Type.Array(Type.String())),
      }),
    ),
    rating: Type.Optional(
      Type.Object({
        score: Type.Integer(),
        comment: Type.Optional(Type.String()),
        at: Type.String(),
      }),
    ),
    /** The transitions and messages this caller may send now. */
    allowedActions: Type.Array(Type.String()),
    /** 第十六条: both sides' consent to mediation (once accepted, or when any is recorded). */
    mediationConsent: Type.Optional(MediationConsentState),
  }),
]);
export type ComplaintDetail = Static<typeof ComplaintDetail>;

export const ComplaintListQuery = PagedQuery({
  /** mine (complainant), merchant (about my business), all (staff). Default by role. */
  scope: Type.Optional(literals(['mine', 'merchant', 'all'] as const)),
  status: Type.Optional(ComplaintStatus),
  industry: Type.Optional(Type.String({ maxLength: 20 })),
  town: Type.Optional(Type.String({ maxLength: 20 })),
});
export type ComplaintListQuery = Static<typeof ComplaintListQuery>;

export const ComplaintPage = Page(ComplaintSummary);
export type ComplaintPage = Static<typeof ComplaintPage>;

const Note = Type.Optional(Type.String({ maxLength: LIMITS.note }));

export const TransitionBody = Type.Union([
  Type.Object({
    action: Type.Literal('accept'),
    note: Note,
  }),
  Type.Object({
    action: Type.Literal('reject'),
    reason: RejectReason,
    note: Note,
  }),
  Type.Object({
    action: Type.Literal('mediate'),
    method: MediationMethod,
    note: Note,
  }),
  Type.Object({
    action: Type.Literal('pause-for-testing'),
    note: Type.String({ minLength: LIMITS.pauseNote.min, maxLength: LIMITS.pauseNote.max }),
  }),
  Type.Object({
    action: Type.Literal('resume'),
    note: Note,
  }),
  Type.Object({
    action: Type.Literal('settle'),
    agreement: Type.String({ minLength: LIMITS.agreement.min, maxLength: LIMITS.agreement.max }),
    amountRecovered: Money,
  }),
  Type.Object({
    action: Type.Literal('terminate'),
    reason: TerminateReason,
    note: Note,
  }),
  Type.Object({
    action: Type.Literal('close'),
    note: Note,
  }),
  Type.Object({
    action: Type.Literal('withdraw'),
    note: Note,
  }),
]);
export type TransitionBody = Static<typeof TransitionBody>;
export type TransitionAction = TransitionBody['action'];

/** note: consumer or staff remark; reply/proposal: the merchant; evidence: more photos. */
export const MessageBody = Type.Object({
  kind: literals(['note', 'reply', 'proposal', 'evidence'] as const),
  message: Type.String({ minLength: 1, maxLength: LIMITS.message }),
  evidence: Type.Optional(Type.Array(Type.String(), { maxItems: MAX_PHOTOS })),
  /** For a merchant's proposal: the amount offered. */
  amount: Type.Optional(Money),
});
export type MessageBody = Static<typeof MessageBody>;

export const RatingBody = Type.Object({
  score: Type.Integer({ minimum: 1, maximum: 5 }),
  comment: Type.Optional(Type.String({ maxLength: LIMITS.ratingComment })),
});
export type RatingBody = Static<typeof RatingBody>;
