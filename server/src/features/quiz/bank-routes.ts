import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  ImportBody,
  ImportResult,
  QuestionBody,
  QuestionListQuery,
  QuestionPage,
  QuestionParams,
  QuestionReport,
  ReportPage,
  ReportParams,
  ReportQueueQuery,
  ReportResolutionBody,
  StaffQuestion,
} from '@api/quiz';
import type { FeatureOptions } from '../../deps';
import { postCreate } from '../../http/create-route';
import { signedIn } from '../../http/signed-in';
import { requireRole } from '../../plugins/auth';
import { closed, errorResponses } from '../../schemas';
import {
  createQuestion,
  getQuestion,
  importQuestions,
  listQuestions,
  updateQuestion,
} from './bank-service';
import { reportQueue, resolveReport } from './reports-service';

/** An import file of ~1,000 questions is well under 1 MB; Chinese text is 3 bytes a character. */
const IMPORT_BODY_LIMIT = 4 * 1024 * 1024;

/** Staff: the question bank and the 题目纠错 queue. */
export const bankRoutes: FastifyPluginAsyncTypebox<FeatureOptions> = async (app, { deps }) => {
  const staffOnly = requireRole(app, 'staff', 'admin');

  app.get(
    '/quiz/questions',
    signedIn(staffOnly, 'quiz', {
      summary: '题库（工作人员）：按主题、状态筛选，按题干或编号搜索',
      querystring: closed(QuestionListQuery),
      response: { 200: QuestionPage, ...errorResponses(400, 401, 403) },
    }),
    async (request) => listQuestions(deps, request.query),
  );

  app.get(
    '/quiz/questions/:id',
    signedIn(staffOnly, 'quiz', {
      summary: '一道题（工作人员，含答案、解析和答题统计）',
      params: QuestionParams,
      response: { 200: StaffQuestion, ...errorResponses(401, 403, 404) },
    }),
    async (request) => getQuestion(deps, request.params.id),
  );

  postCreate(app, '/quiz/questions', {
    onRequest: staffOnly,
    tag: 'quiz',
    summary: '新增题目（工作人员）',
    description: '规则与导入相同；不符合时 400 QUIZ_QUESTION_INVALID，fields 指出字段。',
    body: QuestionBody,
    created: StaffQuestion,
    errors: [400, 401, 403, 409],
    replay: (_request, id) => getQuestion(deps, id),
    create: (request) => createQuestion(deps, request.user.sub, request.body, request.idempotency),
  });

  app.put(
    '/quiz/questions/:id',
    signedIn(staffOnly, 'quiz', {
      summary: '修改题目；retired: true 停用，false 恢复（工作人员）',
      description: '已抽出的试卷保留抽题时的题目与答案，修改不影响其得分。',
      params: QuestionParams,
      body: closed(QuestionBody),
      response: { 200: StaffQuestion, ...errorResponses(400, 401, 403, 404) },
    }),
    async (request) => updateQuestion(deps, request.user.sub, request.params.id, request.body),
  );

  app.post(
    '/quiz/questions/import',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      ...signedIn(staffOnly, 'quiz', {
        summary: '导入题目（JSON 或 CSV，全部通过才写入；dryRun 只预检）',
        description:
          'CSV 表头：id,type,topic,subtopic,difficulty,stem,A,B,C,D,E,F,G,H,answer,explanation,image。有误时 400 QUIZ_IMPORT_INVALID，fields 列出每一行的每一处问题：{"第3行.type": 原因, "第3行.answer": 原因}（JSON 为 "第2题.options"），不写入任何题目。',
        body: closed(ImportBody),
        response: { 200: ImportResult, ...errorResponses(400, 401, 403, 413) },
      }),
    },
    async (request) => importQuestions(deps, request.user.sub, request.body),
  );

  app.get(
    '/quiz/question-reports',
    signedIn(staffOnly, 'quiz', {
      summary: '题目纠错队列（工作人员，默认待处理，最早的在前）',
      querystring: closed(ReportQueueQuery),
      response: { 200: ReportPage, ...errorResponses(400, 401, 403) },
    }),
    async (request) => reportQueue(deps, request.query),
  );

  app.post(
    '/quiz/question-reports/:id/resolution',
    signedIn(staffOnly, 'quiz', {
      summary: '处理纠错反馈：已修正或驳回（工作人员）',
      params: ReportParams,
      body: closed(ReportResolutionBody),
      response: { 200: QuestionReport, ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (request) => resolveReport(deps, request.user.sub, request.params.id, request.body),
  );
};
