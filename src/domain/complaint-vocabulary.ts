/**
 * The complaint vocabulary as plain values, shared by the app and the server: the mini-program
 * imports them without pulling TypeBox into its bundle, and types/api/complaints.ts builds its
 * schemas from them.
 */

export const COMPLAINT_CATEGORIES = [
  '商品质量',
  '价格',
  '虚假宣传',
  '售后服务',
  '合同',
  '食品安全',
  '预付卡',
  '其他',
] as const;

export const REQUEST_KINDS = ['退货', '换货', '维修', '退款', '赔偿', '其他'] as const;

/**
 * submitted → accepted | rejected; accepted → mediating; mediating → settled | terminated;
 * settled | terminated | rejected → closed; submitted | accepted | mediating → withdrawn.
 */
export const COMPLAINT_STATUSES = [
  'submitted',
  'accepted',
  'rejected',
  'mediating',
  'settled',
  'terminated',
  'closed',
  'withdrawn',
] as const;

/** 投诉举报处理暂行办法 第十五条 (一)–(六): why a complaint is not accepted (see refusal-reasons.ts). */
export { REJECT_REASONS } from './refusal-reasons';

/** 投诉举报处理暂行办法 第二十一条 (一)–(七): why mediation ends without agreement. */
export const TERMINATE_REASONS = {
  'withdrawn-or-self-settled': '投诉人撤回投诉或双方自行和解',
  'no-agreement-on-testing': '双方对检测鉴定机构或费用无法协商一致',
  'refused-to-mediate': '一方无正当理由不参加调解或被投诉人明确拒绝调解',
  'no-agreement': '经组织调解，一方明确表示无法达成调解协议',
  'deadline-passed': '调解期限内未能达成调解协议',
  'found-not-acceptable': '受理后发现存在第十五条规定的不予受理情形',
  other: '法律、法规、规章规定应当终止调解的其他情形',
} as const;
