import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams } from '@api/common';
import {
  MerchantDetail,
  MerchantPage,
  MerchantSearchQuery,
  Membership,
  RegisterMerchantBody,
  UpdateMerchantBody,
  CreditCodeParams,
} from '@api/merchants';
import type { FeatureOptions } from '../../deps';
import { postCreate } from '../../http/create-route';
import { signedIn } from '../../http/signed-in';
import { requireRole } from '../../plugins/auth';
import { closed, errorResponses } from '../../schemas';
import { importRoutes } from './imports-routes';
import { membershipRoutes } from './memberships-routes';
import { registerMerchant, registeredMembership } from './memberships-service';
import { getMerchantByCode, getMerchantDetail, search, updateMerchant } from './merchants-service';

export const merchantRoutes: FastifyPluginAsyncTypebox<FeatureOptions> = async (app, { deps }) => {
  const handle = deps.db;

  app.get(
    '/merchants',
    {
      schema: {
        tags: ['merchants'],
        summary:
          '查商家（公开）：名称任意片段、信用代码、行业、镇街、标识；按距离、相关度或投诉公示排序',
        description:
          'q 为名称中任意连续的字（1 个字起）；4 位以上的信用代码片段同时按代码前缀查。near=纬度,经度 时按距离排序（无位置的商家排最后）并返回 distanceM；否则按相关度。sort=complaints-asc（投诉少）或 settlement-rate-desc（调解成功率高）时按最近一期投诉公示的数据排序，优先于 near，无公示数据的商家排最后。结果带 complaintFigures（有公示时）。cursor 为上一页的 nextCursor。',
        querystring: closed(MerchantSearchQuery),
        response: { 200: MerchantPage, ...errorResponses(400) },
      },
    },
    async (request) => search(handle, request.query, deps.now()),
  );

  app.get(
    '/merchants/by-code/:creditCode',
    {
      schema: {
        tags: ['merchants'],
        summary: '按统一社会信用代码查商家（公开）',
        params: CreditCodeParams,
        response: { 200: MerchantDetail, ...errorResponses(400, 404) },
      },
    },
    async (request) => getMerchantByCode(handle, request.params.creditCode, deps.now()),
  );

  app.get(
    '/merchants/:id',
    {
      schema: {
        tags: ['merchants'],
        summary: '商家详情（公开，不含联系人信息）',
        params: IdParams,
        response: { 200: MerchantDetail, ...errorResponses(404) },
      },
    },
    async (request) => getMerchantDetail(handle, request.params.id, deps.now()),
  );

  postCreate(app, '/merchants', {
    onRequest: requireRole(app, 'consumer', 'merchant'),
    tag: 'merchants',
    summary: '商家注册认证（提交后由工作人员审核；已在名录中的代码成为加入申请）',
    description:
      '信用代码按 GB 32100-2015 校验，不通过时返回 400 INVALID_CREDIT_CODE 及原因。支持 Idempotency-Key。',
    body: RegisterMerchantBody,
    created: Membership,
    errors: [400, 401, 403, 409],
    replay: (request, id) => registeredMembership(handle, request.user.sub, id),
    create: (request) =>
      registerMerchant(deps, request.user.sub, request.body, request.idempotency),
  });

  app.patch(
    '/merchants/:id',
    signedIn(app.authenticate, 'merchants', {
      summary: '修改商家公开信息（该商家的认证成员或工作人员）',
      params: IdParams,
      body: closed(UpdateMerchantBody),
      response: { 200: MerchantDetail, ...errorResponses(400, 401, 404) },
    }),
    async (request) =>
      updateMerchant(handle, request.user, request.params.id, request.body, deps.now()),
  );

  await app.register(membershipRoutes, { deps });
  await app.register(importRoutes, { deps });
};
