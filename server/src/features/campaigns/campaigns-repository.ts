import type { Kysely, Selectable } from 'kysely';
import type { CampaignsTable, Database } from '../../db/schema';

export type CampaignRow = Selectable<CampaignsTable>;

/** One campaign by id, in any status. */
export function findCampaign(db: Kysely<Database>, id: string): Promise<CampaignRow | undefined> {
  return db.selectFrom('campaigns').selectAll().where('id', '=', id).executeTakeFirst();
}
