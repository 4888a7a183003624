import dayjs, { type Dayjs } from 'dayjs';
import type { ModelUnitLevel } from '@api/model-units';

export const LEVELS: readonly ModelUnitLevel[] = ['县级', '市级', '省级'];

/** A title is valid for a year unless staff say otherwise. */
export const defaultValidUntil = (today: Dayjs = dayjs()) =>
  today.add(1, 'year').format('YYYY-MM-DD');

/** ReviewApplicationBody.validUntil: a real date, after today. */
export function validUntilError(value: string, today: Dayjs = dayjs()): string | undefined {
  const date = dayjs(value, 'YYYY-MM-DD');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !date.isValid()) return '请选择有效期';
  if (!date.isAfter(today, 'day')) return '有效期须晚于今天';
  return undefined;
}

/** DatePicker answers ['2027', '03', '14']; the API wants '2027-03-14'. */
export const pickedDate = (values: readonly (string | number | null)[]) =>
  values
    .slice(0, 3)
    .map((part, index) => String(part ?? '').padStart(index === 0 ? 4 : 2, '0'))
    .join('-');
