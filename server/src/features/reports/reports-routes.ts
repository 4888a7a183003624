import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { IdParams } from '@api/common';
import { Type } from '@sinclair/typebox';
import {
  CreateReportBody,
  MyReportList,
  MyReportQuery,
  ProgressQueryBody,
  ReportCreated,
  ReportProgress,
  Reporter,
} from '@api/reports';
import { Upload } from '@api/uploads';
import type { FeatureOptions } from '../../deps';
import { flatUnion } from '../../decision-body';
import { signedIn } from '../../http/signed-in';
import { AppError, forbidden } from '../../plugins/app-error';
import { callerOf, requireRole } from '../../plugins/auth';
import { closed, errorResponses } from '../../schemas';
import { multipartLimits } from '../uploads/multipart-file';
import { MAX_UPLOAD_BYTES } from '../uploads/uploads-service';
import { perIpLimits } from './abuse-checks';
import { createdReport, createReport } from './filing-service';
import { storeReportPhoto } from './photos-service';
import { myReports, ownReport, progressByCode } from './progress-service';

const TAG = 'reports';

// The reporter as one flat object for ajv, so that a bad phone is reported as reporter.phone
// (a union only says "reporter"); check() then holds it to the chosen kind.
const FlatReporter = flatUnion(Reporter, 'kind');
const FilingBody = Type.Object({ ...CreateReportBody.properties, reporter: FlatReporter.schema });

function checkedBody(body: typeof FilingBody.static): CreateReportBody {
  try {
    return { ...body, reporter: FlatReporter.check(body.reporter) };
  } catch (err) {
    if (!(err instanceof AppError) || !err.fields) throw err;
    const fields = Object.fromEntries(
      Object.entries(err.fields).map(([name, text]) => [`reporter.${name}`, text]),
    );
    const [field, text] = Object.entries(fields)[0];
    throw new AppError(400, err.code, `${field}：${text}`, fields);
  }
}

/** 举报 from the reporter's side: filing (signed in or not), photos, progress, 我的举报. */
export const reportRoutes: FastifyPluginAsyncTypebox<FeatureOptions> = async (app, { deps }) => {
  const limits = perIpLimits(deps);
  const reporters = requireRole(app, 'consumer', 'merchant');
  /**
   * Staff never file (refused before the body is read); a bad token counts as none. A new array
   * for each route: @fastify/rate-limit appends its route's hook to it, and a shared one would
   * give one route the other's limit.
   */
  const anyoneButStaff = () => [
    app.optionalAuth,
    async (request: FastifyRequest) => {
      const caller = callerOf(request);
      if (caller && (caller.role === 'staff' || caller.role === 'admin')) {
        throw forbidden('FORBIDDEN', '工作人员不能提交举报');
      }
    },
  ];

  app.post(
    '/reports',
    {
      config: {
        rateLimit: limits.filing,
        idempotent: { status: 201, replay: (_request, id) => createdReport(deps, id) },
      },
      onRequest: anyoneButStaff(),
      schema: {
        tags: [TAG],
        summary: '提交举报（无需登录；实名举报须登录）',
        description:
          '匿名举报不保存任何身份信息；实名举报的姓名、电话加密保存，只有工作人员可查看，每次查看记入审计日志（第三十三条）。返回举报编号和一次性查询码（只显示这一次）。每个 IP 每小时、每个登录用户每天的次数有限（429）；24 小时内对同一经营者的相同内容 → 409 REPORT_DUPLICATE；内容未通过微信内容安全检测 → 400 REPORT_CONTENT_REFUSED；工作人员不能举报（403）。支持 Idempotency-Key（重放时发放新的查询码）。',
        body: closed(FilingBody),
        response: { 201: ReportCreated, ...errorResponses(400, 401, 403, 409, 429) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await createReport(
            deps,
            callerOf(request),
            checkedBody(request.body),
            request.idempotency,
          ),
        ),
  );

  // Scoped: only the photo route parses multipart bodies.
  await app.register(async (photos) => {
    await photos.register(multipart, { limits: multipartLimits(MAX_UPLOAD_BYTES) });
    photos.post(
      '/reports/photos',
      {
        config: { rateLimit: limits.photos },
        onRequest: anyoneButStaff(),
        schema: {
          tags: [TAG],
          summary: '上传举报照片（无需登录；multipart/form-data，一个文件字段 file，≤ 5MB）',
          description:
            '与 POST /uploads 相同的处理（重新编码、去除元数据）。未登录时照片没有上传者，只有工作人员能查看；每个 IP 每小时有限额，登录用户另受每日上传限额（429）。',
          response: { 201: Upload, ...errorResponses(400, 403, 413, 415, 429) },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await storeReportPhoto(deps, callerOf(request), request)),
    );
  });

  app.post(
    '/reports/progress',
    {
      config: { rateLimit: limits.progress },
      schema: {
        tags: [TAG],
        summary: '凭举报编号和查询码查询办理进度（无需登录）',
        description:
          '编号不存在和查询码错误的回答完全相同（404 REPORT_NOT_FOUND）；每个 IP 每分钟的查询次数有限（429）。查询码可带或不带“-”，不分大小写。',
        body: closed(ProgressQueryBody),
        response: { 200: ReportProgress, ...errorResponses(400, 404, 429) },
      },
    },
    async (request) => progressByCode(deps, request.body),
  );

  app.get(
    '/reports/mine',
    signedIn(reporters, TAG, {
      summary: '我的举报（实名举报；匿名举报不与账号关联，不在此列）',
      querystring: closed(MyReportQuery),
      response: { 200: MyReportList, ...errorResponses(400, 401, 403) },
    }),
    async (request) => myReports(deps, request.user, request.query),
  );

  app.get(
    '/reports/:id',
    signedIn(app.authenticate, TAG, {
      summary: '我的一件实名举报的办理进度（仅举报人本人，其他人 404）',
      params: IdParams,
      response: { 200: ReportProgress, ...errorResponses(401, 404) },
    }),
    async (request) => ownReport(deps, request.user, request.params.id),
  );
};
