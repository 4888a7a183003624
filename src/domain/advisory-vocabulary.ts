/**
 * Official 提示/警示 (advisories) as plain values, shared by the app and the server;
 * types/api/advisories.ts builds its schemas from them. The categories are also the consumer
 * tips' categories (county profile `advisories.categories`, these by default).
 */

export const ADVISORY_KINDS = ['提示', '警示'] as const;
export type AdvisoryKindName = (typeof ADVISORY_KINDS)[number];

/** The default categories of a county profile without its own list. */
export const DEFAULT_ADVISORY_CATEGORIES = [
  '食品',
  '预付式消费',
  '家电数码',
  '网购直播',
  '旅游出行',
  '教育培训',
  '医美健康',
  '老年人保健品',
  '农资',
  '汽车',
  '其他',
] as const;

/** draft → submitted → published (by another staff member) → unpublished (with a reason). */
export const ADVISORY_STATUSES = ['draft', 'submitted', 'published', 'unpublished'] as const;
export type AdvisoryStatusName = (typeof ADVISORY_STATUSES)[number];

export const ADVISORY_STATUS_LABELS: Record<AdvisoryStatusName, string> = {
  draft: '草稿',
  submitted: '待审核',
  published: '已发布',
  unpublished: '已撤下',
};

/** Call to action under an advisory. */
export const ADVISORY_ACTIONS = ['complaint', 'call-12315', 'quiz', 'tool'] as const;
export type AdvisoryActionName = (typeof ADVISORY_ACTIONS)[number];

/** Tools a call to action may open (工具箱). */
export const ADVISORY_TOOLS = ['barcode', 'sc-licence', 'credit-code'] as const;

export const ADVISORY_LIMITS = {
  title: { min: 4, max: 60 },
  /** The body in characters (code points) of markup. */
  body: { min: 10, max: 5000 },
  images: 6,
  season: { min: 1, max: 20 },
  legalBasis: 10,
  penaltyNo: { min: 4, max: 60 },
  /** Search text, as the merchant search: 1 or more characters. */
  query: { min: 1, max: 40 },
} as const;

/** Chinese numerals as articles use them: 第五十六条, 第十五条第一款第（四）项. */
const NUMERAL = '[零一二三四五六七八九十百千]+';
const ARTICLE = new RegExp(
  `^第${NUMERAL}条(?:之${NUMERAL})?(?:第${NUMERAL}款)?(?:第?[（(]?${NUMERAL}[）)]?项)?$`,
);
/** A law, regulation or rule by its name: 《》 optional, ending in what such names end with. */
const LAW =
  /^《?[\u4e00-\u9fa5（）()0-9A-Za-z·、]{2,40}(?:法|条例|办法|规定|规则|细则|决定|解释|通知)》?$/;

/** A legal reference: 《消费者权益保护法》第五十六条. */
export interface LegalReference {
  law: string;
  article: string;
}

/** What is wrong with a reference, in the editor's words; undefined when well formed. */
export function legalReferenceProblem(ref: LegalReference): string | undefined {
  if (!LAW.test(ref.law.trim())) return '法律名称格式不正确，如：消费者权益保护法';
  if (!ARTICLE.test(ref.article.trim())) return '条款格式不正确，如：第五十六条、第十五条第一款';
  return undefined;
}

/** The law's name without 《》. */
export const lawName = (law: string) => law.trim().replace(/^《|》$/g, '');

/** Laws whose texts ship with the project (../shared/reference/laws), offered by the editor. */
export const KNOWN_LAWS = [
  '消费者权益保护法',
  '消费者权益保护法实施条例',
  '市场监督管理投诉举报处理暂行办法',
  '侵害消费者权益行为处罚办法',
  '产品质量法',
  '价格法',
  '电子商务法',
  '食品安全法',
  '食品安全法实施条例',
  '家用汽车产品修理更换退货责任规定',
] as const;
