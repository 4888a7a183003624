import { Type, type Static } from '@sinclair/typebox';
import { MOBILE_PHONE_PATTERN } from '../../src/domain/contact-formats';
import {
  DECLINE_REASONS,
  PROGRESS_CODE_PATTERN,
  REPORT_LIMITS as LIMITS,
  REPORT_NO_PATTERN,
  REPORT_STATUSES,
  REPORTER_KINDS,
} from '../../src/domain/report-vocabulary';
import { literals, Page, PagedQuery } from './common';
import { UploadLink } from './uploads';

export const ReportStatus = literals(REPORT_STATUSES);
export type ReportStatus = Static<typeof ReportStatus>;
export const ReporterKind = literals(REPORTER_KINDS);
export type ReporterKind = Static<typeof ReporterKind>;
export const DeclineReason = literals(
  Object.keys(DECLINE_REASONS) as (keyof typeof DECLINE_REASONS)[],
);
export type DeclineReason = Static<typeof DeclineReason>;

const text = (limit: { min: number; max: number }) =>
  Type.String({ minLength: limit.min, maxLength: limit.max });

/**
 * 第三十三条: who reports. Anonymous: nothing about the reporter is kept (not even the account of a
 * signed-in caller); real-name: name and phone, encrypted at rest, and the caller must be signed in
 * so that the decision reaches them (消息 and subscribe message).
 */
export const Reporter = Type.Union([
  Type.Object({ kind: Type.Literal('anonymous') }),
  Type.Object({
    kind: Type.Literal('real-name'),
    name: text(LIMITS.name),
    phone: Type.String({ pattern: MOBILE_PHONE_PATTERN }),
  }),
]);
export type Reporter = Static<typeof Reporter>;

/** Who is reported: a registered merchant (its registry facts win), or a name and address. */
export const ReportedBusiness = Type.Object({
  merchantId: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
  name: text(LIMITS.businessName),
  address: text(LIMITS.businessAddress),
});
export type ReportedBusiness = Static<typeof ReportedBusiness>;

/** Where it was seen, when the reporter picked a point (wx.chooseLocation, or the browser's). */
export const ReportLocation = Type.Object({
  latitude: Type.Number({ minimum: -90, maximum: 90 }),
  longitude: Type.Number({ minimum: -180, maximum: 180 }),
  name: Type.Optional(Type.String({ maxLength: LIMITS.place.max })),
});
export type ReportLocation = Static<typeof ReportLocation>;

export const CreateReportBody = Type.Object({
  reporter: Reporter,
  business: ReportedBusiness,
  /** An active published campaign (optional). */
  campaignId: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
  /** What was seen. */
  description: text(LIMITS.description),
  /** When: a date not after today (and an optional HH:mm). */
  seenOn: Type.String({ format: 'date' }),
  seenTime: Type.Optional(Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' })),
  /** Where: the place as words (required) and a map point (optional). */
  place: text(LIMITS.place),
  /** 镇/街道 of the profile; from the registry when merchantId is given. */
  town: Type.Optional(Type.String({ minLength: 1, maxLength: 20 })),
  location: Type.Optional(ReportLocation),
  /** Upload ids (purpose 'report', from POST /reports/photos), up to 9. */
  photos: Type.Array(Type.String({ minLength: 1, maxLength: 40 }), {
    maxItems: LIMITS.photos,
    uniqueItems: true,
  }),
  /** Whether the reporter wants to hear the result (第三十二条), beyond the decision. */
  wantsReply: Type.Boolean(),
  /** The weapp subscribe-message consent was given (real-name only). */
  subscribed: Type.Optional(Type.Boolean()),
});
export type CreateReportBody = Static<typeof CreateReportBody>;

/** 201: the number and the progress code, shown this once (the server keeps only a hash). */
export const ReportCreated = Type.Object({
  id: Type.String(),
  reportNo: Type.String(),
  /** ABCD-EFGH. */
  code: Type.String(),
  /** The statutory decision date (15 working days, 第十八条). */
  decideBy: Type.String({ format: 'date' }),
});
export type ReportCreated = Static<typeof ReportCreated>;

/** POST /reports/progress: a wrong number and a wrong code get the same 404, rate-limited. */
export const ProgressQueryBody = Type.Object({
  reportNo: Type.String({ pattern: REPORT_NO_PATTERN }),
  code: Type.String({ pattern: PROGRESS_CODE_PATTERN }),
});
export type ProgressQueryBody = Static<typeof ProgressQueryBody>;

/** One step the reporter may see (no staff names, notes or reasons beyond what is listed). */
export const ReportStep = Type.Object({
  at: Type.String({ format: 'date-time' }),
  /** e.g. 已收到举报, 核查期限延长至4月20日, 已立案, 不予立案, 已移送县农业农村局, 已办结. */
  label: Type.String(),
});
export type ReportStep = Static<typeof ReportStep>;

/**
 * What the reporter (by number and code, or signed in as its real-name reporter) sees: never the
 * reporter's identity, never staff's internal notes or the malicious mark.
 */
export const ReportProgress = Type.Object({
  reportNo: Type.String(),
  status: ReportStatus,
  reporterKind: ReporterKind,
  businessName: Type.String(),
  campaignName: Type.Optional(Type.String()),
  receivedOn: Type.String({ format: 'date' }),
  decideBy: Type.String({ format: 'date' }),
  extended: Type.Boolean(),
  decidedOn: Type.Optional(Type.String({ format: 'date' })),
  /** 不予立案: the reason's label (DECLINE_REASONS). */
  declineReason: Type.Optional(Type.String()),
  /** 已移送: the authority, to whom the reporter may turn (第二十九条). */
  transferredTo: Type.Optional(Type.String()),
  /** 已合并: the report it is handled with (its number only). */
  mergedInto: Type.Optional(Type.String()),
  /** 已办结: the outcome as told to the reporter. */
  outcome: Type.Optional(Type.String()),
  steps: Type.Array(ReportStep),
});
export type ReportProgress = Static<typeof ReportProgress>;

/** 我的举报: a signed-in real-name reporter's own reports. */
export const MyReport = Type.Object({
  id: Type.String(),
  reportNo: Type.String(),
  status: ReportStatus,
  businessName: Type.String(),
  campaignName: Type.Optional(Type.String()),
  receivedOn: Type.String({ format: 'date' }),
  decideBy: Type.String({ format: 'date' }),
  updatedAt: Type.String({ format: 'date-time' }),
});
export type MyReport = Static<typeof MyReport>;
export const MyReportQuery = PagedQuery({});
export type MyReportQuery = Static<typeof MyReportQuery>;
export const MyReportList = Page(MyReport);
export type MyReportList = Static<typeof MyReportList>;

/** The staff queue: sorted by the decision deadline (earliest first), then by number. */
export const StaffReportQuery = PagedQuery({
  status: Type.Optional(ReportStatus),
  campaignId: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
  town: Type.Optional(Type.String({ minLength: 1, maxLength: 20 })),
  /** Only those past their decision deadline and still 待核查. */
  overdue: Type.Optional(Type.Boolean()),
  malicious: Type.Optional(Type.Boolean()),
  /** Number, business name or description contains it. */
  q: Type.Optional(Type.String({ minLength: LIMITS.query.min, maxLength: LIMITS.query.max })),
});
export type StaffReportQuery = Static<typeof StaffReportQuery>;

/** A queue row: no reporter identity (only the kind). */
export const StaffReportSummary = Type.Object({
  id: Type.String(),
  reportNo: Type.String(),
  status: ReportStatus,
  reporterKind: ReporterKind,
  businessName: Type.String(),
  merchantId: Type.Optional(Type.String()),
  town: Type.Optional(Type.String()),
  campaignId: Type.Optional(Type.String()),
  campaignName: Type.Optional(Type.String()),
  /** The first characters of the description. */
  summary: Type.String(),
  receivedOn: Type.String({ format: 'date' }),
  decideBy: Type.String({ format: 'date' }),
  /** Working days left to the deadline (negative: overdue); only while 待核查. */
  workingDaysLeft: Type.Optional(Type.Integer()),
  extended: Type.Boolean(),
  malicious: Type.Boolean(),
  photoCount: Type.Integer({ minimum: 0 }),
});
export type StaffReportSummary = Static<typeof StaffReportSummary>;
export const StaffReportList = Page(StaffReportSummary);
export type StaffReportList = Static<typeof StaffReportList>;

/** Staff's record of a step (audit_log, target_type 'report'). */
export const ReportHistoryEntry = Type.Object({
  at: Type.String({ format: 'date-time' }),
  action: Type.String(),
  /** Staff name; 举报人 for the submission. */
  by: Type.String(),
  note: Type.Optional(Type.String()),
});
export type ReportHistoryEntry = Static<typeof ReportHistoryEntry>;

/** GET /reports/:id/manage: everything but the reporter's identity (see ReporterIdentity). */
export const StaffReportDetail = Type.Composite([
  StaffReportSummary,
  Type.Object({
    description: Type.String(),
    businessAddress: Type.String(),
    seenOn: Type.String({ format: 'date' }),
    seenTime: Type.Optional(Type.String()),
    place: Type.String(),
    location: Type.Optional(ReportLocation),
    photos: Type.Array(UploadLink),
    wantsReply: Type.Boolean(),
    /** The WeChat text check said 'review': staff look before relying on the text. */
    contentFlagged: Type.Boolean(),
    extensionReason: Type.Optional(Type.String()),
    decidedOn: Type.Optional(Type.String({ format: 'date' })),
    declineReason: Type.Optional(DeclineReason),
    decisionNote: Type.Optional(Type.String()),
    transferredTo: Type.Optional(Type.String()),
    mergedInto: Type.Optional(Type.Object({ id: Type.String(), reportNo: Type.String() })),
    /** Reports merged into this one. */
    merged: Type.Array(Type.Object({ id: Type.String(), reportNo: Type.String() })),
    outcome: Type.Optional(Type.String()),
    maliciousReason: Type.Optional(Type.String()),
    /** Real-name only: when the reporter was told of the decision, and the statutory date. */
    reporterToldAt: Type.Optional(Type.String({ format: 'date-time' })),
    tellReporterBy: Type.Optional(Type.String({ format: 'date' })),
    /** Other reports about the same business in the last 30 days (to merge duplicates). */
    related: Type.Array(
      Type.Object({
        id: Type.String(),
        reportNo: Type.String(),
        status: ReportStatus,
        receivedOn: Type.String({ format: 'date' }),
        summary: Type.String(),
      }),
    ),
    /** Every step, including each read of the reporter's identity. */
    history: Type.Array(ReportHistoryEntry),
  }),
]);
export type StaffReportDetail = Static<typeof StaffReportDetail>;

/**
 * GET /reports/:id/reporter (staff): the decrypted identity; every read is written to audit_log
 * (who, when) and shows in the report's history. Anonymous: kind only.
 */
export const ReporterIdentity = Type.Object({
  kind: ReporterKind,
  name: Type.Optional(Type.String()),
  phone: Type.Optional(Type.String()),
});
export type ReporterIdentity = Static<typeof ReporterIdentity>;

/** POST /reports/:id/decisions: one step (REPORT_ACTIONS), answered with the detail as it is now. */
export const ReportDecisionBody = Type.Union([
  Type.Object({ action: Type.Literal('extend'), reason: text(LIMITS.note) }),
  Type.Object({ action: Type.Literal('open-case'), note: Type.Optional(text(LIMITS.note)) }),
  Type.Object({
    action: Type.Literal('decline'),
    reason: DeclineReason,
    note: Type.Optional(text(LIMITS.note)),
  }),
  Type.Object({
    action: Type.Literal('transfer'),
    /** The authority with the remit, e.g. 县农业农村局 (told to the reporter). */
    authority: text(LIMITS.authority),
    note: Type.Optional(text(LIMITS.note)),
  }),
  Type.Object({
    action: Type.Literal('merge'),
    /** The report this one duplicates (not merged itself). */
    intoReportId: Type.String({ minLength: 1, maxLength: 40 }),
  }),
  Type.Object({ action: Type.Literal('conclude'), outcome: text(LIMITS.outcome) }),
  Type.Object({ action: Type.Literal('mark-malicious'), reason: text(LIMITS.note) }),
]);
export type ReportDecisionBody = Static<typeof ReportDecisionBody>;
