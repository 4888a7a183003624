import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams } from '@api/common';
import { Supervision, SupervisionBody, SupervisionState } from '@api/disclosure';
import type { FeatureOptions } from '../../deps';
import { signedIn } from '../../http/signed-in';
import { requireRole } from '../../plugins/auth';
import { closed, errorResponses, NoContent } from '../../schemas';
import { getSupervision, liftSupervision, superviseComplaint } from './supervision-service';

/** 督办 (issue 15): staff mark a complaint to track; the supervisor hears of every status change. */
export const supervisionRoutes: FastifyPluginAsyncTypebox<FeatureOptions> = async (
  app,
  { deps },
) => {
  const staffOnly = requireRole(app, 'staff', 'admin');

  app.get(
    '/complaints/:id/supervision',
    signedIn(staffOnly, 'complaints', {
      summary: '投诉的督办标记（工作人员；未督办为 null）',
      params: IdParams,
      response: { 200: SupervisionState, ...errorResponses(400, 401, 403, 404) },
    }),
    async (request) => getSupervision(deps, request.params.id),
  );

  app.put(
    '/complaints/:id/supervision',
    signedIn(staffOnly, 'complaints', {
      summary:
        '督办一件投诉（工作人员）：调用者成为督办人，此后每次状态变化都会通知他；再次调用更新督办说明',
      params: IdParams,
      body: closed(SupervisionBody),
      response: { 200: Supervision, ...errorResponses(400, 401, 403, 404) },
    }),
    async (request) => superviseComplaint(deps, request.user, request.params.id, request.body),
  );

  app.delete(
    '/complaints/:id/supervision',
    signedIn(staffOnly, 'complaints', {
      summary: '取消督办（工作人员）',
      params: IdParams,
      response: { 204: NoContent, ...errorResponses(400, 401, 403, 404) },
    }),
    async (request, reply) => {
      await liftSupervision(deps, request.user, request.params.id);
      return reply.status(204).send(null);
    },
  );
};
