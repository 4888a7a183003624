import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { TSchema } from '@sinclair/typebox';
import { IdParams, PngImage } from '@api/common';
import {
  CreatePledgeBody,
  PledgeCertificate,
  PledgeCreated,
  PledgeList,
  PledgeQueue,
  PledgeQueueQuery,
  PledgeStats,
  PledgeTransitionBody,
  SignatoryWall,
  SignatoryWallQuery,
} from '@api/pledges';
import type { FeatureOptions } from '../../deps';
import { postCreate } from '../../http/create-route';
import { signedIn } from '../../http/signed-in';
import { callerOf, requireRole, type TokenPayload } from '../../plugins/auth';
import { closed, errorResponses } from '../../schemas';
import { pledgeQueue, pledgeStats, signatoryWall } from './lists-service';
import {
  getCertificate,
  merchantPledges,
  type CertificateImageFile,
  pledgeQrCode,
  pledgeSignature,
  type PledgeDeps,
} from './pledges-service';
import { createdPledge, createPledge } from './signing-service';
import { transitionPledge } from './transitions-service';

/** A public image of a certificate: its QR code, its signature. */
type CertificateImage = (
  deps: PledgeDeps,
  caller: TokenPayload | undefined,
  id: string,
) => Promise<CertificateImageFile>;

export const pledgeRoutes: FastifyPluginAsyncTypebox<FeatureOptions> = async (app, { deps }) => {
  const staffOnly = requireRole(app, 'staff', 'admin');
  /** A public read of one thing by id: signed-in callers may see more (pending pledges). */
  const publicById = <T extends TSchema>(summary: string, answer: T) => ({
    onRequest: app.optionalAuth,
    schema: {
      tags: ['pledges'],
      summary,
      params: IdParams,
      response: { 200: answer, ...errorResponses(404) },
    },
  });

  postCreate(app, '/pledges', {
    onRequest: requireRole(app, 'merchant'),
    tag: 'pledges',
    summary: '签署线下无理由退货承诺或倡议书（该商家已认证的负责人）',
    description:
      '条款、签署文本与手写签名一并冻结，返回证书编号和内容哈希。新承诺待工作人员核验。支持 Idempotency-Key。',
    body: CreatePledgeBody,
    created: PledgeCreated,
    errors: [400, 401, 403, 404, 409],
    replay: (request, id) => createdPledge(deps, request.user, id),
    create: (request) => createPledge(deps, request.user, request.body, request.idempotency),
  });

  app.get(
    '/pledges',
    signedIn(staffOnly, 'pledges', {
      summary: '承诺核验队列（工作人员，默认 status=pending，最早的在前）',
      querystring: closed(PledgeQueueQuery),
      response: { 200: PledgeQueue, ...errorResponses(400, 401, 403) },
    }),
    async (request) => pledgeQueue(deps, request.query),
  );

  app.get(
    '/pledges/stats',
    signedIn(staffOnly, 'pledges', {
      summary: '有效的线下无理由退货承诺：按镇（街道）和行业统计，及待核验数（工作人员）',
      response: { 200: PledgeStats, ...errorResponses(401, 403) },
    }),
    async () => pledgeStats(deps),
  );

  app.get(
    '/pledges/initiative/signatories',
    {
      schema: {
        tags: ['pledges'],
        summary: '倡议书签署墙（已核验，最新的在前）及签署总数',
        querystring: closed(SignatoryWallQuery),
        response: { 200: SignatoryWall, ...errorResponses(400) },
      },
    },
    async (request) => signatoryWall(deps, request.query),
  );

  app.get(
    '/pledges/:id',
    publicById(
      '承诺证书（公开；待核验的仅商家成员和工作人员可见），每次读取都校验内容哈希',
      PledgeCertificate,
    ),
    async (request) => getCertificate(deps, callerOf(request), request.params.id),
  );

  /**
   * The certificate's images, public as the certificate is: a day in any cache. A pending
   * pledge's are for its merchant and staff only (sent with the token): no shared cache may
   * keep them.
   */
  const imageRoute = (path: string, summary: string, load: CertificateImage) =>
    app.get(path, publicById(summary, PngImage), async (request, reply) => {
      const { mime, bytes, shared } = await load(deps, callerOf(request), request.params.id);
      return reply
        .header('content-type', mime)
        .header('cache-control', shared ? 'public, max-age=86400' : 'private, no-store')
        .send(bytes);
    });
  imageRoute(
    '/pledges/:id/qrcode',
    '海报二维码（PNG）：配置了 AppID 时为小程序码，否则为商家页网址的二维码',
    pledgeQrCode,
  );
  imageRoute('/pledges/:id/signature', '证书上的手写签名图片（与证书同样公开）', pledgeSignature);

  app.get(
    '/merchants/:id/pledges',
    publicById(
      '商家的承诺与倡议（含已撤回、已撤销的历史；待核验的仅成员和工作人员可见）',
      PledgeList,
    ),
    async (request) => merchantPledges(deps, callerOf(request), request.params.id),
  );

  app.post(
    '/pledges/:id/transitions',
    signedIn(app.authenticate, 'pledges', {
      summary:
        '核验（工作人员）、撤销（工作人员，须填原因）或撤回（商家负责人，须填原因和生效日期）',
      params: IdParams,
      body: closed(PledgeTransitionBody),
      response: { 200: PledgeCertificate, ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (request) => transitionPledge(deps, request.user, request.params.id, request.body),
  );
};
