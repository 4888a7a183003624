import { PngImage, ShareBody, UsefulState } from '@api/common';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import {
  AdvisoryCreated,
  AdvisoryDetail,
  AdvisoryList,
  AdvisoryListQuery,
  AdvisoryStats,
  AdvisoryStatsQuery,
  AdvisoryTransitionBody,
  AdvisoryVersions,
  CreateAdvisoryBody,
  PinnedAdvisories,
  StaffAdvisory,
  StaffAdvisoryList,
  StaffAdvisoryQuery,
  UpdateAdvisoryBody,
} from '@api/advisories';
import { IdParams } from '@api/common';
import { ADVISORY_LIMITS } from '@/domain/advisory-vocabulary';
import { replyCached, stopCacheOnClose } from '../../cache/reply-cached';
import type { FeatureOptions } from '../../deps';
import { postCreate } from '../../http/create-route';
import { signedIn } from '../../http/signed-in';
import { callerOf, requireRole } from '../../plugins/auth';
import { closed, errorResponses, NoContent } from '../../schemas';
import {
  advisoryVersions,
  createAdvisory,
  createdAdvisory,
  staffAdvisory,
  staffAdvisoryList,
  transitionAdvisory,
  updateAdvisoryContent,
} from './editing-service';
import {
  advisoryImage,
  isFirstPlainPage,
  listAdvisories,
  newestAdvisories,
  markUseful,
  pinnedAdvisories,
  readAdvisory,
  advisoryQrCode,
  shareAdvisory,
} from './reading-service';
import { advisoryStats } from './stats-service';

const ImageParams = Type.Object({
  id: IdParams.properties.id,
  index: Type.Integer({ minimum: 0, maximum: ADVISORY_LIMITS.images - 1 }),
});

const JpegImage = Type.Unsafe<Uint8Array>({
  type: 'string',
  format: 'binary',
  description: '图片',
});

export const advisoryRoutes: FastifyPluginAsyncTypebox<FeatureOptions> = async (app, { deps }) => {
  const staffOnly = requireRole(app, 'staff', 'admin');
  const tags = ['advisories'];
  stopCacheOnClose(app, deps.db.db);

  app.get(
    '/advisories',
    {
      schema: {
        tags,
        summary: '消费提示与警示（公开，最新的在前；可按分类、类型筛选，q 按标题和正文搜索）',
        querystring: closed(AdvisoryListQuery),
        response: { 200: AdvisoryList, ...errorResponses(400) },
      },
    },
    async (request, reply) =>
      isFirstPlainPage(request.query)
        ? replyCached(request, reply, await newestAdvisories(deps, request.query))
        : listAdvisories(deps, request.query),
  );

  app.get(
    '/advisories/pinned',
    {
      schema: {
        tags,
        summary: '首页置顶：当前有效的警示（公开）',
        response: { 200: PinnedAdvisories },
      },
    },
    async (request, reply) => replyCached(request, reply, await pinnedAdvisories(deps)),
  );

  app.get(
    '/advisories/manage',
    signedIn(staffOnly, 'advisories', {
      summary: '提示/警示管理列表（工作人员，可按状态筛选，最近修改的在前）',
      querystring: closed(StaffAdvisoryQuery),
      response: { 200: StaffAdvisoryList, ...errorResponses(400, 401, 403) },
    }),
    async (request) => staffAdvisoryList(deps, request.query),
  );

  app.get(
    '/advisories/:id',
    {
      onRequest: app.optionalAuth,
      schema: {
        tags,
        summary: '提示/警示详情（公开；已发布且到了发布时间的），同一读者每天计一次阅读',
        params: IdParams,
        response: { 200: AdvisoryDetail, ...errorResponses(404) },
      },
    },
    async (request) =>
      readAdvisory(deps, callerOf(request), request.params.id, {
        ip: request.ip,
        userAgent: request.headers['user-agent'],
      }),
  );

  app.get(
    '/advisories/:id/qrcode',
    {
      schema: {
        tags,
        summary: '提示/警示海报二维码（PNG）：配置了 AppID 时为小程序码，否则为详情页网址的二维码',
        params: IdParams,
        response: { 200: PngImage, ...errorResponses(400, 404) },
      },
    },
    async (request, reply) =>
      reply
        .header('content-type', 'image/png')
        .header('cache-control', 'public, max-age=86400')
        .send(await advisoryQrCode(deps, request.params.id)),
  );

  app.post(
    '/advisories/:id/shares',
    {
      schema: {
        tags,
        summary: '记录一次转发、分享到朋友圈或保存海报（公开，尽力而为）',
        params: IdParams,
        body: closed(ShareBody),
        response: { 204: NoContent, ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => {
      await shareAdvisory(deps, request.params.id, request.body);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/advisories/stats',
    signedIn(staffOnly, 'advisories', {
      summary: '提示/警示统计：阅读（每人每天一次）、有用、分享和经分享进入的访问，按篇和按分类',
      querystring: closed(AdvisoryStatsQuery),
      response: { 200: AdvisoryStats, ...errorResponses(400, 401, 403) },
    }),
    async (request) => advisoryStats(deps, request.query.days ?? 30),
  );

  app.get(
    '/advisories/:id/images/:index',
    {
      schema: {
        tags,
        summary: '提示/警示的配图（与其同样公开）',
        params: ImageParams,
        response: { 200: JpegImage, ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const { mime, bytes } = await advisoryImage(deps, request.params.id, request.params.index);
      return reply
        .header('content-type', mime)
        .header('cache-control', 'public, max-age=300')
        .send(bytes);
    },
  );

  app.put(
    '/advisories/:id/useful',
    signedIn(app.authenticate, 'advisories', {
      summary: '标记「有用」（每人一次，重复标记不变）',
      params: IdParams,
      response: { 200: UsefulState, ...errorResponses(401, 404) },
    }),
    async (request) => markUseful(deps, request.user, request.params.id),
  );

  postCreate(app, '/advisories', {
    onRequest: staffOnly,
    tag: 'advisories',
    summary: '撰写提示/警示草稿（工作人员）',
    description:
      '警示点名商家须附行政处罚决定书文号和日期（消费者权益保护法第五十六条）。支持 Idempotency-Key。',
    body: CreateAdvisoryBody,
    created: AdvisoryCreated,
    errors: [400, 401, 403, 409],
    replay: (_request, id) => createdAdvisory(deps, id),
    create: (request) => createAdvisory(deps, request.user, request.body, request.idempotency),
  });

  app.get(
    '/advisories/:id/manage',
    signedIn(staffOnly, 'advisories', {
      summary: '提示/警示的全部内容与状态，含待审核的新版本（工作人员）',
      params: IdParams,
      response: { 200: StaffAdvisory, ...errorResponses(401, 403, 404) },
    }),
    async (request) => staffAdvisory(deps, request.params.id),
  );

  app.put(
    '/advisories/:id',
    signedIn(staffOnly, 'advisories', {
      summary: '修改草稿（作者），或为已发布的提示/警示撰写新版本（须再审核，旧版本保留）',
      params: IdParams,
      body: closed(UpdateAdvisoryBody),
      response: { 200: StaffAdvisory, ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (request) => updateAdvisoryContent(deps, request.user, request.params.id, request.body),
  );

  app.post(
    '/advisories/:id/transitions',
    signedIn(staffOnly, 'advisories', {
      summary:
        '提交审核（作者）、退回（须填原因）、发布（非作者的工作人员，可定时）、撤下（须填原因）',
      params: IdParams,
      body: closed(AdvisoryTransitionBody),
      response: { 200: StaffAdvisory, ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (request) => transitionAdvisory(deps, request.user, request.params.id, request.body),
  );

  app.get(
    '/advisories/:id/versions',
    signedIn(staffOnly, 'advisories', {
      summary: '已发布过的各版本（工作人员）',
      params: IdParams,
      response: { 200: AdvisoryVersions, ...errorResponses(401, 403, 404) },
    }),
    async (request) => advisoryVersions(deps, request.params.id),
  );
};
