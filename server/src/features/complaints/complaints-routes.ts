import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { TSchema } from '@sinclair/typebox';
import {
  ComplaintCreated,
  ComplaintDetail,
  ComplaintListQuery,
  ComplaintPage,
  ConsentBody,
  MediationAgreement,
  CreateComplaintBody,
  MessageBody,
  RatingBody,
  TransitionBody,
} from '@api/complaints';
import { flatUnion } from '../../decision-body';
import type { FeatureOptions } from '../../deps';
import { IdParams } from '@api/common';
import { postCreate } from '../../http/create-route';
import { signedIn } from '../../http/signed-in';
import { requireRole, type TokenPayload } from '../../plugins/auth';
import type { IdempotentRoute } from '../../plugins/idempotency';
import { closed, errorResponses } from '../../schemas';
import { allowUploadReads } from '../uploads/uploads-service';
import type { ComplaintCall } from './complaint-access';
import { isEvidenceOfMemberMerchant } from './complaints-repository';
import {
  createComplaint,
  createdComplaint,
  getComplaint,
  listComplaintsFor,
} from './complaints-service';
import { addMessage } from './complaint-messages-service';
import { mediationAgreement, recordMediationConsent } from './consent-service';
import { rateComplaint } from './rating-service';
import { transitionComplaint } from './transitions-service';

const Transition = flatUnion(TransitionBody, 'action');

export const complaintRoutes: FastifyPluginAsyncTypebox<FeatureOptions> = async (app, { deps }) => {
  // The members of the merchant complained about may see the complaint's evidence photos.
  allowUploadReads('evidence', isEvidenceOfMemberMerchant);

  /** The caller and the complaint named by the path (/complaints/:id/…). */
  const callOf = (request: { user: TokenPayload; params: { id: string } }): ComplaintCall => ({
    deps,
    caller: request.user,
    id: request.params.id,
  });

  // A transition or a message answers with the complaint as it is now; so does its replay.
  const replayDetail: IdempotentRoute = {
    status: 200,
    replay: (request, id) => getComplaint({ deps, caller: request.user, id }),
  };

  /** A party's change to one complaint, answered with the complaint as it is now. */
  const complaintChange = <B extends TSchema>(body: B, summary: string, description?: string) =>
    signedIn(app.authenticate, 'complaints', {
      summary,
      ...(description !== undefined && { description }),
      params: IdParams,
      body: closed(body),
      response: { 200: ComplaintDetail, ...errorResponses(400, 401, 403, 404, 409) },
    });

  postCreate(app, '/complaints', {
    onRequest: requireRole(app, 'consumer', 'merchant'),
    tag: 'complaints',
    summary: '提交消费投诉（消费者）',
    description:
      '第九条的材料：投诉人姓名、电话、地址（加密保存），被投诉人名称、地址，诉求和事实。受理期限按工作日（含调休）计算。支持 Idempotency-Key。',
    body: CreateComplaintBody,
    created: ComplaintCreated,
    errors: [400, 401, 403, 409],
    replay: (request, id) => createdComplaint({ deps, caller: request.user, id }),
    create: (request) => createComplaint(deps, request.user, request.body, request.idempotency),
  });

  app.get(
    '/complaints',
    signedIn(app.authenticate, 'complaints', {
      summary:
        '投诉列表：mine 我的投诉、merchant 对我的商家的投诉、all 全部（工作人员，按期限排序）',
      description:
        '工作人员的队列按当前适用的期限（待受理：受理期限；已受理/调解中：调解期限）升序，其余在后；其他列表最新的在前。列表项不含个人信息。',
      querystring: closed(ComplaintListQuery),
      response: { 200: ComplaintPage, ...errorResponses(400, 401, 403) },
    }),
    async (request) => listComplaintsFor(deps, request.user, request.query),
  );

  app.get(
    '/complaints/:id',
    signedIn(app.authenticate, 'complaints', {
      summary: '投诉详情（投诉人、被投诉商家成员、工作人员）',
      description:
        '投诉人和工作人员看到完整的投诉人信息（工作人员每次查看记入审计日志），商家看到脱敏信息；其他人 404。',
      params: IdParams,
      response: { 200: ComplaintDetail, ...errorResponses(401, 404) },
    }),
    async (request) => getComplaint(callOf(request)),
  );

  app.post(
    '/complaints/:id/transitions',
    {
      config: { idempotent: replayDetail },
      ...complaintChange(
        Transition.schema,
        '办理投诉：受理、不予受理、调解、检测暂停/恢复、办结、终止调解、结案（工作人员）；撤回（投诉人）',
        '不允许的状态变更 → 409 INVALID_TRANSITION；角色不符 → 403；看不到该投诉 → 404。支持 Idempotency-Key。',
      ),
    },
    async (request) =>
      transitionComplaint(
        callOf(request),
        request.log,
        Transition.check(request.body),
        request.idempotency,
      ),
  );

  app.post(
    '/complaints/:id/messages',
    {
      config: { idempotent: replayDetail },
      ...complaintChange(
        MessageBody,
        '留言、补充证据（投诉人），回复、和解方案（商家），调解记录（工作人员）',
      ),
    },
    async (request) => addMessage(callOf(request), request.body, request.idempotency),
  );

  app.post(
    '/complaints/:id/mediation-consent',
    complaintChange(
      ConsentBody,
      '记录调解意愿（第十六条：调解须双方同意）',
      '工作人员记录任一方的意愿（side、method：电话、书面、现场、线上；givenAt 默认现在）；投诉人或商家成员本人点“同意调解”时不填 side/method。只在已受理、未开始调解时可记录；每方一次，重复 → 409。',
    ),
    async (request) => recordMediationConsent(callOf(request), request.body),
  );

  app.get(
    '/complaints/:id/mediation-agreement',
    signedIn(app.authenticate, 'complaints', {
      summary: '调解书（第二十二条）：双方当事人和工作人员可查看、打印',
      description:
        '投诉人和工作人员看到投诉人姓名和电话，商家看到脱敏信息；其他人 404；尚未调解成功 → 409。',
      params: IdParams,
      response: { 200: MediationAgreement, ...errorResponses(401, 404, 409) },
    }),
    async (request) => mediationAgreement(callOf(request)),
  );

  app.post(
    '/complaints/:id/rating',
    complaintChange(RatingBody, '评价处理结果（投诉人，处理结束后一次）'),
    async (request) => rateComplaint(callOf(request), request.body),
  );
};
