import type { ActiveCampaigns, CampaignDetail, CampaignList, CampaignPhase } from '@api/campaigns';
import { itemPath, load } from '@/services/api-calls';

/** The public campaigns API (专项整治), one function per route. */
export const campaignsApi = {
  active: () => load<ActiveCampaigns>('/campaigns/active'),
  list: (phase: CampaignPhase, cursor?: string) =>
    load<CampaignList>('/campaigns', { phase, cursor, limit: 20 }),
  get: (id: string) => load<CampaignDetail>(itemPath('/campaigns', id)),
};
