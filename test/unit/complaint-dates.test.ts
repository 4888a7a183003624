import { complaintDateErrors, purchaseOverThreeYears } from '@/domain/complaint-dates';
import { isIsoDate, pickedDate } from '@/domain/iso-date';

const TODAY = '2026-03-15';

describe('the purchase-date window: one rule, one wording for the form and the server', () => {
  test('a purchase today or earlier, without a discovery date, is fine', () => {
    expect(complaintDateErrors({ purchaseDate: TODAY }, TODAY)).toEqual({});
    expect(complaintDateErrors({ purchaseDate: '2023-03-15', discoveredOn: '' }, TODAY)).toEqual(
      {},
    );
  });

  test.each([
    [{ purchaseDate: '2026-03-16' }, { purchaseDate: '消费日期不能晚于今天' }],
    [{ purchaseDate: '2026-02-30' }, { purchaseDate: '日期格式不正确' }],
    [{ purchaseDate: '2023-03-14' }, { discoveredOn: '消费已超过三年，请选择发现问题的日期' }],
    [
      { purchaseDate: '2026-03-10', discoveredOn: '2026-03-16' },
      { discoveredOn: '发现问题的日期不能晚于今天' },
    ],
    [
      { purchaseDate: '2026-03-10', discoveredOn: '2026-03-09' },
      { discoveredOn: '发现问题的日期不能早于消费日期' },
    ],
  ])('%j → %j', (dates, errors) => {
    expect(complaintDateErrors(dates, TODAY)).toEqual(errors);
  });

  test('over three years counts to the day', () => {
    expect(purchaseOverThreeYears('2023-03-15', TODAY)).toBe(false);
    expect(purchaseOverThreeYears('2023-03-14', TODAY)).toBe(true);
    expect(purchaseOverThreeYears('', TODAY)).toBe(false);
  });
});

test('ISO dates are real calendar dates; picker values become one', () => {
  expect(isIsoDate('2028-02-29')).toBe(true);
  expect(isIsoDate('2027-02-29')).toBe(false);
  expect(isIsoDate('2027-3-1')).toBe(false);
  expect(pickedDate(['2027', '3', '4'])).toBe('2027-03-04');
});
