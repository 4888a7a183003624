import { isIsoDate } from './iso-date';
import { threeYearsBefore } from './refusal-reasons';

/**
 * The purchase-date window of a complaint, one rule and one wording for the form and the
 * server: the purchase not after today; the discovery date (第十五条(四) counts three years from
 * when the consumer knew of the harm) not after today, not before the purchase, and required
 * when the purchase is over three years old. Only the bureau refuses an old complaint.
 */

/** A purchase more than three years before `today`: the discovery date is then required. */
export const purchaseOverThreeYears = (purchaseDate: string, today: string) =>
  isIsoDate(purchaseDate) && purchaseDate < threeYearsBefore(today);

export interface ComplaintDates {
  purchaseDate: string;
  /** '' or absent: not given. */
  discoveredOn?: string;
}

/** The problems of the two dates, by field; `today` is the Asia/Shanghai date. */
export function complaintDateErrors(
  { purchaseDate, discoveredOn }: ComplaintDates,
  today: string,
): { purchaseDate?: string; discoveredOn?: string } {
  const errors: { purchaseDate?: string; discoveredOn?: string } = {};
  if (!isIsoDate(purchaseDate)) errors.purchaseDate = '日期格式不正确';
  else if (purchaseDate > today) errors.purchaseDate = '消费日期不能晚于今天';

  if (!discoveredOn) {
    if (purchaseOverThreeYears(purchaseDate, today)) {
      errors.discoveredOn = '消费已超过三年，请选择发现问题的日期';
    }
  } else if (!isIsoDate(discoveredOn)) errors.discoveredOn = '日期格式不正确';
  else if (discoveredOn > today) errors.discoveredOn = '发现问题的日期不能晚于今天';
  else if (purchaseDate && discoveredOn < purchaseDate) {
    errors.discoveredOn = '发现问题的日期不能早于消费日期';
  }
  return errors;
}
