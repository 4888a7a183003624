import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { OfflineReturnTerms } from '@api/pledges';
import {
  PLEDGE_PROOF_LABELS,
  chineseDate,
  earliestWithdrawal,
  normalisePledgeTerms,
  offlineReturnText,
  pledgeTermLines,
  pledgeTermsSummary,
} from '@/domain/pledge-text';

const terms = (extra: Partial<OfflineReturnTerms> = {}): OfflineReturnTerms => ({
  windowDays: 15,
  scope: { kind: 'all' },
  excluded: ['定制商品'],
  conditions: { proof: 'receipt' },
  refund: { method: 'original', withinDays: 7 },
  otherBranches: false,
  startsOn: '2027-03-15',
  ...extra,
});

describe('offlineReturnText', () => {
  it('states the duties the merchant takes on, and why they bind (实施条例 第十二条)', () => {
    const text = offlineReturnText('青山百货', terms());
    expect(text.split('\n')[1]).toBe('青山百货郑重承诺：');
    expect(text).toContain('自2027年3月15日起');
    expect(text).toContain('购买之日起15日内可无理由退货');
    expect(text).toContain('以显著方式标明并提示消费者确认：定制商品');
    expect(text).toContain('收到退货之日起7日内按原支付方式一次性退清货款');
    expect(text).toContain('将提前公示');
    expect(text).toContain('第十二条');
    // 第十九条 is about distance sales: never the source of an offline duty.
    expect(text).not.toContain('第十九条');
  });

  it.each([
    ['receipt', '购物小票或发票'],
    ['receipt-or-other', '支付记录'],
  ] as const)('proof %s: text, label and summary promise the same proof', (proof, words) => {
    const t = terms({ conditions: { proof } });
    expect(offlineReturnText('店', t)).toContain(words);
    expect(PLEDGE_PROOF_LABELS[proof]).toContain(words);
    expect(pledgeTermsSummary(t)).toContain(words);
    expect(pledgeTermLines(t).find((l) => l.label === '购物凭证')?.value).toContain(words);
    expect(PLEDGE_PROOF_LABELS[proof]).not.toContain('仅凭');
  });

  it('the refund label counts from receipt of the return, as the text does', () => {
    const lines = pledgeTermLines(terms({ refund: { method: 'cash-or-original', withinDays: 3 } }));
    expect(lines.find((l) => l.label === '退款')?.value).toBe('收到退货后3日内现金或原路退回');
  });
});

describe('normalisePledgeTerms', () => {
  it('trims, drops blanks and duplicates, keeps only contract keys', () => {
    const raw = {
      ...terms({
        excluded: [' 定制商品 ', '定制商品', '', '食品'],
        scope: { kind: 'categories', categories: ['家电', ' 家电'] },
      }),
      extra: 1,
    } as OfflineReturnTerms;
    const n = normalisePledgeTerms(raw);
    expect(n.excluded).toEqual(['定制商品', '食品']);
    expect(n.scope).toEqual({ kind: 'categories', categories: ['家电'] });
    expect(Object.keys(n)).not.toContain('extra');
  });
});

describe('dates', () => {
  it('chineseDate and the earliest withdrawal date', () => {
    expect(chineseDate('2027-01-05')).toBe('2027年1月5日');
    expect(earliestWithdrawal('2027-12-28', 7)).toBe('2028-01-04');
  });
});

/** Every file of the pledge feature, client and server, and the merchant page's pledge section. */
function pledgeSources(): string[] {
  const roots = [
    'src/features/pledges',
    'server/src/features/pledges',
    'src/domain/pledge-text.ts',
    'src/features/merchants/pages/detail/components/pledge-section.tsx',
  ];
  const files: string[] = [];
  const walk = (path: string) => {
    if (statSync(path).isDirectory()) readdirSync(path).forEach((f) => walk(join(path, f)));
    else files.push(path);
  };
  roots.map((root) => join(__dirname, '../..', root)).forEach(walk);
  return files;
}

it('no pledge source cites 第十九条 or promises "仅凭购物小票"', () => {
  const files = pledgeSources();
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    expect({ file, cites19: text.includes('第十九条') }).toEqual({ file, cites19: false });
    expect({ file, receiptOnly: text.includes('仅凭') }).toEqual({ file, receiptOnly: false });
  }
});
