import type { Kysely, Selectable, Updateable } from 'kysely';
import { monotonicFactory } from 'ulid';
import type { ComplaintStatus } from '@api/complaints';
import type {
  ComplaintEventsTable,
  ComplaintEvidenceTable,
  ComplaintsTable,
  Database,
} from '../../db/schema';
import { nextCounter } from '../../db/counters';
import { keysetPage } from '../../db/pagination';
import { activeMerchantIdsOf } from '../merchants/memberships-repository';

export type ComplaintRow = Selectable<ComplaintsTable>;
export type EventRow = Selectable<ComplaintEventsTable>;
export type EvidenceRow = Selectable<ComplaintEvidenceTable>;

/** due_on for complaints whose deadlines no longer apply: they sort last in the staff queue. */
export const NO_DEADLINE = '9999-12-31';

/** The day's next complaint number; inside the filing's transaction a rollback gives it back. */
export function nextComplaintNumber(db: Kysely<Database>, day: string): Promise<number> {
  return nextCounter(db, `complaint:${day}`);
}

/** Timeline ids increase even within one millisecond: entries at the same time keep their order. */
export const nextEventId = monotonicFactory();

export async function insertComplaint(db: Kysely<Database>, row: ComplaintRow): Promise<void> {
  await db.insertInto('complaints').values(row).execute();
}

export async function insertEvent(db: Kysely<Database>, row: EventRow): Promise<void> {
  await db.insertInto('complaint_events').values(row).execute();
}

/** Attaches uploads to the complaint: at filing (no event) or with the message that adds them. */
export async function attachEvidence(
  db: Kysely<Database>,
  complaintId: string,
  uploadIds: readonly string[],
  eventId: string | null,
  at: string,
): Promise<void> {
  if (uploadIds.length === 0) return;
  const rows: EvidenceRow[] = uploadIds.map((uploadId) => ({
    complaint_id: complaintId,
    upload_id: uploadId,
    event_id: eventId,
    added_at: at,
  }));
  await db.insertInto('complaint_evidence').values(rows).execute();
}

/** Marks the complaint changed (a new message) without touching its status. */
export async function touchComplaint(db: Kysely<Database>, id: string, at: string): Promise<void> {
  await db.updateTable('complaints').set({ updated_at: at }).where('id', '=', id).execute();
}

export function findComplaint(db: Kysely<Database>, id: string): Promise<ComplaintRow | undefined> {
  return db.selectFrom('complaints').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Apply a change only if the complaint is still in the status (and pause state) it was read in:
 * false when a concurrent change got there first.
 */
export async function updateComplaintIf(
  db: Kysely<Database>,
  id: string,
  expected: { status: ComplaintStatus; paused?: boolean; unrated?: boolean },
  patch: Updateable<ComplaintsTable>,
): Promise<boolean> {
  let query = db
    .updateTable('complaints')
    .set(patch)
    .where('id', '=', id)
    .where('status', '=', expected.status);
  if (expected.paused !== undefined) {
    query = query.where('paused_since', expected.paused ? 'is not' : 'is', null);
  }
  if (expected.unrated) query = query.where('rating', 'is', null);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The timeline, oldest first. */
export function listEvents(db: Kysely<Database>, complaintId: string): Promise<EventRow[]> {
  return db
    .selectFrom('complaint_events')
    .selectAll()
    .where('complaint_id', '=', complaintId)
    .orderBy('at', 'asc')
    .orderBy('id', 'asc')
    .execute();
}

/** Every evidence upload of the complaint, in the order added. */
export async function listEvidenceIds(
  db: Kysely<Database>,
  complaintId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('complaint_evidence')
    .select('upload_id')
    .where('complaint_id', '=', complaintId)
    .orderBy('added_at', 'asc')
    .orderBy('upload_id', 'asc')
    .execute();
  return rows.map((r) => r.upload_id);
}

export interface ListFilter {
  scope: { complainant: string } | { memberOf: string } | 'all';
  status?: ComplaintStatus;
  industry?: string;
  town?: string;
}

/**
 * Keyset pages. The staff queue ('all') is ordered by the deadline that applies now (due_on)
 * then id, ascending; the complainant's and the merchant's lists by submission, newest first.
 */
export function listComplaints(
  db: Kysely<Database>,
  filter: ListFilter,
  after: [string, string] | undefined,
  limit: number,
): Promise<ComplaintRow[]> {
  let query = db.selectFrom('complaints').selectAll();
  const { scope } = filter;
  if (scope !== 'all') {
    query =
      'complainant' in scope
        ? query.where('complainant_user_id', '=', scope.complainant)
        : query.where('merchant_id', 'in', activeMerchantIdsOf(db, scope.memberOf));
  }
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.industry) query = query.where('industry', '=', filter.industry);
  if (filter.town) query = query.where('town', '=', filter.town);
  return scope === 'all'
    ? keysetPage(query, ['due_on', 'id'], 'asc', after, limit).execute()
    : keysetPage(query, ['submitted_at', 'id'], 'desc', after, limit).execute();
}

/** True when the upload is evidence of a complaint about a merchant the user acts for. */
export async function isEvidenceOfMemberMerchant(
  db: Kysely<Database>,
  uploadId: string,
  userId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('complaint_evidence as e')
    .innerJoin('complaints as c', 'c.id', 'e.complaint_id')
    .select('e.upload_id')
    .where('e.upload_id', '=', uploadId)
    .where('c.merchant_id', 'in', activeMerchantIdsOf(db, userId))
    .executeTakeFirst();
  return row !== undefined;
}
