import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import {
  CreatePledgeBody,
  PledgeCertificate,
  PledgeCreated,
  PledgeList,
  PledgeStats,
  PledgeStatus,
  PledgeTransitionBody,
  SignatoryWall,
} from '@api/pledges';
import type { FeatureOptions } from '../../deps';
import { callerOf, requireRole } from '../../plugins/auth';
import { closed, errorResponses } from '../../schemas';
import {
  createPledge,
  createdPledge,
  getCertificate,
  merchantPledges,
  pledgeQrCode,
  pledgeQueue,
  pledgeSignature,
  pledgeStats,
  signatoryWall,
  transitionPledge,
} from './service';

const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 40 }) });
const Cursor = Type.Optional(Type.String({ maxLength: 200 }));
const Limit = Type.Optional(Type.Integer({ minimum: 1, maximum: 50 }));
const QueueQuery = Type.Object({
  status: Type.Optional(PledgeStatus),
  cursor: Cursor,
  limit: Limit,
});
const WallQuery = Type.Object({ cursor: Cursor, limit: Limit });
const PledgeQueue = Type.Object({
  items: Type.Array(PledgeCertificate),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});
const Png = Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description: 'PNG 图片' });

export const pledgeRoutes: FastifyPluginAsyncTypebox<FeatureOptions> = async (app, { deps }) => {
  const staffOnly = requireRole(app, 'staff', 'admin');

  app.post(
    '/pledges',
    {
      config: {
        idempotent: { status: 201, replay: (request, id) => createdPledge(deps, request.user, id) },
      },
      onRequest: requireRole(app, 'merchant'),
      schema: {
        tags: ['pledges'],
        summary: '签署线下无理由退货承诺或倡议书（该商家已认证的负责人）',
        description:
          '条款、签署文本与手写签名一并冻结，返回证书编号和内容哈希。新承诺待工作人员核验。支持 Idempotency-Key。',
        security: [{ bearer: [] }],
        body: closed(CreatePledgeBody),
        response: { 201: PledgeCreated, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createPledge(deps, request.user, request.body, request.idempotency)),
  );

  app.get(
    '/pledges',
    {
      onRequest: staffOnly,
      schema: {
        tags: ['pledges'],
        summary: '承诺核验队列（工作人员，默认 status=pending，最早的在前）',
        security: [{ bearer: [] }],
        querystring: closed(QueueQuery),
        response: { 200: PledgeQueue, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => pledgeQueue(deps, request.query),
  );

  app.get(
    '/pledges/stats',
    {
      onRequest: staffOnly,
      schema: {
        tags: ['pledges'],
        summary: '有效的线下无理由退货承诺：按镇（街道）和行业统计，及待核验数（工作人员）',
        security: [{ bearer: [] }],
        response: { 200: PledgeStats, ...errorResponses(401, 403) },
      },
    },
    async () => pledgeStats(deps),
  );

  app.get(
    '/pledges/initiative/signatories',
    {
      schema: {
        tags: ['pledges'],
        summary: '倡议书签署墙（已核验，最新的在前）及签署总数',
        querystring: closed(WallQuery),
        response: { 200: SignatoryWall, ...errorResponses(400) },
      },
    },
    async (request) => signatoryWall(deps, request.query),
  );

  app.get(
    '/pledges/:id',
    {
      onRequest: app.optionalAuth,
      schema: {
        tags: ['pledges'],
        summary: '承诺证书（公开；待核验的仅商家成员和工作人员可见），每次读取都校验内容哈希',
        params: IdParams,
        response: { 200: PledgeCertificate, ...errorResponses(404) },
      },
    },
    async (request) => getCertificate(deps, callerOf(request), request.params.id),
  );

  app.get(
    '/pledges/:id/qrcode',
    {
      onRequest: app.optionalAuth,
      schema: {
        tags: ['pledges'],
        summary: '海报二维码（PNG）：配置了 AppID 时为小程序码，否则为商家页网址的二维码',
        params: IdParams,
        response: { 200: Png, ...errorResponses(404) },
      },
    },
    async (request, reply) => {
      const png = await pledgeQrCode(deps, callerOf(request), request.params.id);
      return reply
        .header('content-type', 'image/png')
        .header('cache-control', 'public, max-age=86400')
        .send(png);
    },
  );

  app.get(
    '/pledges/:id/signature',
    {
      onRequest: app.optionalAuth,
      schema: {
        tags: ['pledges'],
        summary: '证书上的手写签名图片（与证书同样公开）',
        params: IdParams,
        response: { 200: Png, ...errorResponses(404) },
      },
    },
    async (request, reply) => {
      const { mime, bytes } = await pledgeSignature(deps, callerOf(request), request.params.id);
      return reply
        .header('content-type', mime)
        .header('cache-control', 'public, max-age=86400')
        .send(bytes);
    },
  );

  app.get(
    '/merchants/:id/pledges',
    {
      onRequest: app.optionalAuth,
      schema: {
        tags: ['pledges'],
        summary: '商家的承诺与倡议（含已撤回、已撤销的历史；待核验的仅成员和工作人员可见）',
        params: IdParams,
        response: { 200: PledgeList, ...errorResponses(404) },
      },
    },
    async (request) => merchantPledges(deps, callerOf(request), request.params.id),
  );

  app.post(
    '/pledges/:id/transitions',
    {
      onRequest: app.authenticate,
      schema: {
        tags: ['pledges'],
        summary:
          '核验（工作人员）、撤销（工作人员，须填原因）或撤回（商家负责人，须填原因和生效日期）',
        security: [{ bearer: [] }],
        params: IdParams,
        body: closed(PledgeTransitionBody),
        response: { 200: PledgeCertificate, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => transitionPledge(deps, request.user, request.params.id, request.body),
  );
};
