import { PngImage, ShareBody, UsefulState } from '@api/common';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import {
  MyTip,
  MyTipPage,
  MyTipQuery,
  PublicTip,
  StaffTip,
  StaffTipPage,
  TipBody,
  TipListQuery,
  TipModerationBody,
  TipPage,
  TipParams,
  TipPromoted,
  TipPromotionBody,
  TipPhotoParams,
  TipQueueQuery,
  TipReport,
  TipReportBody,
  TipReportCreated,
  TipReportPage,
  TipReportParams,
  TipReportQueueQuery,
  TipReportResolutionBody,
} from '@api/tips';
import { UploadBytes } from '@api/uploads';
import type { FeatureOptions } from '../../deps';
import { postCreate } from '../../http/create-route';
import { signedIn } from '../../http/signed-in';
import { callerOf, requireRole, type TokenPayload } from '../../plugins/auth';
import { closed, errorResponses, NoContent } from '../../schemas';
import { moderateTip, promoteTip, tipQueue } from './tips-moderation-service';
import { reportedTip, reportTip, resolveTipReport, tipReportQueue } from './tips-reports-service';
import {
  getTip,
  listTips,
  markTipUseful,
  myTips,
  shareTip,
  tipPhoto,
  tipQrCode,
} from './tips-reading-service';
import { createTip, ownTip, withdraw } from './tips-submission-service';

/** 消费小贴士: written by consumers (and merchants), moderated by staff, read by everybody. */
export const tipRoutes: FastifyPluginAsyncTypebox<FeatureOptions> = async (app, { deps }) => {
  const staffOnly = requireRole(app, 'staff', 'admin');
  const writers = requireRole(app, 'consumer', 'merchant');

  postCreate(app, '/tips', {
    onRequest: writers,
    tag: 'tips',
    summary: '投稿一条消费小贴士（消费者、商家；先经微信内容安全检测，再由工作人员审核）',
    description:
      '标题 4–40 字，正文 10–500 字，最多 3 张图片（purpose=evidence 上传），分类取自县域配置。微信判定有风险时 422（TIP_CONTENT_REFUSED / TIP_PHOTO_REFUSED），不保存；每人每天限额（县域配置 tips.perUserPerDay，默认 3）超出 429；同一作者内容相同 409。支持 Idempotency-Key。',
    body: TipBody,
    created: MyTip,
    errors: [400, 401, 403, 409, 422, 429],
    replay: (request, id) => ownTip(deps, request.user.sub, id),
    create: (request) => createTip(deps, request.user, request.body, request.idempotency),
  });

  app.get(
    '/tips',
    {
      onRequest: app.optionalAuth,
      schema: {
        tags: ['tips'],
        summary: '已发布的小贴士（公开，最新在前；按分类筛选，按标题或正文搜索）',
        querystring: closed(TipListQuery),
        response: { 200: TipPage, ...errorResponses(400) },
      },
    },
    async (request) => listTips(deps, callerOf(request), request.query),
  );

  app.get(
    '/tips/mine',
    signedIn(app.authenticate, 'tips', {
      summary: '我的投稿（各种状态，含未通过原因）',
      querystring: closed(MyTipQuery),
      response: { 200: MyTipPage, ...errorResponses(400, 401) },
    }),
    async (request) => myTips(deps, request.user.sub, request.query),
  );

  app.get(
    '/tips/queue',
    signedIn(staffOnly, 'tips', {
      summary: '待审核的小贴士（工作人员，最早的在前）',
      querystring: closed(TipQueueQuery),
      response: { 200: StaffTipPage, ...errorResponses(400, 401, 403) },
    }),
    async (request) => tipQueue(deps, request.query),
  );

  app.get(
    '/tips/:id',
    {
      onRequest: app.optionalAuth,
      schema: {
        tags: ['tips'],
        summary: '一条已发布的小贴士（公开；作者昵称已打码）',
        params: TipParams,
        response: { 200: PublicTip, ...errorResponses(400, 404) },
      },
    },
    async (request) => getTip(deps, callerOf(request), request.params.id),
  );

  app.get(
    '/tips/:id/qrcode',
    {
      schema: {
        tags: ['tips'],
        summary: '小贴士海报二维码（PNG）：配置了 AppID 时为小程序码，否则为详情页网址的二维码',
        params: TipParams,
        response: { 200: PngImage, ...errorResponses(400, 404) },
      },
    },
    async (request, reply) =>
      reply
        .header('content-type', 'image/png')
        .header('cache-control', 'public, max-age=86400')
        .send(await tipQrCode(deps, request.params.id)),
  );

  app.get(
    '/tips/:id/photos/:photoId',
    {
      schema: {
        tags: ['tips'],
        summary: '已发布小贴士的图片（公开）',
        params: TipPhotoParams,
        response: { 200: UploadBytes, ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const { mime, bytes } = await tipPhoto(deps, request.params.id, request.params.photoId);
      return reply
        .header('content-type', mime)
        .header('cache-control', 'private, max-age=300')
        .send(bytes);
    },
  );

  app.post(
    '/tips/:id/withdrawal',
    signedIn(app.authenticate, 'tips', {
      summary: '撤回自己的小贴士（作者）',
      params: TipParams,
      response: { 200: MyTip, ...errorResponses(400, 401, 404, 409) },
    }),
    async (request) => withdraw(deps, request.user.sub, request.params.id),
  );

  app.put(
    '/tips/:id/useful',
    signedIn(app.authenticate, 'tips', {
      summary: '有用（每人一次，重复标记无效果）',
      params: TipParams,
      response: { 200: UsefulState, ...errorResponses(400, 401, 404) },
    }),
    async (request) => markTipUseful(deps, request.user.sub, request.params.id),
  );

  app.post(
    '/tips/:id/shares',
    {
      schema: {
        tags: ['tips'],
        summary: '记录一次转发、分享到朋友圈或保存海报（公开，尽力而为）',
        params: TipParams,
        body: closed(ShareBody),
        response: { 204: NoContent, ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => {
      await shareTip(deps, request.params.id, request.body);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/tips/:id/reports',
    {
      config: {
        idempotent: {
          status: 201,
          replay: (request: FastifyRequest, id: string) =>
            reportedTip(deps, (request.user as TokenPayload).sub, id),
        },
      },
      ...signedIn(app.authenticate, 'tips', {
        summary: '举报不当内容（登录用户；进入工作人员的处理队列；支持 Idempotency-Key）',
        params: TipParams,
        body: closed(TipReportBody),
        response: { 201: TipReportCreated, ...errorResponses(400, 401, 404, 409) },
      }),
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await reportTip(
            deps,
            request.user.sub,
            request.params.id,
            request.body,
            request.idempotency,
          ),
        ),
  );

  app.post(
    '/tips/:id/moderation',
    signedIn(staffOnly, 'tips', {
      summary: '审核小贴士：通过发布，或按列表中的原因驳回（工作人员；作者收到站内消息）',
      params: TipParams,
      body: TipModerationBody,
      response: { 200: StaffTip, ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (request) => moderateTip(deps, request.user.sub, request.params.id, request.body),
  );

  app.post(
    '/tips/:id/promotion',
    {
      config: {
        idempotent: {
          status: 201,
          replay: async (request: FastifyRequest, advisoryId: string) => ({
            tipId: (request.params as TipParams).id,
            advisoryId,
          }),
        },
      },
      ...signedIn(staffOnly, 'tips', {
        summary:
          '把已发布的小贴士转为官方提示草稿（工作人员；注明"据消费者投稿"，走提示的审核发布流程）',
        description:
          '草稿不带图片（图片属于投稿人）；发布单位默认为县消保委。每条小贴士只能转一次（409 TIP_ALREADY_PROMOTED）。支持 Idempotency-Key。',
        params: TipParams,
        body: closed(TipPromotionBody),
        response: { 201: TipPromoted, ...errorResponses(400, 401, 403, 404, 409) },
      }),
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await promoteTip(
            deps,
            request.user,
            request.params.id,
            request.body,
            request.idempotency,
          ),
        ),
  );

  app.get(
    '/tip-reports',
    signedIn(staffOnly, 'tips', {
      summary: '小贴士举报队列（工作人员，默认待处理，最早的在前）',
      querystring: closed(TipReportQueueQuery),
      response: { 200: TipReportPage, ...errorResponses(400, 401, 403) },
    }),
    async (request) => tipReportQueue(deps, request.query),
  );

  app.post(
    '/tip-reports/:id/resolution',
    signedIn(staffOnly, 'tips', {
      summary: '处理举报：屏蔽小贴士（从所有公开页面消失）或驳回举报（工作人员）',
      params: TipReportParams,
      body: closed(TipReportResolutionBody),
      response: { 200: TipReport, ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (request) => resolveTipReport(deps, request.user.sub, request.params.id, request.body),
  );
};
