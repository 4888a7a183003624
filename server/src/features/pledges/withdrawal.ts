import type { Kysely } from 'kysely';
import {
  DEFAULT_WITHDRAWAL_NOTICE_DAYS,
  chineseDate,
  earliestWithdrawal,
} from '@/domain/pledge-text';
import type { Database } from '../../db/schema';
import { validationFailed } from '../merchants/errors';
import { getRegion } from '../region/region-service';
import type { PledgeRow } from './pledges-repository';

/** The county's notice period for withdrawing a verified pledge (region `pledges`). */
export async function withdrawalNoticeDays(db: Kysely<Database>): Promise<number> {
  return (await getRegion(db)).pledges?.withdrawalNoticeDays ?? DEFAULT_WITHDRAWAL_NOTICE_DAYS;
}

/**
 * When a withdrawal announced today takes effect. A pending pledge was never in force: today.
 * A verified offline-return pledge promises advance notice (将提前公示) and binds until then
 * (实施条例 第十二条): no earlier than the county's notice period, which is the default. The
 * initiative promises no notice: today or later. Never retroactive.
 */
export function withdrawalDate(
  row: PledgeRow,
  requested: string | undefined,
  today: string,
  noticeDays: number,
): string {
  if (row.status === 'pending') return today;
  if (row.kind !== 'offline-return') {
    const on = requested ?? today;
    if (on < today) {
      throw validationFailed({ effectiveOn: '撤回日期不能早于今天（承诺不能追溯撤回）' });
    }
    return on;
  }
  const earliest = earliestWithdrawal(today, noticeDays);
  const on = requested ?? earliest;
  if (on < earliest) {
    throw validationFailed({
      effectiveOn: `撤回须提前${noticeDays}天公示，最早自${chineseDate(earliest)}起生效；此前购买的商品仍按承诺退货`,
    });
  }
  return on;
}
