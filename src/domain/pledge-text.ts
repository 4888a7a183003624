import type { OfflineReturnTerms } from '@api/pledges';
import { addCalendarDays } from './working-days';

/**
 * The one source of a pledge's words: the sign page previews them, the server stores and hashes
 * them, the certificate, labels and poster show them. Pure: the same terms always give the same
 * text, so the preview is byte for byte what is signed.
 *
 * Legal footing: an offline no-reason return is not a statutory duty. It binds the merchant
 * because they promise it (消费者权益保护法实施条例 第十二条: a promise made in a notice or
 * statement must be kept to the buyer). The statutory no-reason return (消费者权益保护法
 * 第二十五条 and the 实施条例 article that details it) covers distance sales only, so it is never
 * cited as the source of an offline duty; clause 三 is the merchant's own, voluntary wording.
 */

type Proof = OfflineReturnTerms['conditions']['proof'];
type RefundMethod = OfflineReturnTerms['refund']['method'];

/** Short labels (form chips, certificate rows, poster): the same proof the text promises. */
export const PLEDGE_PROOF_LABELS: Record<Proof, string> = {
  receipt: '购物小票或发票',
  'receipt-or-other': '小票、发票或支付记录等凭据',
};

const PROOF_TEXT: Record<Proof, string> = {
  receipt: '消费者凭购物小票或发票办理退货',
  'receipt-or-other': '消费者凭购物小票、发票或支付记录等其他能证明购买的凭据办理退货',
};

export const PLEDGE_REFUND_LABELS: Record<RefundMethod, string> = {
  original: '原路退回',
  'cash-or-original': '现金或原路退回',
};

const REFUND_TEXT: Record<RefundMethod, string> = {
  original: '按原支付方式',
  'cash-or-original': '按原支付方式或现金',
};

/** Days between a withdrawal being announced and taking effect, unless the county sets it. */
export const DEFAULT_WITHDRAWAL_NOTICE_DAYS = 7;

/** The earliest date a withdrawal announced on `today` may take effect. */
export function earliestWithdrawal(today: string, noticeDays: number): string {
  return addCalendarDays(today, noticeDays);
}

/** 'YYYY-MM-DD' → 'YYYY年M月D日'. */
export function chineseDate(date: string): string {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** The terms as stored and hashed: trimmed, blanks and duplicates dropped, contract keys only. */
export function normalisePledgeTerms(t: OfflineReturnTerms): OfflineReturnTerms {
  const uniq = (list: string[]) => [...new Set(list.map((s) => s.trim()).filter(Boolean))];
  return {
    windowDays: t.windowDays,
    scope:
      t.scope.kind === 'all'
        ? { kind: 'all' }
        : { kind: 'categories', categories: uniq(t.scope.categories) },
    excluded: uniq(t.excluded),
    conditions: { proof: t.conditions.proof },
    refund: { method: t.refund.method, withinDays: t.refund.withinDays },
    otherBranches: t.otherBranches,
    startsOn: t.startsOn,
  };
}

/** The offline no-reason-return pledge as it is signed (pass normalised terms). */
export function offlineReturnText(merchantName: string, terms: OfflineReturnTerms): string {
  const scope =
    terms.scope.kind === 'all'
      ? '本店销售的商品'
      : `本店销售的以下类别商品：${terms.scope.categories.join('、')}`;
  const lines = [
    '线下无理由退货承诺书',
    `${merchantName}郑重承诺：`,
    `一、自${chineseDate(terms.startsOn)}起，${scope}，消费者自购买之日起${terms.windowDays}日内可无理由退货。`,
    terms.excluded.length > 0
      ? `二、以下商品不适用无理由退货，本店将在销售时以显著方式标明并提示消费者确认：${terms.excluded.join('、')}。`
      : '二、本店承诺范围内的商品均适用无理由退货。',
    '三、退货商品应当完好。消费者为查验商品打开包装，或者为确认商品品质、功能进行合理调试而不影响商品原有品质、功能和外观的，不视为商品不完好。',
    `四、${PROOF_TEXT[terms.conditions.proof]}。`,
    `五、本店在收到退货之日起${terms.refund.withinDays}日内${REFUND_TEXT[terms.refund.method]}一次性退清货款。`,
    terms.otherBranches
      ? '六、消费者可在本店的其他门店办理退货。'
      : '六、退货请到购买商品的门店办理。',
    '本承诺系本店自愿作出，依照《中华人民共和国消费者权益保护法实施条例》第十二条，一经作出即对本店具有约束力；如需撤回或变更，将提前公示，撤回生效前已售商品仍按本承诺办理。',
  ];
  return lines.join('\n');
}

/** The county initiative: its title and text from the county profile, as published. */
export function initiativeText(initiative: { title: string; text: string }): string {
  return `${initiative.title}\n${initiative.text}`;
}

const scopeLabel = (terms: OfflineReturnTerms) =>
  terms.scope.kind === 'all' ? '全部商品' : terms.scope.categories.join('、');

/** "收到退货后7日内原路退回": the refund as the text promises it. */
export const refundLabel = (terms: OfflineReturnTerms) =>
  `收到退货后${terms.refund.withinDays}日内${PLEDGE_REFUND_LABELS[terms.refund.method]}`;

/** The key terms as short labelled lines (certificate and staff review). */
export function pledgeTermLines(terms: OfflineReturnTerms): { label: string; value: string }[] {
  return [
    { label: '退货期限', value: `购买之日起${terms.windowDays}日内` },
    { label: '适用范围', value: scopeLabel(terms) },
    { label: '不适用', value: terms.excluded.length ? terms.excluded.join('、') : '无' },
    { label: '购物凭证', value: PLEDGE_PROOF_LABELS[terms.conditions.proof] },
    { label: '退款', value: refundLabel(terms) },
    { label: '其他门店可退', value: terms.otherBranches ? '是' : '否' },
    { label: '开始日期', value: chineseDate(terms.startsOn) },
  ];
}

/** One line for lists: "15天无理由退货 · 全部商品 · 凭购物小票或发票 · 收到退货后7日内原路退回". */
export function pledgeTermsSummary(terms: OfflineReturnTerms): string {
  return [
    `${terms.windowDays}天无理由退货`,
    scopeLabel(terms),
    `凭${PLEDGE_PROOF_LABELS[terms.conditions.proof]}`,
    refundLabel(terms),
  ].join(' · ');
}
