import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams } from '@api/common';
import {
  QaCard,
  QaContent,
  QaCreated,
  QaList,
  QaListQuery,
  QaTransitionBody,
  StaffQa,
  StaffQaList,
  StaffQaQuery,
} from '@api/law';
import type { FeatureOptions } from '../../deps';
import { postCreate } from '../../http/create-route';
import { signedIn } from '../../http/signed-in';
import { requireRole } from '../../plugins/auth';
import { closed, errorResponses } from '../../schemas';
import { qaCard, qaList } from './qa-reading-service';
import {
  createdQa,
  createQa,
  staffQa,
  staffQaList,
  transitionQa,
  updateQaContent,
} from './qa-service';

/** 普法 问答 cards: published ones are public; writing and reviewing are staff's. */
export const lawQaRoutes: FastifyPluginAsyncTypebox<FeatureOptions> = async (app, { deps }) => {
  const staffOnly = requireRole(app, 'staff', 'admin');
  const tags = ['law'];

  app.get(
    '/law/qa',
    {
      schema: {
        tags,
        summary: '普法问答（公开，已发布的，最新的在前；可按主题筛选）',
        querystring: closed(QaListQuery),
        response: { 200: QaList, ...errorResponses(400) },
      },
    },
    async (request) => qaList(deps, request.query),
  );

  app.get(
    '/law/qa/manage',
    signedIn(staffOnly, 'law', {
      summary: '问答管理列表（工作人员，可按状态、主题筛选，最近修改的在前）',
      querystring: closed(StaffQaQuery),
      response: { 200: StaffQaList, ...errorResponses(400, 401, 403) },
    }),
    async (request) => staffQaList(deps, request.query),
  );

  app.get(
    '/law/qa/:id',
    {
      schema: {
        tags,
        summary: '一则问答（公开，仅已发布的），引用的条文带法规名称和条号',
        params: IdParams,
        response: { 200: QaCard, ...errorResponses(404) },
      },
    },
    async (request) => qaCard(deps, request.params.id),
  );

  postCreate(app, '/law/qa', {
    onRequest: staffOnly,
    tag: 'law',
    summary: '撰写问答草稿（工作人员）',
    description: '引用的条文须已收录在法规库中。支持 Idempotency-Key。',
    body: QaContent,
    created: QaCreated,
    errors: [400, 401, 403, 409],
    replay: (_request, id) => createdQa(deps, id),
    create: (request) => createQa(deps, request.user, request.body, request.idempotency),
  });

  app.get(
    '/law/qa/:id/manage',
    signedIn(staffOnly, 'law', {
      summary: '问答的全部内容与状态，含待审核的新版本（工作人员）',
      params: IdParams,
      response: { 200: StaffQa, ...errorResponses(401, 403, 404) },
    }),
    async (request) => staffQa(deps, request.params.id),
  );

  app.put(
    '/law/qa/:id',
    signedIn(staffOnly, 'law', {
      summary: '修改草稿（作者），或为已发布的问答撰写新版本（须再审核，旧版本保留）',
      params: IdParams,
      body: closed(QaContent),
      response: { 200: StaffQa, ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (request) => updateQaContent(deps, request.user, request.params.id, request.body),
  );

  app.post(
    '/law/qa/:id/transitions',
    signedIn(staffOnly, 'law', {
      summary: '提交审核（作者）、退回（须填原因）、发布（非作者的工作人员）、撤下（须填原因）',
      params: IdParams,
      body: closed(QaTransitionBody),
      response: { 200: StaffQa, ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (request) => transitionQa(deps, request.user, request.params.id, request.body),
  );
};
