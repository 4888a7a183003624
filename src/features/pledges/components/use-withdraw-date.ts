import { useEffect, useState } from 'react';
import dayjs from 'dayjs';
import type { DecisionDate } from '@/components/decision-dialog';
import { day } from '../labels';

/** The date's problem, if any: a withdrawal takes effect on `earliest` or later. */
function effectiveOnError(value: string, earliest: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !dayjs(value).isValid()) return '请选择生效日期';
  if (value < earliest) return `最早自${day(earliest)}起生效`;
  return undefined;
}

/**
 * The date from which a withdrawn pledge stops holding, no earlier than `earliest`
 * ('YYYY-MM-DD': today + the county's notice period for a verified pledge), the default.
 * Undefined while there is no earliest date (nothing to ask).
 */
export function useWithdrawDate(
  earliest: string | undefined,
): (DecisionDate & { error?: string }) | undefined {
  const [effectiveOn, setEffectiveOn] = useState(earliest ?? '');
  // The earliest date arrives with the county profile: move a date that is now too early.
  useEffect(() => {
    if (earliest && (!effectiveOn || effectiveOn < earliest)) setEffectiveOn(earliest);
  }, [earliest, effectiveOn]);
  if (!earliest) return undefined;
  const value = effectiveOn || earliest;
  return {
    value,
    label: `自 ${day(value)} 起不再承诺`,
    title: '撤回生效日期',
    start: dayjs(earliest).toDate(),
    end: dayjs(earliest).add(1, 'year').toDate(),
    error: effectiveOnError(effectiveOn, earliest),
    onChange: setEffectiveOn,
  };
}
