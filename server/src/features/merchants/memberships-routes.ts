import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams } from '@api/common';
import {
  Membership,
  MembershipList,
  MembershipQueueQuery,
  MembershipReviewPage,
  VerifyMembershipBody,
} from '@api/merchants';
import { flatDecision } from '../../decision-body';
import type { FeatureOptions } from '../../deps';
import { signedIn } from '../../http/signed-in';
import { requireRole } from '../../plugins/auth';
import { closed, errorResponses } from '../../schemas';
import { myMemberships } from './memberships-service';
import { membershipQueue, verifyMembership } from './verification-service';

const Verify = flatDecision(VerifyMembershipBody);

/** Who may act for which merchant: the applicant's own list and the staff's verification queue. */
export const membershipRoutes: FastifyPluginAsyncTypebox<FeatureOptions> = async (
  app,
  { deps },
) => {
  const handle = deps.db;
  const staffOnly = requireRole(app, 'staff', 'admin');

  app.get(
    '/merchants/memberships/mine',
    signedIn(app.authenticate, 'merchants', {
      summary: '我的商家认证申请与成员身份',
      response: { 200: MembershipList, ...errorResponses(401) },
    }),
    async (request) => myMemberships(handle, request.user.sub),
  );

  app.get(
    '/merchants/memberships',
    signedIn(staffOnly, 'merchants', {
      summary: '商家认证审核队列（工作人员，最早的在前；含联系人信息，每次查看记入审计日志）',
      querystring: closed(MembershipQueueQuery),
      response: { 200: MembershipReviewPage, ...errorResponses(400, 401, 403) },
    }),
    async (request) => membershipQueue(deps, request.user.sub, request.query),
  );

  app.post(
    '/merchants/memberships/:id/verification',
    signedIn(staffOnly, 'merchants', {
      summary: '通过或驳回商家认证（工作人员；驳回须填写原因）',
      params: IdParams,
      body: closed(Verify.schema),
      response: { 200: Membership, ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (request) =>
      verifyMembership(
        handle,
        request.user.sub,
        request.params.id,
        Verify.check(request.body),
        deps.now(),
      ),
  );
};
