import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams } from '@api/common';
import {
  DutyQuery,
  DutyView,
  FlagList,
  FlagQuery,
  FollowUp,
  FollowUpBody,
  FollowUpList,
  FollowUpQuery,
  RosterBody,
} from '@api/disclosure';
import type { FeatureOptions } from '../../deps';
import { postCreate } from '../../http/create-route';
import { signedIn } from '../../http/signed-in';
import { requireRole } from '../../plugins/auth';
import { closed, errorResponses } from '../../schemas';
import { dutyView, saveRoster } from './duty-service';
import { disclosureFlags } from './flags-service';
import { createFollowUp, followUpList, getFollowUp, replaceFollowUp } from './follow-ups-service';

/** 公示后的跟进 and the 3·15 值班值守 view (issue 15): staff only. */
export const followUpRoutes: FastifyPluginAsyncTypebox<FeatureOptions> = async (app, { deps }) => {
  const staffOnly = requireRole(app, 'staff', 'admin');
  const tag = 'disclosure';

  app.get(
    '/disclosure/flags',
    signedIn(staffOnly, tag, {
      summary:
        '超过县域阈值的经营者和行业（工作人员）：按已公示批次（默认最新一期）统计，附原因和跟进次数',
      querystring: closed(FlagQuery),
      response: { 200: FlagList, ...errorResponses(400, 401, 403, 404) },
    }),
    async (request) => disclosureFlags(deps, request.query),
  );

  app.get(
    '/disclosure/follow-ups',
    signedIn(staffOnly, tag, {
      summary: '跟进记录（工作人员）：未办结的在前，按日期从新到旧；可按状态、经营者、行业筛选',
      querystring: closed(FollowUpQuery),
      response: { 200: FollowUpList, ...errorResponses(400, 401, 403) },
    }),
    async (request) => followUpList(deps, request.query),
  );

  postCreate(app, '/disclosure/follow-ups', {
    onRequest: staffOnly,
    tag,
    summary: '记录一次跟进：重点监管、行政指导或约谈（工作人员）',
    description:
      '附件为本人上传的图片（purpose=follow-up），仅工作人员可读。支持 Idempotency-Key。',
    body: FollowUpBody,
    created: FollowUp,
    errors: [400, 401, 403, 409],
    replay: (_request, id) => getFollowUp(deps, id),
    create: (request) => createFollowUp(deps, request.user, request.body, request.idempotency),
  });

  app.get(
    '/disclosure/follow-ups/:id',
    signedIn(staffOnly, tag, {
      summary: '一条跟进记录（工作人员）',
      params: IdParams,
      response: { 200: FollowUp, ...errorResponses(400, 401, 403, 404) },
    }),
    async (request) => getFollowUp(deps, request.params.id),
  );

  app.put(
    '/disclosure/follow-ups/:id',
    signedIn(staffOnly, tag, {
      summary: '修改跟进记录，如补充结果、办结（工作人员）',
      params: IdParams,
      body: closed(FollowUpBody),
      response: { 200: FollowUp, ...errorResponses(400, 401, 403, 404) },
    }),
    async (request) => replaceFollowUp(deps, request.user, request.params.id, request.body),
  );

  app.get(
    '/disclosure/duty',
    signedIn(staffOnly, tag, {
      summary:
        '3·15 值班值守（工作人员）：活动周值班表、当天投诉、2 个工作日内到期、近 7 天上升最多的经营者和行业、督办',
      querystring: closed(DutyQuery),
      response: { 200: DutyView, ...errorResponses(400, 401, 403) },
    }),
    async (request) => dutyView(deps, request.query),
  );

  app.put(
    '/disclosure/duty/roster',
    signedIn(staffOnly, tag, {
      summary: '修改活动周的值班安排（工作人员）：只替换给出的日期',
      body: closed(RosterBody),
      response: { 200: DutyView, ...errorResponses(400, 401, 403) },
    }),
    async (request) => saveRoster(deps, request.user, request.body),
  );
};
