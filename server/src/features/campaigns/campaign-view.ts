import type { AdvisoryCard, LegalReference } from '@api/advisories';
import type { CampaignCard, CampaignContent, CampaignDetail, StaffCampaign } from '@api/campaigns';
import type { UploadLink } from '@api/uploads';
import { campaignPhase } from '@/domain/campaign-vocabulary';
import type { CampaignRow } from './campaigns-repository';

/**
 * Public path of a campaign's cover. The upload id rides along (?v=) so that a replaced cover is
 * a new URL and a day's public cache never shows the old one.
 */
export const campaignCoverUrl = (id: string, uploadId: string) =>
  `/api/v1/campaigns/${id}/cover?v=${uploadId}`;

const coverOf = (row: CampaignRow): UploadLink | undefined =>
  row.cover_upload_id
    ? { id: row.cover_upload_id, url: campaignCoverUrl(row.id, row.cover_upload_id) }
    : undefined;

/** The first non-empty line of the targets. */
const firstLine = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line.length > 0) ?? '';

export function contentOf(row: CampaignRow): CampaignContent {
  return {
    name: row.name,
    periodFrom: row.period_from,
    periodTo: row.period_to,
    leadUnit: row.lead_unit,
    targets: row.targets,
    reportable: JSON.parse(row.reportable) as string[],
    legalBasis: JSON.parse(row.legal_basis) as LegalReference[],
    ...(row.cover_upload_id && { cover: row.cover_upload_id }),
    advisoryIds: JSON.parse(row.advisory_ids) as string[],
  };
}

/** The columns a content fills (lists as JSON). */
export const contentColumns = (c: CampaignContent) => ({
  name: c.name,
  period_from: c.periodFrom,
  period_to: c.periodTo,
  lead_unit: c.leadUnit,
  targets: c.targets,
  reportable: JSON.stringify(c.reportable),
  legal_basis: JSON.stringify(c.legalBasis),
  cover_upload_id: c.cover ?? null,
  advisory_ids: JSON.stringify(c.advisoryIds),
});

export function toCampaignCard(row: CampaignRow, today: string): CampaignCard {
  const cover = coverOf(row);
  return {
    id: row.id,
    name: row.name,
    periodFrom: row.period_from,
    periodTo: row.period_to,
    phase: campaignPhase(row.period_from, row.period_to, today),
    leadUnit: row.lead_unit,
    summary: firstLine(row.targets),
    reportable: JSON.parse(row.reportable) as string[],
    ...(cover && { cover }),
  };
}

export function toCampaignDetail(
  row: CampaignRow,
  today: string,
  advisories: AdvisoryCard[],
): CampaignDetail {
  return {
    ...toCampaignCard(row, today),
    targets: row.targets,
    legalBasis: JSON.parse(row.legal_basis) as LegalReference[],
    advisories,
  };
}

/** Who defined a profile campaign, as staff see it. */
export const PROFILE_AUTHOR = '县域配置';

export function toStaffCampaign(
  row: CampaignRow,
  today: string,
  extra: { createdByName: string; reportCount: number },
): StaffCampaign {
  const cover = coverOf(row);
  return {
    id: row.id,
    ...(row.key && { key: row.key }),
    source: row.source,
    status: row.status,
    phase: campaignPhase(row.period_from, row.period_to, today),
    content: contentOf(row),
    ...(cover && { cover }),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    createdByName: extra.createdByName,
    ...(row.published_at && { publishedAt: row.published_at }),
    ...(row.withdrawn_at && { withdrawnAt: row.withdrawn_at }),
    ...(row.withdrawn_reason && { withdrawnReason: row.withdrawn_reason }),
    reportCount: extra.reportCount,
  };
}
