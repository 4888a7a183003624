import type { Kysely, Selectable } from 'kysely';
import type { ComplaintSupervisionsTable, Database } from '../../db/schema';

export type SupervisionRow = Selectable<ComplaintSupervisionsTable>;

export function findSupervision(
  db: Kysely<Database>,
  complaintId: string,
): Promise<SupervisionRow | undefined> {
  return db
    .selectFrom('complaint_supervisions')
    .selectAll()
    .where('complaint_id', '=', complaintId)
    .executeTakeFirst();
}

/** Marks the complaint 督办, or replaces the mark (supervisor, note, since). */
export async function upsertSupervision(db: Kysely<Database>, row: SupervisionRow): Promise<void> {
  await db
    .insertInto('complaint_supervisions')
    .values(row)
    .onConflict((oc) =>
      oc.column('complaint_id').doUpdateSet({
        supervisor_id: row.supervisor_id,
        note: row.note,
        since: row.since,
      }),
    )
    .execute();
}

/** Lifts the mark; false when there was none. */
export async function deleteSupervision(db: Kysely<Database>, complaintId: string) {
  const result = await db
    .deleteFrom('complaint_supervisions')
    .where('complaint_id', '=', complaintId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** A supervised complaint as the duty view lists it: business and deadline, nothing personal. */
export interface SupervisedComplaintRow {
  id: string;
  tracking_no: string;
  merchant_name: string;
  industry: string | null;
  category: string;
  status: string;
  due_on: string;
  supervisor_id: string;
  note: string;
  since: string;
}

/** The complaints under 督办, newest mark first. */
export function listSupervisedComplaints(
  db: Kysely<Database>,
  limit: number,
): Promise<SupervisedComplaintRow[]> {
  return db
    .selectFrom('complaint_supervisions as s')
    .innerJoin('complaints as c', 'c.id', 's.complaint_id')
    .select([
      'c.id',
      'c.tracking_no',
      'c.merchant_name',
      'c.industry',
      'c.category',
      'c.status',
      'c.due_on',
      's.supervisor_id',
      's.note',
      's.since',
    ])
    .orderBy('s.since', 'desc')
    .orderBy('s.complaint_id', 'desc')
    .limit(limit)
    .execute();
}

/** Which of these complaints are under 督办. */
export async function supervisedAmong(
  db: Kysely<Database>,
  complaintIds: readonly string[],
): Promise<Set<string>> {
  if (complaintIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('complaint_supervisions')
    .select('complaint_id')
    .where('complaint_id', 'in', complaintIds)
    .execute();
  return new Set(rows.map((r) => r.complaint_id));
}
