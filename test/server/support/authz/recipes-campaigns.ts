import type { InjectOptions } from 'fastify';
import { bearer } from '../app';
import { upload } from '../merchants';
import { get, post, type Recipe } from './recipe';
import type { AuthzWorld } from './world';

/** A campaign as the setup account defines it; `cover` is its own 'campaign' upload. */
const campaignBody = (cover?: string) => ({
  name: '矩阵测试专项整治',
  periodFrom: '2026-01-01',
  periodTo: '2026-12-31',
  leadUnit: '县市场监管局',
  targets: '矩阵测试的整治重点，请勿当真。',
  reportable: ['矩阵测试事项'],
  legalBasis: [],
  advisoryIds: [],
  ...(cover && { cover }),
});

async function send(w: AuthzWorld, request: InjectOptions) {
  const res = await w.t.app.inject({
    ...request,
    headers: { ...bearer(w.setup.token), 'idempotency-key': `authz-camp-${Math.random()}` },
  });
  if (res.statusCode >= 300) throw new Error(`campaign setup: ${res.statusCode} ${res.body}`);
  return res.json<{ id: string }>();
}

/** A campaign by the setup account: a draft, or published (with a cover when asked). */
async function campaign(w: AuthzWorld, published: boolean, withCover = false): Promise<string> {
  const cover = withCover ? (await upload(w.t, w.setup.token, 'campaign')).id : undefined;
  const { id } = await send(w, post('/api/v1/campaigns', campaignBody(cover)));
  if (published) await send(w, post(`/api/v1/campaigns/${id}/transitions`, { action: 'publish' }));
  return id;
}

const publishedCampaign = (w: AuthzWorld) =>
  w.once('campaign:published', () => campaign(w, true, true));
const draftCampaign = (w: AuthzWorld) => w.once('campaign:draft', () => campaign(w, false));

/** 专项整治: published ones public (with their cover); defining them and their figures, staff. */
export const CAMPAIGN_RECIPES: Record<string, Recipe> = {
  'GET /api/v1/campaigns': {
    requests: () => [get('/api/v1/campaigns'), get('/api/v1/campaigns?phase=ended&limit=5')],
  },
  'GET /api/v1/campaigns/active': { requests: () => [get('/api/v1/campaigns/active')] },
  'GET /api/v1/campaigns/{id}': {
    other: ({ w }) => publishedCampaign(w),
    requests: (id) => [get(`/api/v1/campaigns/${id}`)],
  },
  'GET /api/v1/campaigns/{id}/cover': {
    other: ({ w }) => publishedCampaign(w),
    requests: (id) => [get(`/api/v1/campaigns/${id}/cover`)],
  },
  'GET /api/v1/campaigns/manage': {
    requests: () => [get('/api/v1/campaigns/manage'), get('/api/v1/campaigns/manage?status=draft')],
  },
  'POST /api/v1/campaigns': {
    requests: () => [post('/api/v1/campaigns', campaignBody())],
    foreignRefs: async ({ w }) => [post('/api/v1/campaigns', campaignBody(w.others.evidence))],
  },
  'GET /api/v1/campaigns/{id}/manage': {
    other: ({ w }) => draftCampaign(w),
    requests: (id) => [get(`/api/v1/campaigns/${id}/manage`)],
  },
  'PUT /api/v1/campaigns/{id}': {
    other: ({ w }) => draftCampaign(w),
    fresh: (w) => campaign(w, false),
    requests: (id) => [{ method: 'PUT', url: `/api/v1/campaigns/${id}`, payload: campaignBody() }],
    foreignRefs: async ({ w }) => [
      {
        method: 'PUT',
        url: `/api/v1/campaigns/${await campaign(w, false)}`,
        payload: campaignBody(w.others.evidence),
      },
    ],
  },
  'POST /api/v1/campaigns/{id}/transitions': {
    other: ({ w }) => draftCampaign(w),
    fresh: (w) => campaign(w, false),
    requests: (id) => [post(`/api/v1/campaigns/${id}/transitions`, { action: 'publish' })],
  },
  'GET /api/v1/campaigns/{id}/stats': {
    other: ({ w }) => publishedCampaign(w),
    requests: (id) => [get(`/api/v1/campaigns/${id}/stats`)],
  },
};
