import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Health } from '@api/health';
import type { FeatureOptions } from '../../deps';
import { errorResponses } from '../../schemas';
import { version } from '../../version';
import { pingDatabase } from './health-repository';

export const healthRoutes: FastifyPluginAsyncTypebox<FeatureOptions> = async (app, { deps }) => {
  app.get(
    '/health',
    {
      // A load balancer polls this: a busy instance must not look dead (no per-IP limit).
      config: { rateLimit: false },
      schema: {
        tags: ['health'],
        summary: '运行状态（含一次数据库查询）',
        response: { 200: Health, ...errorResponses(500) },
      },
    },
    async () => {
      await pingDatabase(deps.db.db);
      return { status: 'ok' as const, db: deps.db.dialect, version };
    },
  );
};
