import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import {
  ActiveCampaigns,
  CampaignContent,
  CampaignCreated,
  CampaignDetail,
  CampaignList,
  CampaignListQuery,
  CampaignStats,
  CampaignTransitionBody,
  StaffCampaign,
  StaffCampaignList,
  StaffCampaignQuery,
} from '@api/campaigns';
import { IdParams } from '@api/common';
import { replyCached, stopCacheOnClose } from '../../cache/reply-cached';
import type { FeatureOptions } from '../../deps';
import { postCreate } from '../../http/create-route';
import { signedIn } from '../../http/signed-in';
import { callerOf, requireRole } from '../../plugins/auth';
import { closed, errorResponses } from '../../schemas';
import {
  activeCampaigns,
  campaignCover,
  listCampaigns,
  readCampaign,
} from './campaign-reading-service';
import { campaignStats } from './campaign-stats-service';
import {
  createCampaign,
  createdCampaign,
  staffCampaign,
  staffCampaignList,
  transitionCampaign,
  updateCampaignContent,
} from './campaigns-service';

const JpegImage = Type.Unsafe<Uint8Array>({
  type: 'string',
  format: 'binary',
  description: '图片',
});

/** ?v= is the cover's upload id: a new cover is a new URL (see campaignCoverUrl). */
const CoverQuery = Type.Object({ v: Type.Optional(Type.String({ maxLength: 40 })) });

export const campaignRoutes: FastifyPluginAsyncTypebox<FeatureOptions> = async (app, { deps }) => {
  const staffOnly = requireRole(app, 'staff', 'admin');
  const tags = ['campaigns'];
  stopCacheOnClose(app, deps.db.db);

  app.get(
    '/campaigns',
    {
      schema: {
        tags,
        summary: '专项整治（公开，已发布的）：进行中的在前，其次即将开始，最后已结束；可按阶段筛选',
        querystring: closed(CampaignListQuery),
        response: { 200: CampaignList, ...errorResponses(400) },
      },
    },
    async (request) => listCampaigns(deps, request.query),
  );

  app.get(
    '/campaigns/active',
    {
      schema: {
        tags,
        summary: '首页与举报表单：今天正在进行的专项整治（公开），先结束的在前',
        response: { 200: ActiveCampaigns },
      },
    },
    async (request, reply) => replyCached(request, reply, await activeCampaigns(deps)),
  );

  app.get(
    '/campaigns/manage',
    signedIn(staffOnly, 'campaigns', {
      summary: '专项整治管理列表（工作人员，可按状态筛选，最近修改的在前）',
      querystring: closed(StaffCampaignQuery),
      response: { 200: StaffCampaignList, ...errorResponses(400, 401, 403) },
    }),
    async (request) => staffCampaignList(deps, request.query),
  );

  app.get(
    '/campaigns/:id',
    {
      schema: {
        tags,
        summary: '专项整治详情（公开；已发布的，草稿和已撤下的为 404）',
        params: IdParams,
        response: { 200: CampaignDetail, ...errorResponses(404) },
      },
    },
    async (request) => readCampaign(deps, request.params.id),
  );

  app.get(
    '/campaigns/:id/cover',
    {
      onRequest: app.optionalAuth,
      schema: {
        tags,
        summary: '专项整治封面图（已发布的公开；工作人员可看任何状态的）',
        params: IdParams,
        querystring: closed(CoverQuery),
        response: { 200: JpegImage, ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const cover = await campaignCover(deps, callerOf(request), request.params.id);
      return reply
        .header('content-type', cover.mime)
        .header('cache-control', cover.isPublic ? 'public, max-age=86400' : 'private, no-store')
        .header('x-content-type-options', 'nosniff')
        .send(cover.bytes);
    },
  );

  postCreate(app, '/campaigns', {
    onRequest: staffOnly,
    tag: 'campaigns',
    summary: '新建专项整治（工作人员，保存为草稿）',
    description:
      '整治期限不超过一年；封面须为本人上传的 campaign 图片；只能关联已发布的消费提示/警示。支持 Idempotency-Key。',
    body: CampaignContent,
    created: CampaignCreated,
    errors: [400, 401, 403, 409],
    replay: (_request, id) => createdCampaign(deps, id),
    create: (request) => createCampaign(deps, request.user, request.body, request.idempotency),
  });

  app.get(
    '/campaigns/:id/manage',
    signedIn(staffOnly, 'campaigns', {
      summary: '专项整治的全部内容与状态（工作人员）',
      params: IdParams,
      response: { 200: StaffCampaign, ...errorResponses(401, 403, 404) },
    }),
    async (request) => staffCampaign(deps, request.params.id),
  );

  app.put(
    '/campaigns/:id',
    signedIn(staffOnly, 'campaigns', {
      summary: '修改专项整治（工作人员；已发布的立即生效，县域配置来的也可改，改后不再被配置覆盖）',
      params: IdParams,
      body: closed(CampaignContent),
      response: { 200: StaffCampaign, ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (request) => updateCampaignContent(deps, request.user, request.params.id, request.body),
  );

  app.post(
    '/campaigns/:id/transitions',
    signedIn(staffOnly, 'campaigns', {
      summary: '发布（草稿或已撤下的）或撤下（须填原因，原因保留并记入审计日志）',
      params: IdParams,
      body: closed(CampaignTransitionBody),
      response: { 200: StaffCampaign, ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (request) => transitionCampaign(deps, request.user, request.params.id, request.body),
  );

  app.get(
    '/campaigns/:id/stats',
    signedIn(staffOnly, 'campaigns', {
      summary: '专项整治收到的举报：按状态、按乡镇、逾期未核查数和地图点位（不含举报人信息）',
      params: IdParams,
      response: { 200: CampaignStats, ...errorResponses(401, 403, 404) },
    }),
    async (request) => campaignStats(deps, request.params.id),
  );
};
