/**
 * Consumer tips (消费小贴士) as plain values, shared by the app and the server; types/api/tips.ts
 * builds its schemas from them. Categories are the advisories' (county profile).
 */

export const TIP_LIMITS = {
  title: { min: 4, max: 40 },
  /** The body in characters (code points), trimmed. */
  body: { min: 10, max: 500 },
  photos: 3,
  /** Search text, as the merchant search: 1 or more characters. */
  query: { min: 1, max: 40 },
  note: { max: 200 },
} as const;

/** Tips a user may submit per Asia/Shanghai day when the county profile says nothing. */
export const DEFAULT_TIPS_PER_DAY = 3;

/**
 * pending: waiting for staff (after WeChat's check passed or asked for review);
 * published: public; rejected: by staff, with a reason; hidden: taken down by staff after a
 * report; withdrawn: by its author.
 */
export const TIP_STATUSES = ['pending', 'published', 'rejected', 'hidden', 'withdrawn'] as const;
export type TipStatusName = (typeof TIP_STATUSES)[number];

export const TIP_STATUS_LABELS: Record<TipStatusName, string> = {
  pending: '审核中',
  published: '已发布',
  rejected: '未通过',
  hidden: '已屏蔽',
  withdrawn: '已撤回',
};

/** Why staff reject a tip (the fixed list the author is told). */
export const TIP_REJECT_REASONS = [
  '内容与消费无关',
  '信息不实或无法核实',
  '含广告或推广',
  '含他人个人信息',
  '含不文明用语',
  '重复投稿',
  '其他不适宜公开的内容',
] as const;
export type TipRejectReason = (typeof TIP_REJECT_REASONS)[number];

/** 不当内容: why a reader reports a published tip. */
export const TIP_REPORT_REASONS = [
  '虚假信息',
  '广告推广',
  '侵犯他人隐私',
  '低俗辱骂',
  '违法违规',
  '其他',
] as const;
export type TipReportReason = (typeof TIP_REPORT_REASONS)[number];

/** What WeChat's check said about a pending tip ('unchecked': WeChat could not be reached). */
export const TIP_SEC_CHECKS = ['pass', 'review', 'unchecked'] as const;

/**
 * The text two tips are compared by for duplicates: NFKC, no whitespace or punctuation, lower
 * case — "同一段话" with other spacing or full-width marks is the same text.
 */
export function normaliseTipBody(body: string): string {
  return body
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}
