import type { Insertable, Kysely, Selectable } from 'kysely';
import { monotonicFactory } from 'ulid';
import { keysetPage } from '../../db/pagination';
import type { Database, ReportEventsTable, ReportsTable } from '../../db/schema';

/** 举报 filing and the reporter's reads (the staff side has its own repository). */

export type ReportRow = Selectable<ReportsTable>;
export type ReportEventRow = Selectable<ReportEventsTable>;

/** Event ids increase even within one millisecond: steps at the same time keep their order. */
export const nextReportEventId = monotonicFactory();

export async function insertReport(db: Kysely<Database>, row: ReportRow): Promise<void> {
  await db.insertInto('reports').values(row).execute();
}

export async function insertReportPhotos(
  db: Kysely<Database>,
  reportId: string,
  uploadIds: readonly string[],
): Promise<void> {
  if (uploadIds.length === 0) return;
  await db
    .insertInto('report_photos')
    .values(
      uploadIds.map((uploadId, position) => ({
        report_id: reportId,
        upload_id: uploadId,
        position,
      })),
    )
    .execute();
}

export async function insertReportEvent(
  db: Kysely<Database>,
  row: Insertable<ReportEventsTable>,
): Promise<void> {
  await db.insertInto('report_events').values(row).execute();
}

export function findReport(db: Kysely<Database>, id: string): Promise<ReportRow | undefined> {
  return db.selectFrom('reports').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * The id and code hash under a number, and nothing more: the progress check reads the report only
 * after the code matches, so a wrong code and an unknown number cost the same.
 */
export function findCodeHashByNo(
  db: Kysely<Database>,
  reportNo: string,
): Promise<{ id: string; code_hash: string } | undefined> {
  return db
    .selectFrom('reports')
    .select(['id', 'code_hash'])
    .where('report_no', '=', reportNo)
    .executeTakeFirst();
}

/** A replayed create hands out a fresh progress code: the first answer never reached the caller. */
export async function replaceCodeHash(
  db: Kysely<Database>,
  id: string,
  codeHash: string,
): Promise<void> {
  await db.updateTable('reports').set({ code_hash: codeHash }).where('id', '=', id).execute();
}

/** Reports filed by one signed-in caller (their submitter key) since an instant. */
export async function countSubmittedSince(
  db: Kysely<Database>,
  submitterKey: string,
  sinceIso: string,
): Promise<number> {
  const row = await db
    .selectFrom('reports')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('submitter_key', '=', submitterKey)
    .where('created_at', '>=', sinceIso)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Whether a report of the same business with the same text was filed since an instant. */
export async function hasDuplicateSince(
  db: Kysely<Database>,
  businessKey: string,
  textKey: string,
  sinceIso: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('reports')
    .select('id')
    .where('business_key', '=', businessKey)
    .where('text_key', '=', textKey)
    .where('created_at', '>=', sinceIso)
    .executeTakeFirst();
  return row !== undefined;
}

/** Of these uploads, those already a photo of some report. */
export async function attachedPhotos(
  db: Kysely<Database>,
  uploadIds: readonly string[],
): Promise<string[]> {
  if (uploadIds.length === 0) return [];
  const rows = await db
    .selectFrom('report_photos')
    .select('upload_id')
    .where('upload_id', 'in', uploadIds)
    .execute();
  return rows.map((r) => r.upload_id);
}

/** The steps the reporter may see, oldest first. */
export function listReportEvents(
  db: Kysely<Database>,
  reportId: string,
): Promise<ReportEventRow[]> {
  return db
    .selectFrom('report_events')
    .selectAll()
    .where('report_id', '=', reportId)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

/** A real-name reporter's own reports, newest first (keyset on created_at, id). */
export function listReportsOfReporter(
  db: Kysely<Database>,
  userId: string,
  after: [string, string] | undefined,
  limit: number,
): Promise<ReportRow[]> {
  const query = db.selectFrom('reports').selectAll().where('reporter_user_id', '=', userId);
  return keysetPage(query, ['created_at', 'id'], 'desc', after, limit).execute();
}

/** The number of a report (the one another was merged into). */
export async function reportNoOf(db: Kysely<Database>, id: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('reports')
    .select('report_no')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.report_no;
}
