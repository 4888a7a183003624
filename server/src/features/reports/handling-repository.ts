import { sql, type Kysely, type Selectable, type SqlBool, type Updateable } from 'kysely';
import { monotonicFactory } from 'ulid';
import type { ReportStatus } from '@api/reports';
import type { Database, ReportsTable } from '../../db/schema';
import type { KeysetWindow } from '../../pagination';

/** A report as staff handle it, with its campaign's name. */
export type HandledReportRow = Selectable<ReportsTable> & { campaign_name: string | null };

const withCampaign = (db: Kysely<Database>) =>
  db
    .selectFrom('reports as r')
    .leftJoin('campaigns as c', 'c.id', 'r.campaign_id')
    .selectAll('r')
    .select('c.name as campaign_name');

export function findHandledReport(
  db: Kysely<Database>,
  id: string,
): Promise<HandledReportRow | undefined> {
  return withCampaign(db).where('r.id', '=', id).executeTakeFirst();
}

export interface QueueFilter {
  status?: ReportStatus;
  campaignId?: string;
  town?: string;
  /** Still received with decide_by before this date. */
  overdueBefore?: string;
  malicious?: boolean;
  q?: string;
}

const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, '\\$&')}%`;

/** The staff queue: earliest deadline first, then number (keyset on both). */
export function listQueue(
  db: Kysely<Database>,
  filter: QueueFilter,
  window: KeysetWindow,
): Promise<HandledReportRow[]> {
  let q = withCampaign(db);
  if (filter.status) q = q.where('r.status', '=', filter.status);
  if (filter.campaignId) q = q.where('r.campaign_id', '=', filter.campaignId);
  if (filter.town) q = q.where('r.town', '=', filter.town);
  if (filter.overdueBefore) {
    q = q.where('r.status', '=', 'received').where('r.decide_by', '<', filter.overdueBefore);
  }
  if (filter.malicious !== undefined) q = q.where('r.malicious', '=', filter.malicious ? 1 : 0);
  if (filter.q) {
    const text = containsPattern(filter.q);
    const number = containsPattern(filter.q.toUpperCase());
    q = q.where(
      sql<SqlBool>`(r.report_no like ${number} escape '\\' or r.business_name like ${text} escape '\\' or r.description like ${text} escape '\\')`,
    );
  }
  if (window.after) {
    const [decideBy, reportNo] = window.after;
    q = q.where((eb) =>
      eb.or([
        eb('r.decide_by', '>', decideBy),
        eb.and([eb('r.decide_by', '=', decideBy), eb('r.report_no', '>', reportNo)]),
      ]),
    );
  }
  return q
    .orderBy('r.decide_by')
    .orderBy('r.report_no')
    .limit(window.limit + 1)
    .execute();
}

/** Photo counts of a page of reports (one query). */
export async function photoCounts(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('report_photos')
    .select(['report_id', (eb) => eb.fn.countAll<string | number>().as('n')])
    .where('report_id', 'in', ids)
    .groupBy('report_id')
    .execute();
  return new Map(rows.map((r) => [r.report_id, Number(r.n)]));
}

export async function photoIds(db: Kysely<Database>, reportId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('report_photos')
    .select('upload_id')
    .where('report_id', '=', reportId)
    .orderBy('position')
    .execute();
  return rows.map((r) => r.upload_id);
}

/** Other reports about the same business received since `sinceIso`, newest first. */
export function relatedReports(
  db: Kysely<Database>,
  row: { id: string; business_key: string },
  sinceIso: string,
) {
  return db
    .selectFrom('reports')
    .select(['id', 'report_no', 'status', 'received_on', 'description'])
    .where('business_key', '=', row.business_key)
    .where('id', '!=', row.id)
    .where('created_at', '>=', sinceIso)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(50)
    .execute();
}

/** The reports merged into this one. */
export function mergedInto(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('reports')
    .select(['id', 'report_no'])
    .where('merged_into', '=', id)
    .orderBy('report_no')
    .execute();
}

/** Who reported what was merged into this one: they hear of its decision too (第三十一条). */
export function mergedReporters(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('reports')
    .select(['id', 'report_no', 'reporter_kind', 'reporter_user_id', 'subscribed', 'wants_reply'])
    .where('merged_into', '=', id)
    .orderBy('report_no')
    .execute();
}

/** A reporter of a merged report was told of the decision of the report it joined. */
export async function markReporterTold(
  db: Kysely<Database>,
  id: string,
  at: string,
): Promise<void> {
  await db.updateTable('reports').set({ reporter_told_at: at }).where('id', '=', id).execute();
}

export function reportNumber(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('reports')
    .select(['id', 'report_no'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Staff's record of a report (audit_log), oldest first. */
export function reportAudit(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('audit_log')
    .select(['actor_id', 'action', 'created_at', 'detail'])
    .where('target_type', '=', 'report')
    .where('target_id', '=', id)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Changes a report only if it is still as it was read (status and updated_at): else false. */
export async function updateReportIf(
  db: Kysely<Database>,
  id: string,
  seen: { status: ReportStatus; updatedAt: string },
  patch: Updateable<ReportsTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('reports')
    .set(patch)
    .where('id', '=', id)
    .where('status', '=', seen.status)
    .where('updated_at', '=', seen.updatedAt)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Steps of one decision keep their order within a millisecond. */
const nextEventId = monotonicFactory();

/** One step the reporter sees in progress. */
export async function addReportEvent(
  db: Kysely<Database>,
  reportId: string,
  at: string,
  label: string,
): Promise<void> {
  await db
    .insertInto('report_events')
    .values({ id: nextEventId(), report_id: reportId, at, label })
    .execute();
}
