import type { InjectOptions } from 'fastify';
import { bearer } from '../app';
import { upload } from '../merchants';
import { get, post, type Recipe } from './recipe';
import type { AuthzWorld } from './world';

const followUpBody = (merchantId: string, attachments: string[] = []) => ({
  target: { kind: 'business', merchantId },
  type: '行政指导',
  date: '2027-04-18',
  handledBy: '矩阵测试经办人',
  notes: '矩阵测试的跟进记录。',
  attachments,
  status: 'open',
});

async function send(w: AuthzWorld, request: InjectOptions): Promise<void> {
  const res = await w.t.app.inject({ ...request, headers: bearer(w.setup.token) });
  if (res.statusCode >= 300) throw new Error(`follow-up setup: ${res.statusCode} ${res.body}`);
}

/** A follow-up of merchant A by the setup account, with its own photo attached. */
const followUp = (w: AuthzWorld) =>
  w.once('follow-up', async () => {
    const photo = (await upload(w.t, w.setup.token, 'follow-up')).id;
    const res = await w.t.app.inject({
      ...post('/api/v1/disclosure/follow-ups', followUpBody(w.others.merchant, [photo])),
      headers: bearer(w.setup.token),
    });
    if (res.statusCode !== 201) throw new Error(`follow-up setup: ${res.statusCode} ${res.body}`);
    return res.json<{ id: string }>().id;
  });

/** A complaint of the victim's that the setup account put under 督办. */
async function supervisedComplaint(w: AuthzWorld): Promise<string> {
  const id = await w.complaint(w.victim);
  await send(w, {
    method: 'PUT',
    url: `/api/v1/complaints/${id}/supervision`,
    payload: { note: '矩阵测试督办' },
  });
  return id;
}

async function eventDate(w: AuthzWorld): Promise<string> {
  const region = await w.region();
  return (region.event as { date: string }).date;
}

/** 公示后的跟进, 值班值守 and 督办: staff only. */
export const FOLLOW_UP_RECIPES: Record<string, Recipe> = {
  'GET /api/v1/disclosure/flags': { requests: () => [get('/api/v1/disclosure/flags')] },
  'GET /api/v1/disclosure/follow-ups': {
    requests: (_, { w }) => [
      get('/api/v1/disclosure/follow-ups'),
      get(`/api/v1/disclosure/follow-ups?status=open&merchantId=${w.others.merchant}`),
    ],
  },
  'POST /api/v1/disclosure/follow-ups': {
    requests: (_, { w }) => [
      post('/api/v1/disclosure/follow-ups', followUpBody(w.others.merchant)),
    ],
    foreignRefs: async ({ w }) => [
      post('/api/v1/disclosure/follow-ups', followUpBody(w.others.merchant, [w.others.evidence])),
    ],
  },
  'GET /api/v1/disclosure/follow-ups/{id}': {
    other: ({ w }) => followUp(w),
    requests: (id) => [get(`/api/v1/disclosure/follow-ups/${id}`)],
  },
  'PUT /api/v1/disclosure/follow-ups/{id}': {
    other: ({ w }) => followUp(w),
    requests: async (id, { w }) => {
      const current = await w.as(w.setup, get(`/api/v1/disclosure/follow-ups/${id}`));
      const attachments = current.json<{ attachments: { id: string }[] }>().attachments;
      return [
        {
          method: 'PUT',
          url: `/api/v1/disclosure/follow-ups/${id}`,
          payload: {
            ...followUpBody(
              w.others.merchant,
              attachments.map((a) => a.id),
            ),
            status: 'done',
          },
        },
      ];
    },
  },
  'GET /api/v1/disclosure/duty': {
    requests: () => [
      get('/api/v1/disclosure/duty'),
      get('/api/v1/disclosure/duty?date=2027-03-15'),
    ],
  },
  'PUT /api/v1/disclosure/duty/roster': {
    requests: async (_, { w }) => [
      {
        method: 'PUT',
        url: '/api/v1/disclosure/duty/roster',
        payload: { days: [{ date: await eventDate(w), staff: ['矩阵测试（带班）'] }] },
      },
    ],
  },
  'GET /api/v1/complaints/{id}/supervision': {
    other: ({ w }) => w.once('supervised-complaint', () => supervisedComplaint(w)),
    requests: (id) => [get(`/api/v1/complaints/${id}/supervision`)],
  },
  'PUT /api/v1/complaints/{id}/supervision': {
    other: ({ w }) => w.others.complaint,
    requests: (id) => [
      { method: 'PUT', url: `/api/v1/complaints/${id}/supervision`, payload: { note: '请跟踪' } },
    ],
  },
  'DELETE /api/v1/complaints/{id}/supervision': {
    other: ({ w }) => w.once('supervised-complaint', () => supervisedComplaint(w)),
    fresh: (w) => supervisedComplaint(w),
    requests: (id) => [{ method: 'DELETE', url: `/api/v1/complaints/${id}/supervision` }],
  },
};
