import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { VisitBody, VisitCreated, VisitSummary, VisitSummaryQuery } from '@api/event';
import type { FeatureOptions } from '../../deps';
import { signedIn } from '../../http/signed-in';
import { callerOf, requireRole } from '../../plugins/auth';
import { closed, errorResponses } from '../../schemas';
import { recordVisit, visitSummary } from './event-service';

export const eventRoutes: FastifyPluginAsyncTypebox<FeatureOptions> = async (app, { deps }) => {
  app.post(
    '/event/visits',
    {
      // A visit is only its id: the replay says it again.
      config: { idempotent: { status: 201, replay: async (_request, id) => ({ id }) } },
      onRequest: app.optionalAuth,
      schema: {
        tags: ['event'],
        summary: '记录一次扫码访问（公开；带登录凭证时记录用户）',
        description: '支持 Idempotency-Key 请求头：相同标识与内容重放首次结果。',
        body: closed(VisitBody),
        response: { 201: VisitCreated, ...errorResponses(400, 409) },
      },
    },
    async (request, reply) => {
      const userId = callerOf(request)?.sub ?? null;
      const visit = await recordVisit(
        deps.db,
        request.body,
        userId,
        deps.now(),
        request.idempotency,
      );
      return reply.status(201).send(visit);
    },
  );

  app.get(
    '/event/visits/summary',
    signedIn(requireRole(app, 'staff', 'admin'), 'event', {
      summary: '扫码访问统计（工作人员）',
      querystring: closed(VisitSummaryQuery),
      response: { 200: VisitSummary, ...errorResponses(400, 401, 403) },
    }),
    async (request) => visitSummary(deps.db, request.query.days ?? 30, deps.now()),
  );
};
