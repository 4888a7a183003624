import { advisory, published } from './recipes-advisories';
import { get, post, type Recipe } from './recipe';
import { victimTipId } from './recipes-tips';
import type { AuthzWorld } from './world';

/** The victim's own favorite: a published advisory nobody else keeps. */
const victimFavorite = (w: AuthzWorld) =>
  w.once('favorite:victim', async () => {
    const id = await advisory(w, 'published');
    const res = await w.as(w.victim, { method: 'PUT', url: `/api/v1/favorites/advisory/${id}` });
    if (res.statusCode !== 200) throw new Error(`favorite failed: ${res.statusCode} ${res.body}`);
    return id;
  });

let victimFavorites: string[] = [];

/** 我的收藏 (each caller's own), shares (anyone), the advisory statistics (staff). */
export const FAVORITE_RECIPES: Record<string, Recipe> = {
  'GET /api/v1/favorites': {
    foreign: () => victimFavorites,
    requests: async (_, { w }) => {
      victimFavorites = [await victimFavorite(w)];
      return [get('/api/v1/favorites'), get('/api/v1/favorites?kind=advisory')];
    },
  },
  'PUT /api/v1/favorites/{kind}/{id}': {
    other: ({ w }) => published(w),
    requests: (id) => [{ method: 'PUT', url: `/api/v1/favorites/advisory/${id}` }],
  },
  'DELETE /api/v1/favorites/{kind}/{id}': {
    other: ({ w }) => published(w),
    requests: (id) => [{ method: 'DELETE', url: `/api/v1/favorites/advisory/${id}` }],
  },
  'POST /api/v1/advisories/{id}/shares': {
    other: ({ w }) => published(w),
    requests: (id) => [post(`/api/v1/advisories/${id}/shares`, { channel: 'chat' })],
  },
  'POST /api/v1/tips/{id}/shares': {
    other: ({ w }) => victimTipId(w),
    requests: (id) => [post(`/api/v1/tips/${id}/shares`, { channel: 'timeline' })],
  },
  'GET /api/v1/advisories/{id}/qrcode': {
    other: ({ w }) => published(w),
    requests: (id) => [get(`/api/v1/advisories/${id}/qrcode`)],
  },
  'GET /api/v1/tips/{id}/qrcode': {
    other: ({ w }) => victimTipId(w),
    requests: (id) => [get(`/api/v1/tips/${id}/qrcode`)],
  },
  'GET /api/v1/advisories/stats': {
    requests: () => [get('/api/v1/advisories/stats'), get('/api/v1/advisories/stats?days=7')],
  },
};
