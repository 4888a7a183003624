import { Type, type Static } from '@sinclair/typebox';
import { ProfileCampaign } from './campaigns';

export const Hotline = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 40 }),
  number: Type.String({ pattern: '^[0-9-]{3,20}$' }),
  hours: Type.Optional(Type.String({ maxLength: 40 })),
});
export type Hotline = Static<typeof Hotline>;

export const ScheduleItem = Type.Object({
  time: Type.String({ pattern: '^\\d{2}:\\d{2}(-\\d{2}:\\d{2})?$' }),
  title: Type.String({ minLength: 1, maxLength: 60 }),
  place: Type.Optional(Type.String({ maxLength: 60 })),
});
export type ScheduleItem = Static<typeof ScheduleItem>;

export const CampaignEvent = Type.Object({
  title: Type.String({ minLength: 1, maxLength: 60 }),
  date: Type.String({ format: 'date' }),
  place: Type.String({ minLength: 1, maxLength: 80 }),
  schedule: Type.Array(ScheduleItem, { maxItems: 30 }),
});
export type CampaignEvent = Static<typeof CampaignEvent>;

/**
 * The legal maxima a county may shorten but never lengthen (shared/reference/laws): accept or
 * refuse within 7 working days (投诉举报处理暂行办法 第十四条, 实施条例 第四十六条); mediation done
 * within 60 days of acceptance (实施条例 第四十六条); a termination told within 7 working days
 * (投诉举报处理暂行办法 第二十一条).
 */
export const LEGAL_MAX_DEADLINES = {
  acceptWorkingDays: 7,
  mediationDays: 60,
  terminationNoticeWorkingDays: 7,
} as const;

/** Legal deadlines, capped at LEGAL_MAX_DEADLINES: a county may only be faster. */
export const Deadlines = Type.Object({
  acceptWorkingDays: Type.Integer({ minimum: 1, maximum: LEGAL_MAX_DEADLINES.acceptWorkingDays }),
  mediationDays: Type.Integer({ minimum: 1, maximum: LEGAL_MAX_DEADLINES.mediationDays }),
  terminationNoticeWorkingDays: Type.Integer({
    minimum: 1,
    maximum: LEGAL_MAX_DEADLINES.terminationNoticeWorkingDays,
  }),
  /** 12315 practice, no statutory maximum. */
  merchantSettlementWorkingDays: Type.Integer({ minimum: 1, maximum: 30 }),
});
export type Deadlines = Static<typeof Deadlines>;

/** A model-unit category (放心消费示范单位类别), with examples shown to applicants. */
export const ModelUnitCategory = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 20 }),
  examples: Type.Array(Type.String({ minLength: 1, maxLength: 20 }), { maxItems: 10 }),
});
export type ModelUnitCategory = Static<typeof ModelUnitCategory>;

/** 识假辨假 quiz rules; every field has a default (see server/src/features/quiz/settings.ts). */
export const QuizSettings = Type.Object({
  /** Countdown per paper, enforced by the server (default 300). */
  paperSeconds: Type.Optional(Type.Integer({ minimum: 60, maximum: 1800 })),
  /** Papers a user may draw per Asia/Shanghai day (default 3). */
  dailyPapers: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })),
  /** The campaign window of the "this event" leaderboard (default: the event's month). */
  campaign: Type.Optional(
    Type.Object({ from: Type.String({ format: 'date' }), to: Type.String({ format: 'date' }) }),
  ),
});
export type QuizSettings = Static<typeof QuizSettings>;

/**
 * Upload quotas per user and Asia/Shanghai day (uploads of every purpose together; staff get ten
 * times as much). Every field has a default: see server/src/features/uploads/quota.ts.
 */
export const UploadSettings = Type.Object({
  /** Images a user may upload per day (default 40). */
  perUserPerDay: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
  /** Bytes a user may store per day, counted after re-encoding (default 100 MB). */
  perUserBytesPerDay: Type.Optional(
    Type.Integer({ minimum: 1024 * 1024, maximum: 10 * 1024 * 1024 * 1024 }),
  ),
});
export type UploadSettings = Static<typeof UploadSettings>;

/** Pledge rules of the county; every field has a default. */
export const PledgeSettings = Type.Object({
  /**
   * Days between a merchant announcing the withdrawal of a verified pledge and it taking effect
   * (default 7): the signed text promises advance notice (将提前公示).
   */
  withdrawalNoticeDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 90 })),
});
export type PledgeSettings = Static<typeof PledgeSettings>;

/** Consumer tips (消费小贴士) rules; every field has a default (server/src/features/tips/tips-rules.ts). */
export const TipSettings = Type.Object({
  /** Tips a user may submit per Asia/Shanghai day (default 3). */
  perUserPerDay: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })),
});
export type TipSettings = Static<typeof TipSettings>;

/**
 * Official advisories (提示/警示) and consumer tips: their categories (default
 * DEFAULT_ADVISORY_CATEGORIES) and the member units (成员单位) that may issue an advisory besides
 * the profile's bureau and council.
 */
export const AdvisorySettings = Type.Object({
  categories: Type.Optional(
    Type.Array(Type.String({ minLength: 1, maxLength: 20 }), {
      minItems: 1,
      maxItems: 30,
      uniqueItems: true,
    }),
  ),
  memberUnits: Type.Optional(
    Type.Array(Type.String({ minLength: 1, maxLength: 60 }), { maxItems: 40, uniqueItems: true }),
  ),
});
export type AdvisorySettings = Static<typeof AdvisorySettings>;

/**
 * 投诉信息公示 (issue 15) rules; every field has a default (DISCLOSURE_DEFAULTS in
 * src/domain/disclosure-vocabulary.ts). `duty` is the 3·15 week's roster until staff edit it.
 */
export const DisclosureSettings = Type.Object({
  objectionWorkingDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 20 })),
  publishDelayDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 180 })),
  minComplaintsPerBusiness: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  businessComplaints: Type.Optional(Type.Integer({ minimum: 1, maximum: 10000 })),
  businessSettlementRateBelow: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  industryComplaints: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000 })),
  duty: Type.Optional(
    Type.Array(
      Type.Object({
        date: Type.String({ format: 'date' }),
        staff: Type.Array(Type.String({ minLength: 1, maxLength: 30 }), {
          minItems: 1,
          maxItems: 10,
        }),
        phone: Type.Optional(Type.String({ pattern: '^[0-9-]{3,20}$' })),
      }),
      { maxItems: 31 },
    ),
  ),
});
export type DisclosureSettings = Static<typeof DisclosureSettings>;

/**
 * 举报 (issue 16) abuse limits; each defaults to REPORT_RATE_DEFAULTS
 * (src/domain/report-vocabulary.ts) and may only be lowered.
 */
export const ReportSettings = Type.Object({
  reportsPerIpPerHour: Type.Optional(Type.Integer({ minimum: 1, maximum: 10 })),
  photosPerIpPerHour: Type.Optional(Type.Integer({ minimum: 9, maximum: 60 })),
  reportsPerUserPerDay: Type.Optional(Type.Integer({ minimum: 1, maximum: 5 })),
  progressChecksPerIpPerMinute: Type.Optional(Type.Integer({ minimum: 1, maximum: 10 })),
});
export type ReportSettings = Static<typeof ReportSettings>;

/** The county profile: everything that makes one county's deployment its own. */
export const Region = Type.Object({
  county: Type.String({ minLength: 1, maxLength: 40 }),
  city: Type.String({ maxLength: 40 }),
  province: Type.String({ maxLength: 40 }),
  bureau: Type.String({ minLength: 1, maxLength: 60 }),
  council: Type.String({ minLength: 1, maxLength: 60 }),
  hotlines: Type.Array(Hotline, { minItems: 1, maxItems: 10 }),
  theme: Type.Object({
    year: Type.Integer({ minimum: 2000, maximum: 2100 }),
    title: Type.String({ minLength: 1, maxLength: 40 }),
    slogan: Type.String({ maxLength: 80 }),
  }),
  event: CampaignEvent,
  quiz: Type.Optional(QuizSettings),
  uploads: Type.Optional(UploadSettings),
  pledges: Type.Optional(PledgeSettings),
  tips: Type.Optional(TipSettings),
  advisories: Type.Optional(AdvisorySettings),
  disclosure: Type.Optional(DisclosureSettings),
  /** 专项整治 of the county plan, seeded into the campaigns once each (by key); staff edit them there. */
  campaigns: Type.Optional(Type.Array(ProfileCampaign, { maxItems: 30 })),
  reports: Type.Optional(ReportSettings),
  deadlines: Deadlines,
  initiative: Type.Object({
    title: Type.String({ minLength: 1, maxLength: 40 }),
    text: Type.String({ minLength: 1, maxLength: 4000 }),
  }),
  /** 镇/街道 of the county, in display order. */
  towns: Type.Array(Type.String({ minLength: 1, maxLength: 20 }), { minItems: 1, maxItems: 60 }),
  /** Industries a merchant can choose from. */
  industries: Type.Array(Type.String({ minLength: 1, maxLength: 20 }), {
    minItems: 1,
    maxItems: 60,
  }),
  modelUnit: Type.Object({
    categories: Type.Array(ModelUnitCategory, { minItems: 1, maxItems: 20 }),
    /** The self-assessment checklist an applicant ticks. */
    checklist: Type.Array(Type.String({ minLength: 1, maxLength: 60 }), {
      minItems: 1,
      maxItems: 30,
    }),
  }),
});
export type Region = Static<typeof Region>;
