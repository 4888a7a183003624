import type { OfflineReturnTerms } from '@api/pledges';

/**
 * The plain-Chinese text a merchant signs. Pure (no Node, no database): the same terms always
 * give the same text, so the text can be regenerated and compared, and the mini-program's
 * preview (its own copy of these rules) shows exactly what will be signed.
 */

/** Goods commonly excluded from offline no-reason returns; the merchant may edit the list. */
export const DEFAULT_EXCLUDED: readonly string[] = [
  '定制商品',
  '鲜活易腐商品',
  '已拆封的音像制品、计算机软件',
  '贴身衣物',
  '食品',
];

const PROOF: Record<OfflineReturnTerms['conditions']['proof'], string> = {
  receipt: '消费者凭购物小票或发票办理退货',
  'receipt-or-other': '消费者凭购物小票、发票或支付记录等其他能证明购买的凭据办理退货',
};

const REFUND: Record<OfflineReturnTerms['refund']['method'], string> = {
  original: '按原支付方式',
  'cash-or-original': '按原支付方式或现金',
};

/** 'YYYY-MM-DD' → 'YYYY年M月D日'. */
export function chineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/**
 * The offline no-reason-return pledge. Its binding force: 实施条例 第十二条 (a promise made to
 * consumers in a notice or statement must be kept). The condition wording follows 第十九条:
 * opening the package to inspect the goods, or reasonable trial that leaves quality, function
 * and appearance unaffected, does not make the goods "not intact".
 */
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
    `四、${PROOF[terms.conditions.proof]}。`,
    `五、本店在收到退货之日起${terms.refund.withinDays}日内${REFUND[terms.refund.method]}一次性退清货款。`,
    terms.otherBranches
      ? '六、消费者可在本店的其他门店办理退货。'
      : '六、退货请到购买商品的门店办理。',
    '本承诺一经作出即对本店具有约束力；如需撤回或变更，将提前公示，撤回前已售商品仍按本承诺办理。',
  ];
  return lines.join('\n');
}

/** The county initiative: its title and text from the county profile, as published. */
export function initiativeText(initiative: { title: string; text: string }): string {
  return `${initiative.title}\n${initiative.text}`;
}
