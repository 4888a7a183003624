import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { PngImage } from '@api/common';
import {
  CreatePaperBody,
  Leaderboard,
  LeaderboardQuery,
  MistakePage,
  MistakeParams,
  MistakesQuery,
  Paper,
  PaperParams,
  QuestionReportBody,
  QuestionReportCreated,
  QuizStatus,
  SubmissionBody,
  SubmissionResult,
} from '@api/quiz';
import { replyWithEtag } from '../../cache/reply-cached';
import type { FeatureOptions } from '../../deps';
import { postCreate } from '../../http/create-route';
import { signedIn } from '../../http/signed-in';
import { callerOf } from '../../plugins/auth';
import { closed, errorResponses, NoContent } from '../../schemas';
import { bankRoutes } from './bank-routes';
import { leaderboard } from './leaderboard-service';
import { mistakes, removeMistake } from './mistakes-service';
import { createPaper, drawnPaper, paperResult, submitPaper } from './papers-service';
import { quizQrCode, quizStatus } from './quiz-service';
import { reportedQuestion, reportQuestion } from './reports-service';

export const quizRoutes: FastifyPluginAsyncTypebox<FeatureOptions> = async (app, { deps }) => {
  app.get(
    '/quiz/me',
    signedIn(app.authenticate, 'quiz', {
      summary: '答题规则与我的今日情况（已答几次、错题数、最好成绩）',
      response: { 200: QuizStatus, ...errorResponses(401) },
    }),
    async (request, reply) =>
      replyWithEtag(request, reply, await quizStatus(deps, request.user.sub)),
  );

  postCreate(app, '/quiz/papers', {
    onRequest: app.authenticate,
    tag: 'quiz',
    summary: '抽取一份试卷（10题，三类主题均衡，选项打乱，不含答案）',
    description:
      '倒计时由服务器执行（默认5分钟）；每人每天限抽 dailyPapers 份（默认3份），超出返回 409 QUIZ_DAILY_LIMIT。支持 Idempotency-Key：重试不多占次数。',
    body: CreatePaperBody,
    created: Paper,
    errors: [400, 401, 409],
    replay: (request, id) => drawnPaper(deps, request.user.sub, id),
    create: (request) => createPaper(deps, request.user.sub, request.body, request.idempotency),
  });

  app.post(
    '/quiz/papers/:id/submission',
    {
      config: {
        idempotent: {
          status: 200,
          replay: (request, id) => paperResult(deps, request.user.sub, id),
        },
      },
      ...signedIn(app.authenticate, 'quiz', {
        summary: '交卷：得分、每题的所选与正确答案及解析',
        description:
          '每份试卷只能交一次（409 QUIZ_ALREADY_SUBMITTED）；超时交卷 409 QUIZ_PAPER_EXPIRED；他人的试卷 404。多选题全对才得分。',
        params: PaperParams,
        body: closed(SubmissionBody),
        response: { 200: SubmissionResult, ...errorResponses(400, 401, 404, 409) },
      }),
    },
    async (request) =>
      submitPaper(deps, request.user.sub, request.params.id, request.body, request.idempotency),
  );

  app.get(
    '/quiz/papers/:id/submission',
    signedIn(app.authenticate, 'quiz', {
      summary: '查看自己已交试卷的成绩与解析',
      params: PaperParams,
      response: { 200: SubmissionResult, ...errorResponses(401, 404) },
    }),
    async (request) => paperResult(deps, request.user.sub, request.params.id),
  );

  app.get(
    '/quiz/leaderboard',
    {
      onRequest: app.optionalAuth,
      schema: {
        tags: ['quiz'],
        summary: '排行榜：今日 / 本次活动 / 总榜（最高分，同分用时短者在前）',
        description: '只显示昵称；用时过短（不足10秒）的成绩不计入。登录时附上自己的名次 me。',
        querystring: closed(LeaderboardQuery),
        response: { 200: Leaderboard, ...errorResponses(400) },
      },
    },
    async (request) => leaderboard(deps, callerOf(request)?.sub, request.query),
  );

  app.get(
    '/quiz/mistakes',
    signedIn(app.authenticate, 'quiz', {
      summary: '我的错题本（最近答错的在前，含正确答案与解析）',
      querystring: closed(MistakesQuery),
      response: { 200: MistakePage, ...errorResponses(400, 401) },
    }),
    async (request) => mistakes(deps, request.user.sub, request.query),
  );

  app.delete(
    '/quiz/mistakes/:questionId',
    signedIn(app.authenticate, 'quiz', {
      summary: '已掌握：从错题本移出',
      params: MistakeParams,
      response: { 204: NoContent, ...errorResponses(401, 404) },
    }),
    async (request, reply) => {
      await removeMistake(deps, request.user.sub, request.params.questionId);
      return reply.status(204).send(null);
    },
  );

  postCreate(app, '/quiz/question-reports', {
    onRequest: app.authenticate,
    tag: 'quiz',
    summary: '题目有误：反馈给工作人员',
    body: QuestionReportBody,
    created: QuestionReportCreated,
    errors: [400, 401, 404],
    replay: (request, id) => reportedQuestion(deps, request.user.sub, id),
    create: (request) => reportQuestion(deps, request.user.sub, request.body, request.idempotency),
  });

  app.get(
    '/quiz/qrcode',
    {
      schema: {
        tags: ['quiz'],
        summary: '成绩海报二维码（PNG）：配置了 AppID 时为小程序码，否则为答题页网址的二维码',
        response: { 200: PngImage },
      },
    },
    async (_request, reply) =>
      reply
        .header('content-type', 'image/png')
        .header('cache-control', 'public, max-age=86400')
        .send(await quizQrCode(deps)),
  );

  await app.register(bankRoutes, { deps });
};
