import type { Kysely } from 'kysely';
import type { ReportStatus } from '@/domain/report-vocabulary';
import type { Database } from '../../db/schema';

/**
 * The campaigns feature's view of reports: counts and map points only. Nothing here selects the
 * reporter's columns (第三十三条): campaign statistics never carry who reported.
 */

/** Reports naming each campaign (any status). */
export async function reportCountsByCampaign(
  db: Kysely<Database>,
  campaignIds: readonly string[],
): Promise<Map<string, number>> {
  if (campaignIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('reports')
    .select(['campaign_id', (eb) => eb.fn.countAll().as('n')])
    .where('campaign_id', 'in', [...campaignIds])
    .groupBy('campaign_id')
    .execute();
  return new Map(rows.map((r) => [r.campaign_id ?? '', Number(r.n)]));
}

export async function campaignReportsByStatus(
  db: Kysely<Database>,
  campaignId: string,
): Promise<{ status: ReportStatus; count: number }[]> {
  const rows = await db
    .selectFrom('reports')
    .select(['status', (eb) => eb.fn.countAll().as('n')])
    .where('campaign_id', '=', campaignId)
    .groupBy('status')
    .execute();
  return rows.map((r) => ({ status: r.status, count: Number(r.n) }));
}

/** Counts per town; null for reports that named none. */
export async function campaignReportsByTown(
  db: Kysely<Database>,
  campaignId: string,
): Promise<{ town: string | null; count: number }[]> {
  const rows = await db
    .selectFrom('reports')
    .select(['town', (eb) => eb.fn.countAll().as('n')])
    .where('campaign_id', '=', campaignId)
    .groupBy('town')
    .execute();
  return rows.map((r) => ({ town: r.town, count: Number(r.n) }));
}

/** Still 待核查 with the decision deadline passed (decide_by before today). */
export async function campaignOverdueReports(
  db: Kysely<Database>,
  campaignId: string,
  today: string,
): Promise<number> {
  const row = await db
    .selectFrom('reports')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('campaign_id', '=', campaignId)
    .where('status', '=', 'received')
    .where('decide_by', '<', today)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface CampaignPointRow {
  id: string;
  report_no: string;
  status: ReportStatus;
  latitude: number;
  longitude: number;
  place: string;
  location_name: string | null;
  town: string | null;
}

/** Reports that gave a location, newest first, at most `limit`. */
export async function campaignReportPoints(
  db: Kysely<Database>,
  campaignId: string,
  limit: number,
): Promise<CampaignPointRow[]> {
  const rows = await db
    .selectFrom('reports')
    .select([
      'id',
      'report_no',
      'status',
      'latitude',
      'longitude',
      'place',
      'location_name',
      'town',
    ])
    .where('campaign_id', '=', campaignId)
    .where('latitude', 'is not', null)
    .where('longitude', 'is not', null)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    ...r,
    latitude: Number(r.latitude),
    longitude: Number(r.longitude),
  }));
}
