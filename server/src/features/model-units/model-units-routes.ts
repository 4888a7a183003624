import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams } from '@api/common';
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
import { postCreate } from '../../http/create-route';
import { signedIn } from '../../http/signed-in';
import { requireRole } from '../../plugins/auth';
import { closed, errorResponses } from '../../schemas';
import {
  applyModelUnit,
  getApplication,
  listApplicationsFor,
  reviewApplication,
  revokeModelUnit,
} from './model-units-service';

const Review = flatDecision(ReviewApplicationBody);

export const modelUnitRoutes: FastifyPluginAsyncTypebox<FeatureOptions> = async (app, { deps }) => {
  const staffOnly = requireRole(app, 'staff', 'admin');

  postCreate(app, '/model-units/applications', {
    onRequest: requireRole(app, 'merchant'),
    tag: 'model-units',
    summary: '申请放心消费示范单位（该商家的认证成员）',
    description: '每个商家同时只能有一份审核中的申请。支持 Idempotency-Key。',
    body: ApplyModelUnitBody,
    created: ModelUnitApplication,
    errors: [400, 401, 403, 404, 409],
    replay: (request, id) => getApplication(deps, request.user, id),
    create: (request) => applyModelUnit(deps, request.user, request.body, request.idempotency),
  });

  app.get(
    '/model-units/applications/mine',
    signedIn(app.authenticate, 'model-units', {
      summary: '我的商家的示范单位申请（最新的在前），含审核结果和原因',
      querystring: closed(ApplicationListQuery),
      response: { 200: ApplicationList, ...errorResponses(400, 401) },
    }),
    async (request) => listApplicationsFor(deps, request.query, { userId: request.user.sub }),
  );

  app.get(
    '/model-units/applications',
    signedIn(staffOnly, 'model-units', {
      summary: '示范单位申请审核队列（工作人员，默认 status=submitted，最早的在前）',
      querystring: closed(ApplicationListQuery),
      response: { 200: ApplicationList, ...errorResponses(400, 401, 403) },
    }),
    async (request) => listApplicationsFor(deps, request.query, { staffQueue: true }),
  );

  app.get(
    '/model-units/applications/:id',
    signedIn(app.authenticate, 'model-units', {
      summary: '示范单位申请详情（申请商家的成员或工作人员）',
      params: IdParams,
      response: { 200: ModelUnitApplication, ...errorResponses(401, 404) },
    }),
    async (request) => getApplication(deps, request.user, request.params.id),
  );

  app.post(
    '/model-units/applications/:id/review',
    signedIn(staffOnly, 'model-units', {
      summary: '审核示范单位申请（工作人员）：通过时生成证书编号，驳回须填写原因',
      params: IdParams,
      body: closed(Review.schema),
      response: { 200: ModelUnitApplication, ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (request) =>
      reviewApplication(deps, request.user.sub, request.params.id, Review.check(request.body)),
  );

  app.post(
    '/model-units/:id/revoke',
    signedIn(staffOnly, 'model-units', {
      summary: '撤销示范单位称号（工作人员，须填写原因；历史保留并在商家页显示）',
      params: IdParams,
      body: closed(RevokeModelUnitBody),
      response: { 200: ModelUnitBadge, ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (request) => revokeModelUnit(deps, request.user.sub, request.params.id, request.body),
  );
};
