import type { Kysely } from 'kysely';
import { ulid } from 'ulid';
import type { Region } from '@api/region';
import type { Database } from '../../db/schema';
import { AppError } from '../../plugins/app-error';
import { campaignProblems, normaliseCampaign } from './campaign-rules';
import { contentColumns } from './campaign-view';
import { insertMissingByKey } from './campaigns-repository';

/** The profile's campaigns checked as a staff page checks them; fields named campaigns.<i>.<field>. */
function checkedProfileCampaigns(region: Region) {
  const fields: Record<string, string> = {};
  const campaigns = (region.campaigns ?? []).map((campaign, i) => {
    const content = normaliseCampaign(campaign);
    for (const [field, problem] of Object.entries(campaignProblems(content))) {
      fields[`campaigns.${i}.${field}`] = problem;
    }
    return content;
  });
  if (Object.keys(fields).length > 0) {
    throw new AppError(400, 'VALIDATION_FAILED', Object.values(fields)[0], fields);
  }
  return campaigns;
}

/**
 * The county profile's campaigns into the campaigns table, once each by key (on seed and on
 * every save of the profile): a key already there is never overwritten, so staff edits win.
 * Returns the keys added.
 */
export async function seedProfileCampaigns(
  trx: Kysely<Database>,
  region: Region,
  now: Date,
): Promise<string[]> {
  const at = now.toISOString();
  const rows = checkedProfileCampaigns(region).map((c) => {
    const published = c.published !== false;
    return {
      id: ulid(),
      key: c.key,
      source: 'profile' as const,
      status: published ? ('published' as const) : ('draft' as const),
      ...contentColumns({ ...c, cover: undefined }),
      created_by: null,
      created_at: at,
      updated_at: at,
      published_at: published ? at : null,
      withdrawn_at: null,
      withdrawn_reason: null,
    };
  });
  return insertMissingByKey(trx, rows);
}
