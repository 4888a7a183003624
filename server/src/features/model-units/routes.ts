import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import {
  ApplicationList,
  ApplicationListQuery,
  ApplyModelUnitBody,
  ModelUnitApplication,
  ModelUnitBadge,
  ReviewApplicationBody,
  RevokeModelUnitBody,
} from '@api/model-units';
import { flatDecision } from '../../decision-body';
import type { FeatureOptions } from '../../deps';
import { requireRole } from '../../plugins/auth';
import { closed, errorResponses } from '../../schemas';
import {
  applyModelUnit,
  getApplication,
  listApplicationsFor,
  reviewApplication,
  revokeModelUnit,
} from './service';

const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 40 }) });
const Review = flatDecision(ReviewApplicationBody);

export const modelUnitRoutes: FastifyPluginAsyncTypebox<FeatureOptions> = async (app, { deps }) => {
  const handle = deps.db;
  const staffOnly = requireRole(app, 'staff', 'admin');

  app.post(
    '/model-units/applications',
    {
      config: {
        idempotent: {
          status: 201,
          replay: (request, id) => getApplication(handle, request.user, id),
        },
      },
      onRequest: requireRole(app, 'merchant'),
      schema: {
        tags: ['model-units'],
        summary: '申请放心消费示范单位（该商家的认证成员）',
        description: '每个商家同时只能有一份审核中的申请。支持 Idempotency-Key。',
        security: [{ bearer: [] }],
        body: closed(ApplyModelUnitBody),
        response: { 201: ModelUnitApplication, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const application = await applyModelUnit(
        handle,
        request.user,
        request.body,
        request.idempotency,
      );
      return reply.status(201).send(application);
    },
  );

  app.get(
    '/model-units/applications/mine',
    {
      onRequest: app.authenticate,
      schema: {
        tags: ['model-units'],
        summary: '我的商家的示范单位申请（最新的在前），含审核结果和原因',
        security: [{ bearer: [] }],
        querystring: closed(ApplicationListQuery),
        response: { 200: ApplicationList, ...errorResponses(400, 401) },
      },
    },
    async (request) => listApplicationsFor(handle, request.query, { userId: request.user.sub }),
  );

  app.get(
    '/model-units/applications',
    {
      onRequest: staffOnly,
      schema: {
        tags: ['model-units'],
        summary: '示范单位申请审核队列（工作人员，默认 status=submitted，最早的在前）',
        security: [{ bearer: [] }],
        querystring: closed(ApplicationListQuery),
        response: { 200: ApplicationList, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => listApplicationsFor(handle, request.query, { staffQueue: true }),
  );

  app.get(
    '/model-units/applications/:id',
    {
      onRequest: app.authenticate,
      schema: {
        tags: ['model-units'],
        summary: '示范单位申请详情（申请商家的成员或工作人员）',
        security: [{ bearer: [] }],
        params: IdParams,
        response: { 200: ModelUnitApplication, ...errorResponses(401, 404) },
      },
    },
    async (request) => getApplication(handle, request.user, request.params.id),
  );

  app.post(
    '/model-units/applications/:id/review',
    {
      onRequest: staffOnly,
      schema: {
        tags: ['model-units'],
        summary: '审核示范单位申请（工作人员）：通过时生成证书编号，驳回须填写原因',
        security: [{ bearer: [] }],
        params: IdParams,
        body: closed(Review.schema),
        response: { 200: ModelUnitApplication, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      reviewApplication(
        { handle, countyCode: deps.config.countyCode },
        request.user.sub,
        request.params.id,
        Review.check(request.body),
      ),
  );

  app.post(
    '/model-units/:id/revoke',
    {
      onRequest: staffOnly,
      schema: {
        tags: ['model-units'],
        summary: '撤销示范单位称号（工作人员，须填写原因；历史保留并在商家页显示）',
        security: [{ bearer: [] }],
        params: IdParams,
        body: closed(RevokeModelUnitBody),
        response: { 200: ModelUnitBadge, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => revokeModelUnit(handle, request.user.sub, request.params.id, request.body),
  );
};
