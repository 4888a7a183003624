import type { InjectOptions } from 'fastify';
import { bearer, loginStaff } from '../app';
import { qaContent } from '../law-qa';
import { get, post, type Recipe } from './recipe';
import type { AuthzWorld } from './world';

async function send(w: AuthzWorld, token: string, request: InjectOptions) {
  const res = await w.t.app.inject({
    ...request,
    headers: { ...bearer(token), 'idempotency-key': `authz-qa-${Math.random()}` },
  });
  if (res.statusCode >= 300) throw new Error(`问答 setup: ${res.statusCode} ${res.body}`);
  return res.json<{ id: string }>();
}

/**
 * A 问答 card by the setup account, taken to `stage`; a second staff account (not a caller of
 * the matrix) publishes it.
 */
async function card(w: AuthzWorld, stage: 'draft' | 'submitted' | 'published'): Promise<string> {
  const { id } = await send(w, w.setup.token, post('/api/v1/law/qa', qaContent()));
  if (stage === 'draft') return id;
  await send(w, w.setup.token, post(`/api/v1/law/qa/${id}/transitions`, { action: 'submit' }));
  if (stage === 'submitted') return id;
  const publisher = await w.once('qa-publisher', async () => (await loginStaff(w.t)).token);
  await send(w, publisher, post(`/api/v1/law/qa/${id}/transitions`, { action: 'publish' }));
  return id;
}

const published = (w: AuthzWorld) => w.once('qa:published', () => card(w, 'published'));

/** 普法 问答: published cards public; writing and reviewing, staff. */
export const LAW_QA_RECIPES: Record<string, Recipe> = {
  'GET /api/v1/law/qa': {
    requests: () => [get('/api/v1/law/qa'), get(`/api/v1/law/qa?topic=${encodeURI('三包')}`)],
  },
  'GET /api/v1/law/qa/{id}': {
    other: ({ w }) => published(w),
    requests: (id) => [get(`/api/v1/law/qa/${id}`)],
  },
  'GET /api/v1/law/qa/manage': {
    requests: () => [get('/api/v1/law/qa/manage'), get('/api/v1/law/qa/manage?status=submitted')],
  },
  'POST /api/v1/law/qa': { requests: () => [post('/api/v1/law/qa', qaContent())] },
  'GET /api/v1/law/qa/{id}/manage': {
    other: ({ w }) => w.once('qa:draft', () => card(w, 'draft')),
    requests: (id) => [get(`/api/v1/law/qa/${id}/manage`)],
  },
  // Any staff member may write the next version of a published card (reviewed again).
  'PUT /api/v1/law/qa/{id}': {
    other: ({ w }) => published(w),
    fresh: (w) => card(w, 'published'),
    requests: (id) => [{ method: 'PUT', url: `/api/v1/law/qa/${id}`, payload: qaContent() }],
  },
  // Publishing someone else's submission is what a second staff member does.
  'POST /api/v1/law/qa/{id}/transitions': {
    other: ({ w }) => w.once('qa:submitted', () => card(w, 'submitted')),
    fresh: (w) => card(w, 'submitted'),
    requests: (id) => [post(`/api/v1/law/qa/${id}/transitions`, { action: 'publish' })],
  },
};
