import { sql, type Kysely, type Selectable, type SqlBool } from 'kysely';
import type { Database, FollowUpsTable } from '../../db/schema';

export type FollowUpRow = Selectable<FollowUpsTable>;
/** A follow-up with its business's registered name (null for an industry). */
export type FollowUpWithName = FollowUpRow & { merchant_name: string | null };

const withName = (db: Kysely<Database>) =>
  db
    .selectFrom('follow_ups as f')
    .leftJoin('merchants as m', 'm.id', 'f.merchant_id')
    .selectAll('f')
    .select('m.name as merchant_name');

export function findFollowUp(
  db: Kysely<Database>,
  id: string,
): Promise<FollowUpWithName | undefined> {
  return withName(db).where('f.id', '=', id).executeTakeFirst();
}

export async function insertFollowUp(db: Kysely<Database>, row: FollowUpRow): Promise<void> {
  await db.insertInto('follow_ups').values(row).execute();
}

export async function updateFollowUp(db: Kysely<Database>, row: FollowUpRow): Promise<void> {
  await db
    .updateTable('follow_ups')
    .set({
      target_kind: row.target_kind,
      merchant_id: row.merchant_id,
      industry: row.industry,
      type: row.type,
      date: row.date,
      handled_by: row.handled_by,
      notes: row.notes,
      outcome: row.outcome,
      attachments: row.attachments,
      status: row.status,
      batch_id: row.batch_id,
      updated_at: row.updated_at,
    })
    .where('id', '=', row.id)
    .execute();
}

export interface FollowUpFilter {
  status?: FollowUpRow['status'];
  merchantId?: string;
  industry?: string;
  /** The last row of the previous page: (status, date, id). */
  after?: [string, string, string];
  limit: number;
}

/** Open ones first ('open' sorts after 'done'), then the latest date; limit + 1 rows. */
export function listFollowUps(db: Kysely<Database>, f: FollowUpFilter) {
  let q = withName(db);
  if (f.status) q = q.where('f.status', '=', f.status);
  if (f.merchantId) q = q.where('f.merchant_id', '=', f.merchantId);
  if (f.industry) q = q.where('f.industry', '=', f.industry);
  if (f.after) {
    const [status, date, id] = f.after;
    q = q.where(sql<SqlBool>`(f.status, f.date, f.id) < (${status}, ${date}, ${id})`);
  }
  return q
    .orderBy('f.status', 'desc')
    .orderBy('f.date', 'desc')
    .orderBy('f.id', 'desc')
    .limit(f.limit + 1)
    .execute();
}

export interface FollowUpCounts {
  key: string;
  total: number;
  open: number;
}

/** How many follow-ups, and how many still open, each business (or industry) has. */
export async function countFollowUps(
  db: Kysely<Database>,
  by: 'merchant_id' | 'industry',
  keys: readonly string[],
): Promise<Map<string, FollowUpCounts>> {
  if (keys.length === 0) return new Map();
  const rows = await db
    .selectFrom('follow_ups')
    .select([
      `${by} as key`,
      (eb) => eb.fn.countAll<number>().as('total'),
      (eb) => eb.fn.sum<number>(sql`case when status = 'open' then 1 else 0 end`).as('open'),
    ])
    .where(by, 'in', keys)
    .groupBy(by)
    .execute();
  return new Map(
    rows.map((r) => [
      String(r.key),
      { key: String(r.key), total: Number(r.total), open: Number(r.open ?? 0) },
    ]),
  );
}

/** Whether an industry appears in any batch (an industry no longer in the profile's list). */
export async function industryInBatches(db: Kysely<Database>, industry: string): Promise<boolean> {
  const row = await db
    .selectFrom('disclosure_rows')
    .select('id')
    .where('industry', '=', industry)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export async function batchExists(db: Kysely<Database>, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('disclosure_batches')
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row !== undefined;
}

export async function merchantExists(db: Kysely<Database>, id: string): Promise<boolean> {
  const row = await db.selectFrom('merchants').select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}
