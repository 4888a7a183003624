/**
 * Why a complaint is not accepted, and what the consumer can do instead: one table for the
 * server (the refusal it stores and sends) and the app (the staff dialog, the consumer's card).
 *
 * Grounds: 市场监督管理投诉举报处理暂行办法 第十五条 (一)–(六). The duty to tell the reason and
 * "其他解决争议的途径": 消费者权益保护法实施条例 第四十六条第二款. The routes themselves are those
 * of 消费者权益保护法 第三十九条, narrowed per ground: a route the ground itself closes (another
 * complaint of the same dispute, a court case already decided) is not offered, and arbitration
 * only with an arbitration agreement. Texts: /work/shared/reference/laws/ (full/ for the whole
 * 暂行办法 and 消费者权益保护法, the 实施条例 excerpt one folder up).
 */

/** 消费者权益保护法 第三十九条 (一)–(五), word for word, and the app's conditional variants. */
export const ROUTES = {
  negotiate: '与经营者协商和解',
  mediate: '请求消费者协会或者依法成立的其他调解组织调解',
  arbitrate: '根据与经营者达成的仲裁协议提请仲裁机构仲裁',
  sue: '向人民法院提起诉讼',
  /** 第十五条(一): the complaint goes to whoever has the power to handle it. */
  competentAuthority: '向对该事项有处理权限的行政部门投诉',
  /** 第十五条(二): the dispute is already with someone; no second complaint of the same kind. */
  followUp: '向已经受理或者处理该争议的机构了解办理进展和结果',
  /** 第十五条(二): only where no court or arbitration body has had the dispute. */
  sueIfNotJudged: '该争议未经人民法院、仲裁机构受理或者处理的，可以向人民法院提起诉讼',
  /** 第十五条(三): "cannot prove a dispute" is curable. */
  proveDispute: '能够证明与经营者存在消费者权益争议的，补充证明材料后可以重新投诉',
  /** 第十五条(五): materials of 第九条第一款 and 第十条. */
  resubmit: '补齐投诉人和被投诉人信息、投诉请求、事实依据等材料后，可以重新投诉',
} as const;

export interface RefusalReason {
  /** The item of 投诉举报处理暂行办法 第十五条, e.g. '（四）'. */
  item: string;
  /** The ground in the app's words (shown to staff and the consumer). */
  words: string;
  /** What the consumer can do instead, in the order shown (实施条例 第四十六条). */
  routes: readonly string[];
}

const R = ROUTES;

export const REFUSAL_REASONS = {
  'not-in-scope': {
    item: '（一）',
    words: '不属于市场监督管理部门职责或本机关无处理权限',
    routes: [R.competentAuthority, R.negotiate, R.mediate, R.arbitrate, R.sue],
  },
  'already-handled': {
    item: '（二）',
    words: '同一争议已由法院、仲裁机构、消费者协会等受理或处理',
    routes: [R.followUp, R.sueIfNotJudged],
  },
  'not-consumer-dispute': {
    item: '（三）',
    words: '非生活消费需要，或不能证明存在消费者权益争议',
    routes: [R.proveDispute, R.negotiate, R.arbitrate, R.sue],
  },
  'over-three-years': {
    item: '（四）',
    words: '知道或应当知道权益受侵害之日起已超过三年',
    routes: [R.negotiate, R.arbitrate, R.sue],
  },
  'missing-materials': {
    item: '（五）',
    words: '未提供第九条第一款和第十条规定的投诉材料',
    routes: [R.resubmit, R.negotiate, R.mediate, R.arbitrate, R.sue],
  },
  other: {
    item: '（六）',
    words: '法律、法规、规章规定不予受理的其他情形',
    routes: [R.negotiate, R.mediate, R.arbitrate, R.sue],
  },
} as const satisfies Record<string, RefusalReason>;

export type RefusalReasonKey = keyof typeof REFUSAL_REASONS;

/** Key → words, as the contract and the pickers use them. */
export const REJECT_REASONS = Object.fromEntries(
  Object.entries(REFUSAL_REASONS).map(([key, reason]) => [key, reason.words]),
) as { [K in RefusalReasonKey]: (typeof REFUSAL_REASONS)[K]['words'] };

/** '投诉举报处理暂行办法 第十五条（四）' for a reason key. */
export const refusalBasis = (key: RefusalReasonKey) =>
  `《市场监督管理投诉举报处理暂行办法》第十五条${REFUSAL_REASONS[key].item}`;

/** The other routes told to the consumer for a reason (实施条例 第四十六条). */
export const refusalRoutes = (key: RefusalReasonKey): string[] => [...REFUSAL_REASONS[key].routes];

/** The same date three years earlier ('YYYY-MM-DD'); 29 February falls back to the 28th. */
export function threeYearsBefore(date: string): string {
  const candidate = `${Number(date.slice(0, 4)) - 3}${date.slice(4)}`;
  return candidate.endsWith('-02-29') ? candidate.replace(/-29$/, '-28') : candidate;
}

/**
 * 第十五条(四): the three years run from when the consumer knew or should have known of the harm.
 * The discovery date when given, else the purchase date, more than three years before `receipt`
 * (the date the bureau received the complaint). Only the bureau decides; this only warns.
 */
export const pastThreeYears = (
  dates: { purchaseDate: string; discoveredOn?: string | null },
  receipt: string,
): boolean => (dates.discoveredOn ?? dates.purchaseDate) < threeYearsBefore(receipt);
