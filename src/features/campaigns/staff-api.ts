import type {
  CampaignContent,
  CampaignCreated,
  CampaignStats,
  CampaignStatus,
  CampaignTransitionBody,
  StaffCampaign,
  StaffCampaignList,
} from '@api/campaigns';
import { itemPath, load, post } from '@/services/api-calls';
import { request } from '@/services/request';

const path = (id: string, sub?: string) => itemPath('/campaigns', id, sub);

/** The staff side of the campaigns API; the pages show problems themselves (no toasts here). */
export const campaignsStaffApi = {
  list: (status: CampaignStatus, cursor?: string) =>
    load<StaffCampaignList>('/campaigns/manage', { status, cursor, limit: 20 }),
  get: (id: string) => load<StaffCampaign>(path(id, '/manage')),
  create: (body: CampaignContent, idempotencyKey: string) =>
    post<CampaignCreated>('/campaigns', body, { idempotencyKey, toast: false }),
  update: (id: string, body: CampaignContent) =>
    request<StaffCampaign>(path(id), { method: 'PUT', data: body, toast: false }),
  transition: (id: string, body: CampaignTransitionBody) =>
    post<StaffCampaign>(path(id, '/transitions'), body, { toast: false }),
  stats: (id: string) => load<CampaignStats>(path(id, '/stats')),
};
