import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type Redis from 'ioredis';
import { Health, Liveness, NotReady, Readiness } from '@api/health';
import type { FeatureOptions } from '../../deps';
import { errorResponses } from '../../schemas';
import { version } from '../../version';
import { pingDatabase } from './health-repository';
import { checkReadiness } from './readiness';

export interface HealthOptions extends FeatureOptions {
  /** Pinged by readiness when REDIS_URL is set. */
  redis?: Redis;
}

// A load balancer polls these: a busy instance must not look dead (no per-IP limit).
const unlimited = { rateLimit: false } as const;

export const healthRoutes: FastifyPluginAsyncTypebox<HealthOptions> = async (
  app,
  { deps, redis },
) => {
  let closing = false;
  // preClose runs as soon as app.close() starts, before in-flight requests are waited for.
  app.addHook('preClose', async () => {
    closing = true;
  });

  app.get(
    '/health',
    {
      config: unlimited,
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

  app.get(
    '/health/live',
    {
      config: unlimited,
      schema: {
        tags: ['health'],
        summary: '存活探针：进程在运行（不查数据库）',
        response: { 200: Liveness },
      },
    },
    async () => ({ status: 'live' as const }),
  );

  app.get(
    '/health/ready',
    {
      config: unlimited,
      schema: {
        tags: ['health'],
        summary: '就绪探针：数据库一秒内应答且未在停止；否则 503，负载均衡不再转发',
        response: { 200: Readiness, 503: NotReady },
      },
    },
    async (_request, reply) => {
      const result = await checkReadiness({
        db: deps.db.db,
        storage: deps.storage,
        redis,
        closing: () => closing,
      });
      if (!result.ready) return reply.code(503).send(result.body);
      return result.body;
    },
  );
};
