import type { CampaignStats } from '@api/campaigns';
import { REPORT_STATUSES } from '@/domain/report-vocabulary';
import { shanghaiDate } from '../../time';
import { getRegion } from '../region/region-service';
import {
  campaignOverdueReports,
  campaignReportPoints,
  campaignReportsByStatus,
  campaignReportsByTown,
} from '../reports/campaign-stats-repository';
import { campaignNotFound, type CampaignDeps } from './campaign-reading-service';
import { findCampaign } from './campaigns-repository';

/** The map shows at most this many reports (newest first). */
export const CAMPAIGN_POINTS_LIMIT = 500;

/** Reports without a town are counted under this name. */
export const NO_TOWN = '未填写';

/**
 * What staff see of a campaign's reports: every status and every profile town (zero included,
 * then towns no longer in the profile, then 未填写), overdue decisions, and the map points.
 * Counts and places only: never who reported (第三十三条).
 */
export async function campaignStats(deps: CampaignDeps, id: string): Promise<CampaignStats> {
  const db = deps.db.db;
  if (!(await findCampaign(db, id))) throw campaignNotFound();
  const today = shanghaiDate(deps.now());
  const [statuses, towns, overdue, points, region] = await Promise.all([
    campaignReportsByStatus(db, id),
    campaignReportsByTown(db, id),
    campaignOverdueReports(db, id, today),
    campaignReportPoints(db, id, CAMPAIGN_POINTS_LIMIT),
    getRegion(db),
  ]);
  const byStatus = REPORT_STATUSES.map((status) => ({
    status,
    count: statuses.find((s) => s.status === status)?.count ?? 0,
  }));
  const townCount = new Map(towns.map((t) => [t.town ?? NO_TOWN, t.count]));
  const named = [
    ...region.towns,
    ...[...townCount.keys()].filter((t) => t !== NO_TOWN && !region.towns.includes(t)),
  ];
  const byTown = named.map((town) => ({ town, count: townCount.get(town) ?? 0 }));
  if (townCount.has(NO_TOWN)) byTown.push({ town: NO_TOWN, count: townCount.get(NO_TOWN) ?? 0 });
  return {
    campaignId: id,
    total: byStatus.reduce((sum, s) => sum + s.count, 0),
    byStatus,
    byTown,
    overdue,
    points: points.map((p) => ({
      reportId: p.id,
      reportNo: p.report_no,
      status: p.status,
      latitude: p.latitude,
      longitude: p.longitude,
      place: p.location_name ?? p.place,
      ...(p.town && { town: p.town }),
    })),
  };
}
