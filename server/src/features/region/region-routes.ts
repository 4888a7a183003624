import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Region } from '@api/region';
import { replyCached, stopCacheOnClose } from '../../cache/reply-cached';
import type { FeatureOptions } from '../../deps';
import { signedIn } from '../../http/signed-in';
import { requireRole } from '../../plugins/auth';
import { closed, errorResponses } from '../../schemas';
import { regionEntry, updateRegion } from './region-service';

export const regionRoutes: FastifyPluginAsyncTypebox<FeatureOptions> = async (app, { deps }) => {
  const { db } = deps.db;
  stopCacheOnClose(app, db);

  app.get(
    '/region',
    {
      schema: {
        tags: ['region'],
        summary: '县域配置（公开）',
        response: { 200: Region, ...errorResponses(404) },
      },
    },
    async (request, reply) => replyCached(request, reply, await regionEntry(db)),
  );

  app.put(
    '/region',
    signedIn(requireRole(app, 'staff', 'admin'), 'region', {
      summary: '修改县域配置（工作人员）',
      body: closed(Region),
      response: { 200: Region, ...errorResponses(400, 401, 403) },
    }),
    async (request) => updateRegion(db, request.body, request.user.sub, deps.now()),
  );
};
