/**
 * 投诉信息公示 (issue 15) as plain values shared by the app and the server; types/api/disclosure.ts
 * builds its schemas from them. Legal footing: 投诉举报处理暂行办法 第三十四条 (publish complaint
 * information), 第三十五条 (secrets and privacy stay out), 实施条例 第二十九条、第三十八条, 个人信息保护法
 * 第二十五条 (personal information is not made public): a disclosure carries no personal field.
 */

/**
 * A batch's life: draft (computed, staff review and exclude rows) → notice (the businesses
 * concerned are told and may object or add a statement until the objection deadline) → submitted
 * (for approval) → published (by a second staff member) → withdrawn (with a public reason), or
 * superseded when a correction (a new version of the same series) is published.
 */
export const DISCLOSURE_STATUSES = [
  'draft',
  'notice',
  'submitted',
  'published',
  'superseded',
  'withdrawn',
] as const;

export const DISCLOSURE_STATUS_LABELS = {
  draft: '草稿',
  notice: '异议期',
  submitted: '待审批',
  published: '已公示',
  superseded: '已更正',
  withdrawn: '已撤回',
} as const satisfies Record<(typeof DISCLOSURE_STATUSES)[number], string>;

/** A batch covers a period (季度、月度) or a theme (3·15 专题), always with from–to dates. */
export const DISCLOSURE_KINDS = ['period', 'topic'] as const;

/** How a published complaint ended. */
export const DISCLOSURE_OUTCOMES = ['settled', 'terminated', 'withdrawn'] as const;
export const DISCLOSURE_OUTCOME_LABELS = {
  settled: '调解成功',
  terminated: '终止调解',
  withdrawn: '投诉人撤回',
} as const satisfies Record<(typeof DISCLOSURE_OUTCOMES)[number], string>;

/**
 * Why a candidate complaint is not published. The first five are decided by the server when the
 * batch is computed; the rest are staff's choice (a fixed list, with a note) or follow an upheld
 * objection.
 */
export const EXCLUSION_REASONS = {
  'not-accepted': '不予受理（投诉举报处理暂行办法第十五条）',
  'withdrawn-before-acceptance': '受理前撤回',
  open: '尚未办结',
  'too-recent': '办结未满公示等待期',
  'no-registered-business': '未关联已登记经营者',
  duplicate: '重复投诉',
  malicious: '恶意投诉',
  'secret-or-privacy': '涉及国家秘密、商业秘密或个人隐私（第三十五条）',
  'objection-upheld': '经营者异议成立',
} as const;
export type ExclusionReason = keyof typeof EXCLUSION_REASONS;

/** The reasons computed by the server, which staff cannot lift. */
export const AUTOMATIC_EXCLUSIONS = [
  'not-accepted',
  'withdrawn-before-acceptance',
  'open',
  'too-recent',
  'no-registered-business',
] as const satisfies readonly ExclusionReason[];

/** The reasons staff may choose when excluding a row by hand. */
export const STAFF_EXCLUSIONS = [
  'duplicate',
  'malicious',
  'secret-or-privacy',
] as const satisfies readonly ExclusionReason[];

/** A business's answer to one row: an objection (the row is wrong) or a statement (说明). */
export const RESPONSE_KINDS = ['objection', 'statement'] as const;
export const RESPONSE_KIND_LABELS = { objection: '异议', statement: '情况说明' } as const;

/**
 * Staff's decision on a response. upheld: the row is excluded, or corrected (its outcome), or its
 * statement is published with it; refused: with a reason told to the business.
 */
export const RESPONSE_DECISIONS = ['upheld', 'refused'] as const;
export const UPHELD_REMEDIES = ['exclude', 'correct', 'publish-statement'] as const;

/** 跟进 after a disclosure (staff only). */
export const FOLLOW_UP_TYPES = ['重点监管', '行政指导', '约谈'] as const;
export const FOLLOW_UP_STATUSES = ['open', 'done'] as const;

export const DISCLOSURE_LIMITS = {
  title: { min: 4, max: 40 },
  /** A business's statement or objection (shown publicly once upheld). */
  response: { min: 10, max: 300 },
  /** Staff's note on an exclusion, a correction or a follow-up. */
  note: { min: 2, max: 500 },
  followUpOutcome: { max: 500 },
  handledBy: { min: 2, max: 60 },
  attachments: 6,
  /** The longest period one batch may cover. */
  periodDays: 366,
} as const;

/** Defaults of the profile's `disclosure` settings (types/api/region.ts DisclosureSettings). */
export const DISCLOSURE_DEFAULTS = {
  /** Working days a business has to object or add a statement after it is told. */
  objectionWorkingDays: 5,
  /** Days after a complaint ends before it may be published. */
  publishDelayDays: 15,
  /** A business is ranked (and its rows shown) only from this many published complaints. */
  minComplaintsPerBusiness: 3,
  /** Follow-up flags: a business with at least this many complaints in a batch … */
  businessComplaints: 5,
  /** … or at least minComplaintsPerBusiness and a settlement rate below this percentage. */
  businessSettlementRateBelow: 60,
  /** An industry with at least this many complaints in a batch. */
  industryComplaints: 20,
} as const;

/**
 * A sole trader (个体工商户) may be registered under the owner's own name: such a name is never
 * published. A name of two to four Chinese characters without a business word is taken for a
 * person's name (the cautious reading: "李记" is withheld too); the credit code still names the
 * business.
 */
const PERSONAL_NAME_LIKE = /^[\u4e00-\u9fa5·]{2,4}$/;
const SHOP_WORD = /店|馆|超市|公司|工作室|中心|厂|铺|坊|部|社|行$/;
export const WITHHELD_NAME = '个体工商户（字号不公示）';

export function publicBusinessName(type: string, registeredName: string): string {
  if (type !== '个体工商户') return registeredName;
  const personLike = PERSONAL_NAME_LIKE.test(registeredName) && !SHOP_WORD.test(registeredName);
  return personLike ? WITHHELD_NAME : registeredName;
}
