import {
  pastThreeYears,
  REFUSAL_REASONS,
  REJECT_REASONS,
  refusalBasis,
  threeYearsBefore,
} from '@/domain/refusal-reasons';

describe('第十五条(四): three years, counted from the discovery date', () => {
  test('the same date three years earlier; 29 February falls back to the 28th', () => {
    expect(threeYearsBefore('2026-09-29')).toBe('2023-09-29');
    expect(threeYearsBefore('2028-02-29')).toBe('2025-02-28');
  });

  test('the discovery date decides when given; the purchase date otherwise', () => {
    expect(pastThreeYears({ purchaseDate: '2023-09-29' }, '2026-09-29')).toBe(false);
    expect(pastThreeYears({ purchaseDate: '2023-09-28' }, '2026-09-29')).toBe(true);
    expect(
      pastThreeYears({ purchaseDate: '2020-01-01', discoveredOn: '2026-01-01' }, '2026-09-29'),
    ).toBe(false);
    expect(pastThreeYears({ purchaseDate: '2020-01-01', discoveredOn: null }, '2026-09-29')).toBe(
      true,
    );
  });
});

test('one table: the words the contract uses, the item each ground cites', () => {
  expect(Object.keys(REJECT_REASONS)).toEqual(Object.keys(REFUSAL_REASONS));
  expect(REJECT_REASONS['over-three-years']).toBe(REFUSAL_REASONS['over-three-years'].words);
  expect(refusalBasis('over-three-years')).toBe(
    '《市场监督管理投诉举报处理暂行办法》第十五条（四）',
  );
  for (const reason of Object.values(REFUSAL_REASONS))
    expect(reason.routes.length).toBeGreaterThan(0);
});
