import { sql, type Kysely } from 'kysely';
import type { VisitBody } from '@api/event';
import type { DialectName } from '../../db';
import { isForeignKeyViolation } from '../../db/errors';
import type { Database } from '../../db/schema';

/** False when the user no longer exists (deleted since the request was signed in). */
export async function insertVisit(
  db: Kysely<Database>,
  id: string,
  visit: VisitBody,
  userId: string | null,
  at: Date,
): Promise<boolean> {
  try {
    await db
      .insertInto('visits')
      .values({
        id,
        source: visit.source,
        channel: visit.channel,
        path: visit.path ?? null,
        user_id: userId,
        created_at: at.toISOString(),
      })
      .execute();
    return true;
  } catch (err) {
    if (isForeignKeyViolation(err)) return false;
    throw err;
  }
}

/** The Asia/Shanghai calendar date of created_at; the one place where the SQL differs. */
function shanghaiDay(dialect: DialectName) {
  return dialect === 'postgres'
    ? sql<string>`to_char(created_at::timestamptz at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`
    : sql<string>`date(created_at, '+8 hours')`;
}

export async function countVisits(
  db: Kysely<Database>,
  dialect: DialectName,
  sinceIso: string,
): Promise<{
  bySource: { source: string; count: number }[];
  byDay: { date: string; count: number }[];
}> {
  const base = db.selectFrom('visits').where('created_at', '>=', sinceIso);
  const bySource = await base
    .select(['source', (eb) => eb.fn.countAll<string | number>().as('count')])
    .groupBy('source')
    .orderBy('count', 'desc')
    .orderBy('source')
    .execute();
  const day = shanghaiDay(dialect);
  const byDay = await base
    .select([day.as('date'), (eb) => eb.fn.countAll<string | number>().as('count')])
    .groupBy(day)
    .orderBy(day)
    .execute();
  // PostgreSQL returns count(*) as a bigint string.
  return {
    bySource: bySource.map((r) => ({ source: r.source, count: Number(r.count) })),
    byDay: byDay.map((r) => ({ date: r.date, count: Number(r.count) })),
  };
}
