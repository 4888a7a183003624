import type { VisitBody, VisitSummary } from '@api/event';
import { ulid } from 'ulid';
import type { DbHandle } from '../../db';
import { claimIdempotencyKey, type IdempotencyClaim } from '../../plugins/idempotency';
import { addDays, shanghaiDate, shanghaiDayStartIso } from '../../time';
import { countVisits, insertVisit } from './event-repository';

/** Rolls back a visit whose user was deleted meanwhile, to record it anonymously instead. */
class UserGone extends Error {}

export async function recordVisit(
  handle: DbHandle,
  visit: VisitBody,
  userId: string | null,
  now: Date,
  claim?: IdempotencyClaim,
): Promise<{ id: string }> {
  const record = (user: string | null) =>
    handle.db.transaction().execute(async (trx) => {
      const id = ulid();
      await claimIdempotencyKey(trx, claim, id);
      if (!(await insertVisit(trx, id, visit, user, now))) throw new UserGone();
      return { id };
    });
  try {
    return await record(userId);
  } catch (err) {
    // A user deleted between sign-in check and insert: count the visit anonymously.
    if (userId === null || !(err instanceof UserGone)) throw err;
    return record(null);
  }
}

export async function visitSummary(
  handle: DbHandle,
  days: number,
  now: Date,
): Promise<VisitSummary> {
  const to = shanghaiDate(now);
  const from = addDays(to, -(days - 1));
  const { bySource, byDay } = await countVisits(
    handle.db,
    handle.dialect,
    shanghaiDayStartIso(from),
  );
  const total = bySource.reduce((sum, r) => sum + r.count, 0);
  return { from, to, total, bySource, byDay };
}
