import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams } from '@api/common';
import {
  Checkin,
  CheckinBody,
  FeedbackBody,
  MyReminders,
  ReminderBody,
  ReminderState,
  SessionDetail,
  SessionList,
  SessionListQuery,
} from '@api/law';
import type { FeatureOptions } from '../../deps';
import { signedIn } from '../../http/signed-in';
import { callerOf } from '../../plugins/auth';
import { closed, errorResponses, NoContent } from '../../schemas';
import { checkIn, giveFeedback } from './checkin-service';
import { myReminders, listSessions, readSession } from './session-reading-service';
import {
  removeReminder,
  REMINDER_CRON,
  REMINDER_JOB,
  sendDueReminders,
  setReminder,
} from './session-reminders';
import { sessionStaffRoutes } from './session-staff-routes';

/** 法润乡村 sessions: the public list and page, reminders, QR check-in and feedback. */
export const sessionRoutes: FastifyPluginAsyncTypebox<FeatureOptions> = async (app, { deps }) => {
  const tags = ['law'];

  app.get(
    '/law/sessions',
    {
      schema: {
        tags,
        summary:
          '法润乡村活动（公开，已发布且未结束的按开始时间；带 near 时有地点的按距离在前；past=true 为已结束的，新的在前）',
        querystring: closed(SessionListQuery),
        response: { 200: SessionList, ...errorResponses(400) },
      },
    },
    async (request) => listSessions(deps, request.query),
  );

  app.get(
    '/law/sessions/:id',
    {
      onRequest: app.optionalAuth,
      schema: {
        tags,
        summary:
          '活动详情（公开：已发布或已取消的，草稿为 404）；登录时 reminded 表示本人是否已设提醒',
        params: IdParams,
        response: { 200: SessionDetail, ...errorResponses(404) },
      },
    },
    async (request) => readSession(deps, callerOf(request), request.params.id),
  );

  app.put(
    '/law/sessions/:id/reminder',
    signedIn(app.authenticate, 'law', {
      summary: '设置活动提醒：活动前一天（北京时间）发消息，已订阅的同时发订阅消息',
      params: IdParams,
      body: closed(ReminderBody),
      response: { 200: ReminderState, ...errorResponses(400, 401, 404, 409) },
    }),
    async (request) => setReminder(deps, request.user, request.params.id, request.body),
  );

  app.delete(
    '/law/sessions/:id/reminder',
    signedIn(app.authenticate, 'law', {
      summary: '取消活动提醒',
      params: IdParams,
      response: { 200: ReminderState, ...errorResponses(401, 404) },
    }),
    async (request) => removeReminder(deps, request.user, request.params.id),
  );

  app.get(
    '/law/reminders/mine',
    signedIn(app.authenticate, 'law', {
      summary: '我的普法活动提醒（未结束的按时间在前，已结束的在后）',
      response: { 200: MyReminders, ...errorResponses(401) },
    }),
    async (request) => myReminders(deps, request.user),
  );

  app.post(
    '/law/checkins',
    {
      onRequest: app.optionalAuth,
      schema: {
        tags,
        summary:
          '扫码签到（无需登录：登录时按账号、否则按设备只记一次；再次扫码返回同一签到，状态 200）。开始前 1 小时至结束后 3 天可签',
        body: closed(CheckinBody),
        response: { 200: Checkin, 201: Checkin, ...errorResponses(400, 404, 409) },
      },
    },
    async (request, reply) => {
      const { created, checkin } = await checkIn(deps, callerOf(request), request.body);
      return reply.status(created ? 201 : 200).send(checkin);
    },
  );

  app.post(
    '/law/feedback',
    {
      schema: {
        tags,
        summary: '活动反馈（签到后，凭签到返回的 feedbackToken；每次签到一次）',
        body: closed(FeedbackBody),
        response: { 204: NoContent, ...errorResponses(400, 404, 409) },
      },
    },
    async (request, reply) => {
      await giveFeedback(deps, request.body);
      return reply.status(204).send(null);
    },
  );

  await app.register(sessionStaffRoutes, { deps });

  // The day-before reminders, every 10 minutes on one instance (tests call sendDueReminders).
  deps.jobs.define(REMINDER_JOB, () => sendDueReminders(deps, deps.now(), app.log).then(() => {}));
  if (deps.config.nodeEnv !== 'test') await deps.jobs.schedule(REMINDER_JOB, REMINDER_CRON);
};
