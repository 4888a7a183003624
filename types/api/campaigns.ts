import { Type, type Static } from '@sinclair/typebox';
import {
  CAMPAIGN_KEY_PATTERN,
  CAMPAIGN_LIMITS as LIMITS,
  CAMPAIGN_PHASES,
  CAMPAIGN_SOURCES,
  CAMPAIGN_STATUSES,
} from '../../src/domain/campaign-vocabulary';
import { REPORT_STATUSES } from '../../src/domain/report-vocabulary';
import { AdvisoryCard, LegalReference } from './advisories';
import { literals, Page, PagedQuery } from './common';
import { UploadLink } from './uploads';

export const CampaignStatus = literals(CAMPAIGN_STATUSES);
export type CampaignStatus = Static<typeof CampaignStatus>;
export const CampaignPhase = literals(CAMPAIGN_PHASES);
export type CampaignPhase = Static<typeof CampaignPhase>;
export const CampaignSource = literals(CAMPAIGN_SOURCES);
export type CampaignSource = Static<typeof CampaignSource>;

const text = (limit: { min: number; max: number }) =>
  Type.String({ minLength: limit.min, maxLength: limit.max });

/**
 * What defines a campaign, written by staff or given in the county profile. periodTo ≥ periodFrom,
 * at most CAMPAIGN_LIMITS.maxDays days; advisoryIds name published advisories (消费提示/警示).
 */
export const CampaignContent = Type.Object({
  name: text(LIMITS.name),
  periodFrom: Type.String({ format: 'date' }),
  periodTo: Type.String({ format: 'date' }),
  /** 牵头单位, e.g. 县市场监管局食品安全监管股. */
  leadUnit: text(LIMITS.leadUnit),
  /** 整治重点: what the campaign targets. */
  targets: text(LIMITS.targets),
  /** 可举报事项: what citizens can report, as short items. */
  reportable: Type.Array(text(LIMITS.reportable), {
    minItems: 1,
    maxItems: LIMITS.reportable.items,
    uniqueItems: true,
  }),
  legalBasis: Type.Array(LegalReference, { maxItems: LIMITS.legalBasis }),
  /** An upload id (purpose 'campaign', staff only); none: the app draws a banner. */
  cover: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
  advisoryIds: Type.Array(Type.String({ minLength: 1, maxLength: 40 }), {
    maxItems: LIMITS.advisories,
    uniqueItems: true,
  }),
});
export type CampaignContent = Static<typeof CampaignContent>;

/** A campaign in the county profile: seeded into the campaigns once (by key), then staff's. */
export const ProfileCampaign = Type.Composite([
  Type.Object({
    key: Type.String({ pattern: CAMPAIGN_KEY_PATTERN }),
    /** Profile campaigns are published when seeded unless this is false. */
    published: Type.Optional(Type.Boolean()),
  }),
  Type.Omit(CampaignContent, ['cover']),
]);
export type ProfileCampaign = Static<typeof ProfileCampaign>;

/** What the public sees in lists and on 首页. */
export const CampaignCard = Type.Object({
  id: Type.String(),
  name: Type.String(),
  periodFrom: Type.String({ format: 'date' }),
  periodTo: Type.String({ format: 'date' }),
  phase: CampaignPhase,
  leadUnit: Type.String(),
  /** The first line of the targets. */
  summary: Type.String(),
  reportable: Type.Array(Type.String()),
  /** Public: GET /campaigns/:id/cover. */
  cover: Type.Optional(UploadLink),
});
export type CampaignCard = Static<typeof CampaignCard>;

export const CampaignDetail = Type.Composite([
  CampaignCard,
  Type.Object({
    targets: Type.String(),
    legalBasis: Type.Array(LegalReference),
    /** The linked advisories that are published now (withdrawn ones are left out). */
    advisories: Type.Array(AdvisoryCard),
  }),
]);
export type CampaignDetail = Static<typeof CampaignDetail>;

/** GET /campaigns: published campaigns, active first, then upcoming, then ended (newest first). */
export const CampaignListQuery = PagedQuery({ phase: Type.Optional(CampaignPhase) });
export type CampaignListQuery = Static<typeof CampaignListQuery>;
export const CampaignList = Page(CampaignCard);
export type CampaignList = Static<typeof CampaignList>;

/** GET /campaigns/active: for 首页 and the report form's picker, in period order. */
export const ActiveCampaigns = Type.Object({ items: Type.Array(CampaignCard) });
export type ActiveCampaigns = Static<typeof ActiveCampaigns>;

/** What staff see and edit. */
export const StaffCampaign = Type.Object({
  id: Type.String(),
  key: Type.Optional(Type.String()),
  source: CampaignSource,
  status: CampaignStatus,
  phase: CampaignPhase,
  content: CampaignContent,
  cover: Type.Optional(UploadLink),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  /** Staff name (username or nickname); 县域配置 for profile campaigns. */
  createdByName: Type.String(),
  publishedAt: Type.Optional(Type.String({ format: 'date-time' })),
  withdrawnAt: Type.Optional(Type.String({ format: 'date-time' })),
  withdrawnReason: Type.Optional(Type.String()),
  /** Reports naming the campaign (any status). */
  reportCount: Type.Integer({ minimum: 0 }),
});
export type StaffCampaign = Static<typeof StaffCampaign>;

export const StaffCampaignQuery = PagedQuery({ status: Type.Optional(CampaignStatus) });
export type StaffCampaignQuery = Static<typeof StaffCampaignQuery>;
export const StaffCampaignList = Page(StaffCampaign);
export type StaffCampaignList = Static<typeof StaffCampaignList>;

export const CampaignCreated = Type.Object({ id: Type.String(), status: CampaignStatus });
export type CampaignCreated = Static<typeof CampaignCreated>;

/** publish: a draft (or a withdrawn one again); withdraw: with a reason, kept. */
export const CampaignTransitionBody = Type.Union([
  Type.Object({ action: Type.Literal('publish') }),
  Type.Object({ action: Type.Literal('withdraw'), reason: text(LIMITS.reason) }),
]);
export type CampaignTransitionBody = Static<typeof CampaignTransitionBody>;

/** A report's location on the staff map (only reports that gave one). */
export const CampaignReportPoint = Type.Object({
  reportId: Type.String(),
  reportNo: Type.String(),
  status: literals(REPORT_STATUSES),
  latitude: Type.Number(),
  longitude: Type.Number(),
  /** The place name the reporter chose or typed. */
  place: Type.String(),
  town: Type.Optional(Type.String()),
});
export type CampaignReportPoint = Static<typeof CampaignReportPoint>;

/** GET /campaigns/:id/stats (staff): reports received, by status, by town, on a map. */
export const CampaignStats = Type.Object({
  campaignId: Type.String(),
  total: Type.Integer({ minimum: 0 }),
  byStatus: Type.Array(
    Type.Object({ status: literals(REPORT_STATUSES), count: Type.Integer({ minimum: 0 }) }),
  ),
  /** Every profile town (zero included), then 未填写 for reports without one. */
  byTown: Type.Array(Type.Object({ town: Type.String(), count: Type.Integer({ minimum: 0 }) })),
  /** Past the decision deadline and still 待核查. */
  overdue: Type.Integer({ minimum: 0 }),
  /** At most 500, newest first. */
  points: Type.Array(CampaignReportPoint),
});
export type CampaignStats = Static<typeof CampaignStats>;
