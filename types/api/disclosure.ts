import { Type, type Static } from '@sinclair/typebox';
import {
  DISCLOSURE_KINDS,
  DISCLOSURE_LIMITS as LIMITS,
  DISCLOSURE_OUTCOMES,
  DISCLOSURE_STATUSES,
  EXCLUSION_REASONS,
  FOLLOW_UP_STATUSES,
  FOLLOW_UP_TYPES,
  RESPONSE_DECISIONS,
  RESPONSE_KINDS,
  STAFF_EXCLUSIONS,
  UPHELD_REMEDIES,
} from '../../src/domain/disclosure-vocabulary';
import { literals, Page, PagedQuery, Reason } from './common';
import { UploadLink } from './uploads';

/**
 * 投诉信息公示 (issue 15). Public and merchant answers carry no personal field of any complaint:
 * no complainant, facts, photos, amounts, phone numbers or messages — only the business's
 * registered name and credit code, the goods/service category (the business's industry), the
 * problem category, the acceptance date, the outcome and the business's own statement.
 */

export const DisclosureStatus = literals(DISCLOSURE_STATUSES);
export type DisclosureStatus = Static<typeof DisclosureStatus>;
export const DisclosureKind = literals(DISCLOSURE_KINDS);
export type DisclosureKind = Static<typeof DisclosureKind>;
export const DisclosureOutcome = literals(DISCLOSURE_OUTCOMES);
export type DisclosureOutcome = Static<typeof DisclosureOutcome>;
export const ExclusionReason = literals(
  Object.keys(EXCLUSION_REASONS) as (keyof typeof EXCLUSION_REASONS)[],
);
export type ExclusionReason = Static<typeof ExclusionReason>;
export const StaffExclusionReason = literals(STAFF_EXCLUSIONS);
export type StaffExclusionReason = Static<typeof StaffExclusionReason>;
export const ResponseKind = literals(RESPONSE_KINDS);
export type ResponseKind = Static<typeof ResponseKind>;
export const FollowUpType = literals(FOLLOW_UP_TYPES);
export type FollowUpType = Static<typeof FollowUpType>;
export const FollowUpStatus = literals(FOLLOW_UP_STATUSES);
export type FollowUpStatus = Static<typeof FollowUpStatus>;

const DateOnly = Type.String({ format: 'date' });
const Instant = Type.String({ format: 'date-time' });
/** Settled ÷ accepted in percent, one decimal; absent when nothing was accepted. */
const Rate = Type.Number({ minimum: 0, maximum: 100 });
const Note = Type.String({ minLength: LIMITS.note.min, maxLength: LIMITS.note.max });

/** accepted, settled, rate and median days to close of one business, industry or batch. */
export const DisclosureFigures = Type.Object({
  accepted: Type.Integer({ minimum: 0 }),
  settled: Type.Integer({ minimum: 0 }),
  settlementRate: Type.Optional(Rate),
  /** Median days from acceptance to the end (调解成功/终止/撤回), whole days. */
  medianDaysToClose: Type.Optional(Type.Number({ minimum: 0 })),
});
export type DisclosureFigures = Static<typeof DisclosureFigures>;

export const IndustryFigures = Type.Composite([
  Type.Object({ industry: Type.String() }),
  DisclosureFigures,
]);
export type IndustryFigures = Static<typeof IndustryFigures>;

/** A business as published: its registered name (see publicBusinessName) and credit code. */
export const BusinessFigures = Type.Composite([
  Type.Object({
    merchantId: Type.String(),
    name: Type.String(),
    creditCode: Type.String(),
    industry: Type.String(),
    /** 1 = most complaints. */
    rank: Type.Integer({ minimum: 1 }),
    /** The business added at least one statement that staff accepted. */
    hasStatement: Type.Boolean(),
  }),
  DisclosureFigures,
]);
export type BusinessFigures = Static<typeof BusinessFigures>;

/** One point of the trend line: a published batch of the same kind, oldest first. */
export const TrendPoint = Type.Composite([
  Type.Object({
    batchId: Type.String(),
    title: Type.String(),
    periodTo: DateOnly,
  }),
  DisclosureFigures,
]);
export type TrendPoint = Static<typeof TrendPoint>;

/** A batch in the public list (published, superseded or withdrawn). */
export const PublicBatchCard = Type.Object({
  id: Type.String(),
  title: Type.String(),
  kind: DisclosureKind,
  periodFrom: DateOnly,
  periodTo: DateOnly,
  version: Type.Integer({ minimum: 1 }),
  status: literals(['published', 'superseded', 'withdrawn'] as const),
  publishedAt: Instant,
  /** The whole batch's figures (absent once withdrawn). */
  totals: Type.Optional(DisclosureFigures),
});
export type PublicBatchCard = Static<typeof PublicBatchCard>;

export const PublicBatchList = Page(PublicBatchCard);
export type PublicBatchList = Static<typeof PublicBatchList>;

/**
 * The public view of one batch, and staff's preview of it (the same function builds both).
 * Businesses below the profile's minComplaintsPerBusiness are counted in the industry table but
 * neither ranked nor listed.
 */
export const PublicBatch = Type.Composite([
  PublicBatchCard,
  Type.Object({
    issuer: Type.String(),
    /** What a correction changed (version 2 and later). */
    changeNote: Type.Optional(Type.String()),
    /** The newer published version that replaced this one. */
    supersededBy: Type.Optional(Type.String()),
    withdrawnAt: Type.Optional(Instant),
    withdrawnReason: Type.Optional(Type.String()),
    /** Every published version of the series, newest first. */
    versions: Type.Array(
      Type.Object({ id: Type.String(), version: Type.Integer(), publishedAt: Instant }),
    ),
    industries: Type.Array(IndustryFigures),
    /** The ranked businesses, most complaints first: the first 100 (see businessesRanked). */
    businesses: Type.Array(BusinessFigures),
    /** How many businesses are ranked in all (the CSV and the print page list every one). */
    businessesRanked: Type.Optional(Type.Integer({ minimum: 0 })),
    /** The profile's minimum, shown as "投诉N件以上的经营者". */
    minComplaintsPerBusiness: Type.Integer({ minimum: 1 }),
    trend: Type.Array(TrendPoint),
  }),
]);
export type PublicBatch = Static<typeof PublicBatch>;

/** One published complaint: only these fields, ever. */
export const PublicRow = Type.Object({
  id: Type.String(),
  industry: Type.String(),
  category: Type.String(),
  acceptedOn: DateOnly,
  outcome: DisclosureOutcome,
  /** The business's statement, published once staff accepted it. */
  statement: Type.Optional(Type.String()),
  /** A correction staff made after an upheld objection. */
  corrected: Type.Boolean(),
});
export type PublicRow = Static<typeof PublicRow>;

/** GET /disclosure/batches/:id/businesses/:merchantId: one ranked business's rows. */
export const PublicBusinessRows = Type.Object({
  batch: PublicBatchCard,
  business: BusinessFigures,
  rows: Type.Array(PublicRow),
});
export type PublicBusinessRows = Static<typeof PublicBusinessRows>;

export const BatchBusinessParams = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 40 }),
  merchantId: Type.String({ minLength: 1, maxLength: 40 }),
});
export type BatchBusinessParams = Static<typeof BatchBusinessParams>;

/** The merchant page: the business's figures in the latest published batch, linked to it. */
export const MerchantDisclosure = Type.Object({
  batchId: Type.String(),
  batchTitle: Type.String(),
  publishedAt: Instant,
  figures: DisclosureFigures,
  /** Ranked (at or over the minimum count), so its rows are public in the batch. */
  ranked: Type.Boolean(),
  /** Its published statements in that batch, newest first (at most 3). */
  statements: Type.Array(Type.String()),
});
export type MerchantDisclosure = Static<typeof MerchantDisclosure>;

// ─── Staff: make, review, publish ───────────────────────────────────────────────────────────

export const CreateBatchBody = Type.Object({
  title: Type.String({ minLength: LIMITS.title.min, maxLength: LIMITS.title.max }),
  kind: DisclosureKind,
  /** Complaints submitted from … to (Asia/Shanghai dates, inclusive). */
  periodFrom: DateOnly,
  periodTo: DateOnly,
});
export type CreateBatchBody = Static<typeof CreateBatchBody>;

export const BatchCreated = Type.Object({ id: Type.String(), status: DisclosureStatus });
export type BatchCreated = Static<typeof BatchCreated>;

/** A correction: a new draft version of a published batch, copying its rows. */
export const CorrectionBody = Type.Object({ changeNote: Note });
export type CorrectionBody = Static<typeof CorrectionBody>;

/** One audited step of a batch (compute, exclusion, notice, response, decision, publish …). */
export const BatchEvent = Type.Object({
  at: Instant,
  actorName: Type.String(),
  action: Type.String(),
  detail: Type.Optional(Type.String()),
});
export type BatchEvent = Static<typeof BatchEvent>;

export const StaffBatchCard = Type.Object({
  id: Type.String(),
  seriesId: Type.String(),
  title: Type.String(),
  kind: DisclosureKind,
  periodFrom: DateOnly,
  periodTo: DateOnly,
  version: Type.Integer({ minimum: 1 }),
  status: DisclosureStatus,
  createdBy: Type.String(),
  createdByName: Type.String(),
  createdAt: Instant,
  /** Candidates, published rows and excluded rows. */
  candidates: Type.Integer({ minimum: 0 }),
  included: Type.Integer({ minimum: 0 }),
  excluded: Type.Integer({ minimum: 0 }),
  /** Responses waiting for a decision. */
  pendingResponses: Type.Integer({ minimum: 0 }),
  /** Set when the businesses were told. */
  objectionDeadline: Type.Optional(DateOnly),
});
export type StaffBatchCard = Static<typeof StaffBatchCard>;

export const StaffBatchQuery = PagedQuery({ status: Type.Optional(DisclosureStatus) });
export type StaffBatchQuery = Static<typeof StaffBatchQuery>;
export const StaffBatchList = Page(StaffBatchCard);
export type StaffBatchList = Static<typeof StaffBatchList>;

/** What staff see of one batch: the card, its counts, its decisions and its history. */
export const StaffBatch = Type.Composite([
  StaffBatchCard,
  Type.Object({
    changeNote: Type.Optional(Type.String()),
    previousVersionId: Type.Optional(Type.String()),
    computedAt: Instant,
    notifiedAt: Type.Optional(Instant),
    /** Businesses told, and how many of them answered. */
    businessesNotified: Type.Integer({ minimum: 0 }),
    businessesAnswered: Type.Integer({ minimum: 0 }),
    submittedBy: Type.Optional(Type.String()),
    submittedByName: Type.Optional(Type.String()),
    publishedAt: Type.Optional(Instant),
    publishedByName: Type.Optional(Type.String()),
    withdrawnAt: Type.Optional(Instant),
    withdrawnReason: Type.Optional(Type.String()),
    returnedReason: Type.Optional(Type.String()),
    exclusionsByReason: Type.Array(
      Type.Object({ reason: ExclusionReason, count: Type.Integer({ minimum: 0 }) }),
    ),
    /** What the caller may do now (the UI shows only these). */
    allowedActions: Type.Array(
      literals([
        'notify',
        'submit',
        'return',
        'publish',
        'withdraw',
        'correct',
        'exclude',
        'decide',
      ] as const),
    ),
    history: Type.Array(BatchEvent),
  }),
]);
export type StaffBatch = Static<typeof StaffBatch>;

/** One candidate as staff see it: with the tracking number, never personal data. */
export const StaffRow = Type.Object({
  id: Type.String(),
  complaintId: Type.String(),
  trackingNo: Type.String(),
  merchantId: Type.Optional(Type.String()),
  businessName: Type.String(),
  creditCode: Type.Optional(Type.String()),
  industry: Type.String(),
  category: Type.String(),
  submittedOn: DateOnly,
  acceptedOn: Type.Optional(DateOnly),
  endedOn: Type.Optional(DateOnly),
  outcome: Type.Optional(DisclosureOutcome),
  excludedReason: Type.Optional(ExclusionReason),
  excludedNote: Type.Optional(Type.String()),
  statement: Type.Optional(Type.String()),
  corrected: Type.Boolean(),
  /** Responses on this row, with staff's decisions. */
  responses: Type.Integer({ minimum: 0 }),
});
export type StaffRow = Static<typeof StaffRow>;

export const StaffRowQuery = PagedQuery({
  /** true: only excluded rows; false: only published ones; absent: all. */
  excluded: Type.Optional(Type.Boolean()),
  reason: Type.Optional(ExclusionReason),
  merchantId: Type.Optional(Type.String({ maxLength: 40 })),
  industry: Type.Optional(Type.String({ maxLength: 20 })),
});
export type StaffRowQuery = Static<typeof StaffRowQuery>;
export const StaffRowList = Page(StaffRow);
export type StaffRowList = Static<typeof StaffRowList>;

export const BatchRowParams = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 40 }),
  rowId: Type.String({ minLength: 1, maxLength: 40 }),
});
export type BatchRowParams = Static<typeof BatchRowParams>;

/** Exclude one row by hand (draft or notice only), from the fixed list, with a note. */
export const ExclusionBody = Type.Object({ reason: StaffExclusionReason, note: Note });
export type ExclusionBody = Static<typeof ExclusionBody>;

/**
 * notify: tell the businesses concerned and open the objection period (draft → notice);
 * submit: for approval, once every response is decided and the period is over or every business
 * told has answered (notice → submitted); return: back to notice with a reason; publish: a staff
 * member other than the batch's creator and submitter publishes it; withdraw: take a published
 * batch down with a public reason (kept, and shown as withdrawn).
 */
export const BatchTransitionBody = Type.Object({
  action: literals(['notify', 'submit', 'return', 'publish', 'withdraw'] as const),
  reason: Type.Optional(Reason),
});
export type BatchTransitionBody = Static<typeof BatchTransitionBody>;

// ─── Businesses: objections and statements ─────────────────────────────────────────────────

export const ResponseBody = Type.Object({
  kind: ResponseKind,
  text: Type.String({ minLength: LIMITS.response.min, maxLength: LIMITS.response.max }),
});
export type ResponseBody = Static<typeof ResponseBody>;

export const ResponseDecisionState = literals(['pending', ...RESPONSE_DECISIONS] as const);
export type ResponseDecisionState = Static<typeof ResponseDecisionState>;
export const UpheldRemedy = literals(UPHELD_REMEDIES);
export type UpheldRemedy = Static<typeof UpheldRemedy>;

/** A business's objection or statement, and staff's decision on it. */
export const DisclosureResponse = Type.Object({
  id: Type.String(),
  batchId: Type.String(),
  rowId: Type.String(),
  merchantId: Type.String(),
  businessName: Type.String(),
  kind: ResponseKind,
  text: Type.String(),
  createdAt: Instant,
  decision: ResponseDecisionState,
  remedy: Type.Optional(UpheldRemedy),
  /** Refused: why (told to the business); upheld: staff's note. */
  decisionReason: Type.Optional(Type.String()),
  decidedAt: Type.Optional(Instant),
  decidedByName: Type.Optional(Type.String()),
});
export type DisclosureResponse = Static<typeof DisclosureResponse>;

export const StaffResponseQuery = PagedQuery({ decision: Type.Optional(ResponseDecisionState) });
export type StaffResponseQuery = Static<typeof StaffResponseQuery>;
export const ResponseList = Page(DisclosureResponse);
export type ResponseList = Static<typeof ResponseList>;

/**
 * upheld + exclude: the row leaves the batch (reason objection-upheld); upheld + correct: the
 * row's outcome becomes `outcome`; upheld + publish-statement: the statement is published with the
 * row. Every upheld objection or statement publishes its text unless the row is excluded.
 * refused: `reason` is required and told to the business.
 */
export const ResponseDecisionBody = Type.Object({
  decision: literals(RESPONSE_DECISIONS),
  remedy: Type.Optional(UpheldRemedy),
  outcome: Type.Optional(DisclosureOutcome),
  reason: Type.Optional(Reason),
});
export type ResponseDecisionBody = Static<typeof ResponseDecisionBody>;

/** A row as its business sees it during the objection period (and after). */
export const MerchantRow = Type.Composite([
  PublicRow,
  Type.Object({
    trackingNo: Type.String(),
    /** Would be published as it stands (not excluded). */
    published: Type.Boolean(),
    responses: Type.Array(DisclosureResponse),
  }),
]);
export type MerchantRow = Static<typeof MerchantRow>;

/** GET /disclosure/mine: the batches naming the caller's businesses, newest first. */
export const MyDisclosures = Type.Object({
  items: Type.Array(
    Type.Object({
      batch: PublicBatchCard,
      batchStatus: DisclosureStatus,
      merchantId: Type.String(),
      businessName: Type.String(),
      /** Objections and statements are accepted until this date (inclusive). */
      objectionDeadline: Type.Optional(DateOnly),
      canRespond: Type.Boolean(),
      figures: DisclosureFigures,
      rows: Type.Array(MerchantRow),
    }),
  ),
});
export type MyDisclosures = Static<typeof MyDisclosures>;

// ─── Follow-up (staff only) ─────────────────────────────────────────────────────────────────

/** A business or industry over the profile's thresholds in a published batch. */
export const DisclosureFlag = Type.Object({
  target: Type.Union([
    Type.Object({
      kind: Type.Literal('business'),
      merchantId: Type.String(),
      name: Type.String(),
      industry: Type.String(),
    }),
    Type.Object({ kind: Type.Literal('industry'), industry: Type.String() }),
  ]),
  batchId: Type.String(),
  batchTitle: Type.String(),
  figures: DisclosureFigures,
  /** Which thresholds it crossed, in words (投诉≥5件、调解成功率<60%). */
  why: Type.Array(Type.String()),
  openFollowUps: Type.Integer({ minimum: 0 }),
  followUps: Type.Integer({ minimum: 0 }),
});
export type DisclosureFlag = Static<typeof DisclosureFlag>;

export const FlagQuery = Type.Object({
  /** Default: the latest published batch. */
  batchId: Type.Optional(Type.String({ maxLength: 40 })),
});
export type FlagQuery = Static<typeof FlagQuery>;
export const FlagList = Type.Object({ items: Type.Array(DisclosureFlag) });
export type FlagList = Static<typeof FlagList>;

export const FollowUpTarget = Type.Union([
  Type.Object({ kind: Type.Literal('business'), merchantId: Type.String({ maxLength: 40 }) }),
  Type.Object({ kind: Type.Literal('industry'), industry: Type.String({ maxLength: 20 }) }),
]);
export type FollowUpTarget = Static<typeof FollowUpTarget>;

export const FollowUpBody = Type.Object({
  target: FollowUpTarget,
  type: FollowUpType,
  date: DateOnly,
  /** Who carried it out (names of the officers). */
  handledBy: Type.String({ minLength: LIMITS.handledBy.min, maxLength: LIMITS.handledBy.max }),
  notes: Note,
  outcome: Type.Optional(Type.String({ maxLength: LIMITS.followUpOutcome.max })),
  /** Upload ids (purpose 'follow-up'), at most 6. */
  attachments: Type.Array(Type.String({ minLength: 1, maxLength: 40 }), {
    maxItems: LIMITS.attachments,
    uniqueItems: true,
  }),
  status: FollowUpStatus,
  /** The batch that flagged it. */
  batchId: Type.Optional(Type.String({ maxLength: 40 })),
});
export type FollowUpBody = Static<typeof FollowUpBody>;

export const FollowUp = Type.Object({
  id: Type.String(),
  target: Type.Union([
    Type.Object({
      kind: Type.Literal('business'),
      merchantId: Type.String(),
      name: Type.String(),
    }),
    Type.Object({ kind: Type.Literal('industry'), industry: Type.String() }),
  ]),
  type: FollowUpType,
  date: DateOnly,
  handledBy: Type.String(),
  notes: Type.String(),
  outcome: Type.Optional(Type.String()),
  attachments: Type.Array(UploadLink),
  status: FollowUpStatus,
  batchId: Type.Optional(Type.String()),
  createdByName: Type.String(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type FollowUp = Static<typeof FollowUp>;

export const FollowUpQuery = PagedQuery({
  status: Type.Optional(FollowUpStatus),
  merchantId: Type.Optional(Type.String({ maxLength: 40 })),
  industry: Type.Optional(Type.String({ maxLength: 20 })),
});
export type FollowUpQuery = Static<typeof FollowUpQuery>;
export const FollowUpList = Page(FollowUp);
export type FollowUpList = Static<typeof FollowUpList>;

// ─── 3·15 值班值守 (staff only) ──────────────────────────────────────────────────────────────

export const RosterDay = Type.Object({
  date: DateOnly,
  /** Who is on duty that day, e.g. "张科长（带班）". */
  staff: Type.Array(Type.String({ minLength: 1, maxLength: 30 }), { minItems: 1, maxItems: 10 }),
  phone: Type.Optional(Type.String({ pattern: '^[0-9-]{3,20}$' })),
});
export type RosterDay = Static<typeof RosterDay>;

export const RosterBody = Type.Object({
  days: Type.Array(RosterDay, { minItems: 1, maxItems: 31 }),
});
export type RosterBody = Static<typeof RosterBody>;

/** A complaint on the duty view: tracking number, business, status, deadline; nothing personal. */
export const DutyComplaint = Type.Object({
  id: Type.String(),
  trackingNo: Type.String(),
  merchantName: Type.String(),
  industry: Type.Optional(Type.String()),
  category: Type.String(),
  status: Type.String(),
  dueOn: DateOnly,
  /** A supervisor marked it 督办. */
  supervised: Type.Boolean(),
});
export type DutyComplaint = Static<typeof DutyComplaint>;

export const RisingItem = Type.Object({
  /** A business (merchantId set) or an industry. */
  merchantId: Type.Optional(Type.String()),
  name: Type.String(),
  last7: Type.Integer({ minimum: 0 }),
  previous7: Type.Integer({ minimum: 0 }),
});
export type RisingItem = Static<typeof RisingItem>;

export const DutyQuery = Type.Object({ date: Type.Optional(DateOnly) });
export type DutyQuery = Static<typeof DutyQuery>;

export const DutyView = Type.Object({
  date: DateOnly,
  /** The campaign week around the event date (profile), each day with who is on duty. */
  week: Type.Array(
    Type.Object({
      date: DateOnly,
      staff: Type.Array(Type.String()),
      phone: Type.Optional(Type.String()),
    }),
  ),
  /** Complaints submitted that day, by current status. */
  todayByStatus: Type.Array(Type.Object({ status: Type.String(), count: Type.Integer() })),
  /** Open complaints whose deadline falls within 2 working days (overdue first). */
  dueSoon: Type.Array(DutyComplaint),
  /** Rise of the last 7 days against the 7 before, top 5 each. */
  risingBusinesses: Type.Array(RisingItem),
  risingIndustries: Type.Array(RisingItem),
  /** Complaints under 督办. */
  supervised: Type.Array(
    Type.Composite([
      DutyComplaint,
      Type.Object({ supervisorName: Type.String(), note: Type.String(), since: Instant }),
    ]),
  ),
});
export type DutyView = Static<typeof DutyView>;

/** PUT /complaints/:id/supervision: a supervisor marks a complaint 督办 with a note. */
export const SupervisionBody = Type.Object({ note: Note });
export type SupervisionBody = Static<typeof SupervisionBody>;

export const Supervision = Type.Object({
  complaintId: Type.String(),
  supervisorId: Type.String(),
  supervisorName: Type.String(),
  note: Type.String(),
  since: Instant,
});
export type Supervision = Static<typeof Supervision>;

/** GET /complaints/:id/supervision: null when nobody supervises the complaint. */
export const SupervisionState = Type.Union([Supervision, Type.Null()]);
export type SupervisionState = Static<typeof SupervisionState>;
