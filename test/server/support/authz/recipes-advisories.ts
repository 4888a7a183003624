import type { InjectOptions } from 'fastify';
import { bearer, loginStaff } from '../app';
import { upload } from '../merchants';
import { get, post, type Recipe } from './recipe';
import type { AuthzWorld } from './world';

/** An advisory as the setup account writes it; `images` are its own photo uploads. */
export const advisoryBody = (images: string[] = []) => ({
  kind: '警示',
  title: '矩阵测试消费警示',
  body: '矩阵测试的警示正文，请勿当真。',
  images,
  category: '其他',
  issuer: '青山县市场监督管理局',
  legalBasis: [{ law: '消费者权益保护法', article: '第五十六条' }],
});

async function send(w: AuthzWorld, token: string, request: InjectOptions) {
  const res = await w.t.app.inject({
    ...request,
    headers: { ...bearer(token), 'idempotency-key': `authz-adv-${Math.random()}` },
  });
  if (res.statusCode >= 300) throw new Error(`advisory setup: ${res.statusCode} ${res.body}`);
  return res.json<{ id: string }>();
}

/**
 * An advisory by the setup account, taken to `stage`; a second staff account (not a caller of
 * the matrix) publishes it.
 */
export async function advisory(
  w: AuthzWorld,
  stage: 'draft' | 'submitted' | 'published',
  images: string[] = [],
): Promise<string> {
  const { id } = await send(w, w.setup.token, post('/api/v1/advisories', advisoryBody(images)));
  if (stage === 'draft') return id;
  await send(w, w.setup.token, post(`/api/v1/advisories/${id}/transitions`, { action: 'submit' }));
  if (stage === 'submitted') return id;
  const publisher = await w.once('advisory-publisher', async () => (await loginStaff(w.t)).token);
  await send(w, publisher, post(`/api/v1/advisories/${id}/transitions`, { action: 'publish' }));
  return id;
}

export const published = (w: AuthzWorld) =>
  w.once('advisory:published', () => advisory(w, 'published'));
const withImage = (w: AuthzWorld) =>
  w.once('advisory:image', async () =>
    advisory(w, 'published', [(await upload(w.t, w.setup.token, 'evidence')).id]),
  );

/** Official 提示/警示: public reads, 有用 for the signed-in, everything else for staff. */
export const ADVISORY_RECIPES: Record<string, Recipe> = {
  'GET /api/v1/advisories': { requests: () => [get('/api/v1/advisories?q=矩阵')] },
  'GET /api/v1/advisories/pinned': { requests: () => [get('/api/v1/advisories/pinned')] },
  'GET /api/v1/advisories/manage': {
    requests: () => [
      get('/api/v1/advisories/manage'),
      get('/api/v1/advisories/manage?status=draft'),
    ],
  },
  'GET /api/v1/advisories/{id}': {
    other: ({ w }) => published(w),
    requests: (id) => [get(`/api/v1/advisories/${id}`)],
  },
  'GET /api/v1/advisories/{id}/images/{index}': {
    other: ({ w }) => withImage(w),
    requests: (id) => [get(`/api/v1/advisories/${id}/images/0`)],
  },
  'PUT /api/v1/advisories/{id}/useful': {
    other: ({ w }) => published(w),
    requests: (id) => [{ method: 'PUT', url: `/api/v1/advisories/${id}/useful` }],
  },
  'POST /api/v1/advisories': {
    requests: () => [post('/api/v1/advisories', advisoryBody())],
    foreignRefs: async ({ w }) => [post('/api/v1/advisories', advisoryBody([w.others.evidence]))],
  },
  'GET /api/v1/advisories/{id}/manage': {
    other: ({ w }) => w.once('advisory:draft', () => advisory(w, 'draft')),
    requests: (id) => [get(`/api/v1/advisories/${id}/manage`)],
  },
  // Any staff member may write the next version of a published advisory (reviewed again).
  'PUT /api/v1/advisories/{id}': {
    other: ({ w }) => published(w),
    fresh: (w) => advisory(w, 'published'),
    requests: (id) => [{ method: 'PUT', url: `/api/v1/advisories/${id}`, payload: advisoryBody() }],
    foreignRefs: async ({ w }) => [
      {
        method: 'PUT',
        url: `/api/v1/advisories/${await advisory(w, 'published')}`,
        payload: advisoryBody([w.others.evidence]),
      },
    ],
  },
  // Publishing someone else's submission is what a second staff member does.
  'POST /api/v1/advisories/{id}/transitions': {
    other: ({ w }) => w.once('advisory:submitted', () => advisory(w, 'submitted')),
    fresh: (w) => advisory(w, 'submitted'),
    requests: (id) => [post(`/api/v1/advisories/${id}/transitions`, { action: 'publish' })],
  },
  'GET /api/v1/advisories/{id}/versions': {
    other: ({ w }) => published(w),
    requests: (id) => [get(`/api/v1/advisories/${id}/versions`)],
  },
};
