import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams, PagedQuery, PngImage } from '@api/common';
import {
  SessionContent,
  SessionCreated,
  SessionFeedbackList,
  SessionStats,
  SessionTransitionBody,
  StaffSession,
  StaffSessionList,
  StaffSessionQuery,
} from '@api/law';
import type { FeatureOptions } from '../../deps';
import { postCreate } from '../../http/create-route';
import { signedIn } from '../../http/signed-in';
import { requireRole } from '../../plugins/auth';
import { closed, errorResponses } from '../../schemas';
import { sessionQrCode } from './session-qr-service';
import {
  createdSession,
  createSession,
  transitionSession,
  updateSessionContent,
} from './session-service';
import { staffSession, staffSessionList } from './session-staff-reading-service';
import { sessionFeedback, sessionStats } from './session-stats-service';

const FeedbackQuery = PagedQuery({});

/** Staff's 法润乡村 routes: write, publish, cancel, the QR to print, attendance and feedback. */
export const sessionStaffRoutes: FastifyPluginAsyncTypebox<FeatureOptions> = async (
  app,
  { deps },
) => {
  const staffOnly = requireRole(app, 'staff', 'admin');

  app.get(
    '/law/sessions/manage',
    signedIn(staffOnly, 'law', {
      summary: '法润乡村活动管理列表（工作人员，各状态；未结束的按时间在前，已结束的在后）',
      querystring: closed(StaffSessionQuery),
      response: { 200: StaffSessionList, ...errorResponses(400, 401, 403) },
    }),
    async (request) => staffSessionList(deps, request.query),
  );

  app.get(
    '/law/sessions/stats',
    signedIn(staffOnly, 'law', {
      summary: '法润乡村签到与反馈统计：按活动、按乡镇（工作人员）',
      response: { 200: SessionStats, ...errorResponses(401, 403) },
    }),
    async () => sessionStats(deps),
  );

  postCreate(app, '/law/sessions', {
    onRequest: staffOnly,
    tag: 'law',
    summary: '新建法润乡村活动（工作人员，保存为草稿）',
    description:
      '乡镇须为县域配置中的；结束时间晚于开始时间且不超过 12 小时；答题专题须为题库中的。支持 Idempotency-Key。',
    body: SessionContent,
    created: SessionCreated,
    errors: [400, 401, 403, 409],
    replay: (_request, id) => createdSession(deps, id),
    create: (request) => createSession(deps, request.user, request.body, request.idempotency),
  });

  app.get(
    '/law/sessions/:id/manage',
    signedIn(staffOnly, 'law', {
      summary: '活动的全部内容、签到码、签到与提醒人数（工作人员）',
      params: IdParams,
      response: { 200: StaffSession, ...errorResponses(401, 403, 404) },
    }),
    async (request) => staffSession(deps, request.params.id),
  );

  app.put(
    '/law/sessions/:id',
    signedIn(staffOnly, 'law', {
      summary: '修改活动（工作人员；已发布的立即生效，时间或地点变动时通知已设提醒的人）',
      params: IdParams,
      body: closed(SessionContent),
      response: { 200: StaffSession, ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (request) =>
      updateSessionContent(deps, request.log, request.user, request.params.id, request.body),
  );

  app.post(
    '/law/sessions/:id/transitions',
    signedIn(staffOnly, 'law', {
      summary: '发布（草稿）或取消（须填原因；页面保留原因，并立即通知已设提醒的人）',
      params: IdParams,
      body: closed(SessionTransitionBody),
      response: { 200: StaffSession, ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (request) =>
      transitionSession(deps, request.log, request.user, request.params.id, request.body),
  );

  app.get(
    '/law/sessions/:id/feedback',
    signedIn(staffOnly, 'law', {
      summary: '活动反馈列表（工作人员，新的在前；不含签到人信息）',
      params: IdParams,
      querystring: closed(FeedbackQuery),
      response: { 200: SessionFeedbackList, ...errorResponses(400, 401, 403, 404) },
    }),
    async (request) => sessionFeedback(deps, request.params.id, request.query),
  );

  app.get(
    '/law/sessions/:id/qr',
    signedIn(staffOnly, 'law', {
      summary:
        '签到二维码（PNG，工作人员打印）：配置了 AppID 时为小程序码，否则为签到页网址的二维码',
      params: IdParams,
      response: { 200: PngImage, ...errorResponses(401, 403, 404) },
    }),
    async (request, reply) => {
      const png = await sessionQrCode(deps, request.params.id);
      return reply
        .header('content-type', 'image/png')
        .header('cache-control', 'private, no-store')
        .send(png);
    },
  );
};
