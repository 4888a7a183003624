import dayjs, { type Dayjs } from 'dayjs';

export { MODEL_UNIT_LEVELS as LEVELS } from '@/domain/model-unit-vocabulary';

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
