import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { FavoriteListQuery, FavoritePage, FavoriteParams, FavoriteState } from '@api/favorites';
import type { FeatureOptions } from '../../deps';
import { signedIn } from '../../http/signed-in';
import { closed, errorResponses } from '../../schemas';
import { dropFavorite, keepFavorite, myFavorites } from './favorites-service';

/** 我的收藏: each signed-in person's own saved advisories and tips. */
export const favoriteRoutes: FastifyPluginAsyncTypebox<FeatureOptions> = async (app, { deps }) => {
  app.get(
    '/favorites',
    signedIn(app.authenticate, 'favorites', {
      summary: '我的收藏（最新收藏的在前；可按类型筛选；已下线的仍列出并标明不可查看）',
      querystring: closed(FavoriteListQuery),
      response: { 200: FavoritePage, ...errorResponses(400, 401) },
    }),
    async (request) => myFavorites(deps, request.user.sub, request.query),
  );

  app.put(
    '/favorites/:kind/:id',
    signedIn(app.authenticate, 'favorites', {
      summary: '收藏一条公开的提示/警示或小贴士（重复收藏不变）',
      params: FavoriteParams,
      response: { 200: FavoriteState, ...errorResponses(400, 401, 404) },
    }),
    async (request) => keepFavorite(deps, request.user.sub, request.params.kind, request.params.id),
  );

  app.delete(
    '/favorites/:kind/:id',
    signedIn(app.authenticate, 'favorites', {
      summary: '取消收藏（未收藏时也成功）',
      params: FavoriteParams,
      response: { 200: FavoriteState, ...errorResponses(400, 401) },
    }),
    async (request) => dropFavorite(deps, request.user.sub, request.params.kind, request.params.id),
  );
};
