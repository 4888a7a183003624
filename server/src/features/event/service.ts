import type { VisitBody, VisitSummary } from '@api/event';
import type { DbHandle } from '../../db';
import { isForeignKeyViolation } from '../../db/errors';
import { addDays, shanghaiDate, shanghaiDayStartIso } from '../../db/time';
import { countVisits, insertVisit } from './repository';

export async function recordVisit(
  handle: DbHandle,
  visit: VisitBody,
  userId: string | null,
): Promise<{ id: string }> {
  try {
    return { id: await insertVisit(handle.db, visit, userId) };
  } catch (err) {
    // A still-valid token of a user who is gone (e.g. a reset database): count it anonymously.
    if (userId === null || !isForeignKeyViolation(err)) throw err;
    return { id: await insertVisit(handle.db, visit, null) };
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
