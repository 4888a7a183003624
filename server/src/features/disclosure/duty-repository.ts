import { sql, type Kysely, type Selectable } from 'kysely';
import type { ComplaintStatus } from '@api/complaints';
import type { Database, DutyRosterTable } from '../../db/schema';

export type RosterRow = Selectable<DutyRosterTable>;

export function rosterDays(db: Kysely<Database>, dates: readonly string[]): Promise<RosterRow[]> {
  return db.selectFrom('duty_roster').selectAll().where('date', 'in', dates).execute();
}

/** Replaces the roster of each given day. */
export async function saveRosterDays(db: Kysely<Database>, rows: RosterRow[]): Promise<void> {
  for (const row of rows) {
    await db
      .insertInto('duty_roster')
      .values(row)
      .onConflict((oc) =>
        oc.column('date').doUpdateSet({
          staff: row.staff,
          phone: row.phone,
          updated_by: row.updated_by,
          updated_at: row.updated_at,
        }),
      )
      .execute();
  }
}

/** Complaints submitted in [from, to) (ISO instants), counted by their current status. */
export async function countByStatus(
  db: Kysely<Database>,
  from: string,
  to: string,
): Promise<{ status: ComplaintStatus; count: number }[]> {
  const rows = await db
    .selectFrom('complaints')
    .select(['status', (eb) => eb.fn.countAll<number>().as('count')])
    .where('submitted_at', '>=', from)
    .where('submitted_at', '<', to)
    .groupBy('status')
    .execute();
  return rows.map((r) => ({ status: r.status, count: Number(r.count) }));
}

/** A complaint on the duty view: the business as the complaint records it, nothing personal. */
export interface DutyComplaintRow {
  id: string;
  tracking_no: string;
  merchant_name: string;
  industry: string | null;
  category: string;
  status: string;
  due_on: string;
}

const OPEN: ComplaintStatus[] = ['submitted', 'accepted', 'mediating'];

/** Open complaints due on or before `lastDue`, the earliest (most overdue) first. */
export function openDueBy(
  db: Kysely<Database>,
  lastDue: string,
  limit: number,
): Promise<DutyComplaintRow[]> {
  return db
    .selectFrom('complaints')
    .select(['id', 'tracking_no', 'merchant_name', 'industry', 'category', 'status', 'due_on'])
    .where('status', 'in', OPEN)
    .where('due_on', '<=', lastDue)
    .orderBy('due_on', 'asc')
    .orderBy('id', 'asc')
    .limit(limit)
    .execute();
}

export interface WindowCounts {
  key: string;
  name: string;
  last7: number;
  previous7: number;
}

/**
 * Complaints submitted in [start, end) per registered business or per industry, split at `mid`:
 * the 7 days before it (previous7) and from it on (last7).
 */
export async function countAroundWindows(
  db: Kysely<Database>,
  by: 'merchant_id' | 'industry',
  window: { start: string; mid: string; end: string },
): Promise<WindowCounts[]> {
  const rows = await db
    .selectFrom('complaints')
    .select([
      `${by} as key`,
      (eb) => eb.fn.max('merchant_name').as('name'),
      (eb) =>
        eb.fn
          .sum<number>(sql`case when submitted_at >= ${window.mid} then 1 else 0 end`)
          .as('last7'),
      (eb) =>
        eb.fn
          .sum<number>(sql`case when submitted_at < ${window.mid} then 1 else 0 end`)
          .as('previous7'),
    ])
    .where('submitted_at', '>=', window.start)
    .where('submitted_at', '<', window.end)
    .where(by, 'is not', null)
    .groupBy(by)
    .execute();
  return rows.map((r) => ({
    key: String(r.key),
    name: String(r.name),
    last7: Number(r.last7 ?? 0),
    previous7: Number(r.previous7 ?? 0),
  }));
}
