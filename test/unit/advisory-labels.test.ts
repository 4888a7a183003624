import {
  actionLabel,
  advisoryCategories,
  referenceLabel,
  validityLabel,
} from '@/features/advisories/components/advisory-labels';
import { openingLines, posterBodyText } from '@/features/advisories/components/poster-layout';
import { DEFAULT_ADVISORY_CATEGORIES } from '@/domain/advisory-vocabulary';

describe('advisory labels', () => {
  test('the season and validity window in a few words', () => {
    expect(validityLabel({})).toBeUndefined();
    expect(validityLabel({ season: '开学季' })).toBe('开学季');
    expect(validityLabel({ validUntil: '2027-02-28' })).toBe('有效期至2027年2月28日');
    expect(validityLabel({ validFrom: '2027-01-20' })).toBe('2027年1月20日起');
    expect(
      validityLabel({ season: '春节', validFrom: '2027-01-20', validUntil: '2027-02-28' }),
    ).toBe('春节 · 2027年1月20日至2027年2月28日');
  });

  test('a legal reference gets its 《》 once, however the editor wrote the law', () => {
    expect(referenceLabel({ law: '消费者权益保护法', article: '第五十六条' })).toBe(
      '《消费者权益保护法》第五十六条',
    );
    expect(referenceLabel({ law: '《价格法》', article: ' 第十四条 ' })).toBe('《价格法》第十四条');
  });

  test('call to action texts use the county hotline', () => {
    expect(actionLabel({ kind: 'complaint' }, '12315')).toBe('我要投诉');
    expect(actionLabel({ kind: 'call-12315' }, '0851-12315')).toBe('拨打 0851-12315 投诉举报');
    expect(actionLabel({ kind: 'quiz', topic: '预付卡' }, '12315')).toBe('答题：预付卡');
    expect(actionLabel({ kind: 'tool', tool: 'barcode' }, '12315')).toBe('查商品条码');
  });

  test('categories: the profile list, else the defaults', () => {
    expect(advisoryCategories(undefined)).toEqual(DEFAULT_ADVISORY_CATEGORIES);
  });
});

describe('poster opening lines', () => {
  test('the body as poster text: bold unmarked, list items with · or their number', () => {
    expect(posterBodyText('注意**三点**：\n\n- 看证照\n- 留凭证\n\n1. 签合同\n2、少充值')).toBe(
      '注意三点：\n· 看证照\n· 留凭证\n1. 签合同\n2. 少充值',
    );
  });

  test('whole short paragraphs; cut with … when more text follows', () => {
    expect(openingLines('第一段\n\n第二段', 26, 504, 5)).toEqual(['第一段', '第二段']);
    expect(openingLines('第一段\n第二段\n第三段', 26, 504, 2)).toEqual(['第一段', '第二…']);
    const long = openingLines('字'.repeat(100), 26, 260, 3);
    expect(long).toHaveLength(3);
    expect(long[2].endsWith('…')).toBe(true);
  });
});
