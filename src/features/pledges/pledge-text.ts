import type { OfflineReturnTerms } from '@api/pledges';
import { day, PROOF_LABELS, REFUND_LABELS } from './labels';

/** 消费者权益保护法实施条例 第十九条: unpacking to inspect or reasonable trying does not void a return. */
export const ARTICLE_19 =
  '为检查商品而拆封、合理试用不影响退货（《消费者权益保护法实施条例》第十九条）';

function goods(terms: OfflineReturnTerms): string {
  const scope =
    terms.scope.kind === 'all'
      ? '顾客在本店线下购买的商品'
      : `顾客在本店线下购买的${terms.scope.categories.join('、')}类商品`;
  return terms.excluded.length > 0 ? `${scope}（${terms.excluded.join('、')}除外）` : scope;
}

const proof = (terms: OfflineReturnTerms) =>
  terms.conditions.proof === 'receipt' ? '凭购物小票办理' : '凭购物小票或其他购物凭证办理';

const refund = (terms: OfflineReturnTerms) =>
  terms.refund.method === 'original'
    ? `退款原路退回，${terms.refund.withinDays}日内到账`
    : `退款可选现金或原路退回，${terms.refund.withinDays}日内到账`;

/** The whole promise in plain language, as the merchant signs it and consumers read it. */
export function pledgeText(terms: OfflineReturnTerms): string {
  const parts = [
    `本店承诺：自${day(terms.startsOn)}起，${goods(terms)}，在商品完好的前提下，自购买之日起${terms.windowDays}日内可无理由退货`,
    ARTICLE_19,
    proof(terms),
    refund(terms),
  ];
  if (terms.otherBranches) parts.push('本店其他门店同样受理退货');
  return `${parts.join('；')}。`;
}

/** The key terms as short labelled lines (certificate and review). */
export function termLines(terms: OfflineReturnTerms): { label: string; value: string }[] {
  return [
    { label: '退货期限', value: `购买之日起${terms.windowDays}日内` },
    {
      label: '适用范围',
      value: terms.scope.kind === 'all' ? '全部商品' : terms.scope.categories.join('、'),
    },
    { label: '不适用', value: terms.excluded.length ? terms.excluded.join('、') : '无' },
    { label: '购物凭证', value: PROOF_LABELS[terms.conditions.proof] },
    {
      label: '退款方式',
      value: `${REFUND_LABELS[terms.refund.method]}，${terms.refund.withinDays}日内到账`,
    },
    { label: '其他门店可退', value: terms.otherBranches ? '是' : '否' },
    { label: '开始日期', value: day(terms.startsOn) },
  ];
}

/** One line for lists: "15天无理由退货 · 全部商品 · 原路退回7日内". */
export function termsSummary(terms: OfflineReturnTerms): string {
  const scope = terms.scope.kind === 'all' ? '全部商品' : terms.scope.categories.join('、');
  return `${terms.windowDays}天无理由退货 · ${scope} · ${REFUND_LABELS[terms.refund.method]}${terms.refund.withinDays}日内到账`;
}
