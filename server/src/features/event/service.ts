import type { VisitBody, VisitSummary } from '@api/event';
import type { DbHandle } from '../../db';
import { isForeignKeyViolation } from '../../db/errors';
import { addDays, shanghaiDate, shanghaiDayStartIso } from '../../db/time';
import { ulid } from 'ulid';
import { claimIdempotencyKey, type IdempotencyClaim } from '../../plugins/idempotency';
import { countVisits, insertVisit } from './repository';

export async function recordVisit(
  handle: DbHandle,
  visit: VisitBody,
  userId: string | null,
  claim?: IdempotencyClaim,
): Promise<{ id: string }> {
  const record = (user: string | null) =>
    handle.db.transaction().execute(async (trx) => {
      const id = ulid();
      await claimIdempotencyKey(trx, claim, id);
      await insertVisit(trx, id, visit, user);
      return { id };
    });
  try {
    return await record(userId);
  } catch (err) {
    // A user deleted between sign-in check and insert: count the visit anonymously.
    if (userId === null || !isForeignKeyViolation(err)) throw err;
    return record(null);
  }
}

export async function visitSummary(handle: DbHandle, days: number): Promise<VisitSummary> {
  const to = shanghaiDate(new Date());
  const from = addDays(to, -(days - 1));
  const { bySource, byDay } = await countVisits(
    handle.db,
    handle.dialect,
    shanghaiDayStartIso(from),
  );
  const total = bySource.reduce((sum, r) => sum + r.count, 0);
  return { from, to, total, bySource, byDay };
}
