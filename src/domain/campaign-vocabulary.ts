/**
 * 专项整治 (issue 16): the enforcement campaigns of the county plan (二) — 食品安全"守底线、查隐患、
 * 保安全", 制止餐饮浪费, 药品安全春风行动, 特种设备和产品质量安全, 铁拳行动, 农资打假 — as plain values
 * shared by the app and the server; types/api/campaigns.ts builds its schemas from them.
 */

/** draft (staff only) → published (public while in its period, and its page afterwards) → withdrawn. */
export const CAMPAIGN_STATUSES = ['draft', 'published', 'withdrawn'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];
export const CAMPAIGN_STATUS_LABELS = {
  draft: '草稿',
  published: '已发布',
  withdrawn: '已撤下',
} as const satisfies Record<CampaignStatus, string>;

/** Where a published campaign stands by its dates (Asia/Shanghai), computed at read time. */
export const CAMPAIGN_PHASES = ['upcoming', 'active', 'ended'] as const;
export type CampaignPhase = (typeof CAMPAIGN_PHASES)[number];
export const CAMPAIGN_PHASE_LABELS = {
  upcoming: '即将开始',
  active: '进行中',
  ended: '已结束',
} as const satisfies Record<CampaignPhase, string>;

/** Dates are 'YYYY-MM-DD' (compare as strings); the period includes both ends. */
export function campaignPhase(periodFrom: string, periodTo: string, today: string): CampaignPhase {
  if (today < periodFrom) return 'upcoming';
  return today > periodTo ? 'ended' : 'active';
}

/** Where a campaign was defined: the county profile's `campaigns` (seeded once) or a staff page. */
export const CAMPAIGN_SOURCES = ['profile', 'staff'] as const;

export const CAMPAIGN_LIMITS = {
  /** A profile campaign's key: lower-case letters, digits and '-'. */
  key: { min: 2, max: 40 },
  name: { min: 2, max: 40 },
  leadUnit: { min: 2, max: 60 },
  /** What the campaign targets (整治重点). */
  targets: { min: 10, max: 800 },
  /** What citizens can report: short items such as 过期食品, 无证经营. */
  reportable: { items: 12, min: 2, max: 40 },
  legalBasis: 8,
  /** Published advisories linked to the campaign. */
  advisories: 10,
  /** Longest period a campaign may run. */
  maxDays: 366,
  reason: { min: 2, max: 200 },
} as const;

export const CAMPAIGN_KEY_PATTERN = '^[a-z0-9][a-z0-9-]{1,39}$';
