import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Region } from '@api/region';
import type { FeatureOptions } from '../../deps';
import { signedIn } from '../../http/signed-in';
import { requireRole } from '../../plugins/auth';
import { closed, errorResponses } from '../../schemas';
import { getRegion, updateRegion } from './region-service';

export const regionRoutes: FastifyPluginAsyncTypebox<FeatureOptions> = async (app, { deps }) => {
  const { db } = deps.db;

  app.get(
    '/region',
    {
      schema: {
        tags: ['region'],
        summary: '县域配置（公开）',
        response: { 200: Region, ...errorResponses(404) },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=60');
      return getRegion(db);
    },
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
