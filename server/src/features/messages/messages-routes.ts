import type { FastifySchema } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  Message,
  MessageListQuery,
  MessagePage,
  RecordNoticeBody,
  TerminationNotices,
  UnreadCount,
} from '@api/messages';
import type { FeatureOptions } from '../../deps';
import { IdParams } from '@api/common';
import { signedIn } from '../../http/signed-in';
import { requireRole } from '../../plugins/auth';
import { closed, errorResponses } from '../../schemas';
import { listMyMessages, readAllMessages, readMessage, unreadCount } from './messages-service';
import { recordTerminationNotice, terminationNotices } from './notices-service';

/** 站内消息: each signed-in person's own messages; 第二十一条 notices for staff. */
export const messageRoutes: FastifyPluginAsyncTypebox<FeatureOptions> = async (app, { deps }) => {
  const { db } = deps.db;
  /** The caller's own message centre. */
  const mine = <S extends FastifySchema>(schema: S) =>
    signedIn(app.authenticate, 'messages', schema);
  /** Staff's view of a complaint's 第二十一条 notices. */
  const staffNotices = <S extends FastifySchema>(schema: S) =>
    signedIn(requireRole(app, 'staff', 'admin'), 'complaints', { params: IdParams, ...schema });

  app.get(
    '/messages',
    mine({
      summary: '我的站内消息（最新的在前，可只看未读）',
      querystring: closed(MessageListQuery),
      response: { 200: MessagePage, ...errorResponses(400, 401, 403) },
    }),
    async (request) => listMyMessages(db, request.user.sub, request.query),
  );

  app.get(
    '/messages/unread-count',
    mine({ summary: '未读消息数', response: { 200: UnreadCount, ...errorResponses(401, 403) } }),
    async (request) => unreadCount(db, request.user.sub),
  );

  app.post(
    '/messages/:id/read',
    mine({
      summary: '标记一条消息已读（只能是自己的消息，他人的 404）',
      params: IdParams,
      response: { 200: Message, ...errorResponses(401, 403, 404) },
    }),
    async (request) => readMessage(db, request.user.sub, request.params.id, deps.now()),
  );

  app.post(
    '/messages/read-all',
    mine({ summary: '全部标为已读', response: { 200: UnreadCount, ...errorResponses(401, 403) } }),
    async (request) => readAllMessages(db, request.user.sub, deps.now()),
  );

  app.get(
    '/complaints/:id/termination-notices',
    staffNotices({
      summary: '终止调解的告知情况（第二十一条，工作人员）',
      description:
        '《市场监督管理投诉举报处理暂行办法》第二十一条：终止调解的，自作出终止调解决定之日起七个工作日内告知投诉人和被投诉人。站内消息送达已注册的一方即记为已告知；超过期限未告知（或告知晚于期限）标记 overdue。',
      response: { 200: TerminationNotices, ...errorResponses(401, 403, 404) },
    }),
    async (request) => terminationNotices(deps, request.params.id),
  );

  app.post(
    '/complaints/:id/termination-notices',
    staffNotices({
      summary: '记录如何告知了一方终止调解（电话、书面、现场；工作人员）',
      body: closed(RecordNoticeBody),
      response: { 200: TerminationNotices, ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (request) => recordTerminationNotice(deps, request.user, request.params.id, request.body),
  );
};
