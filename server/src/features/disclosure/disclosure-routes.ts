import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { IdParams, PagedQuery } from '@api/common';
import {
  BatchBusinessParams,
  BatchCreated,
  BatchRowParams,
  BatchTransitionBody,
  CorrectionBody,
  CreateBatchBody,
  DisclosureResponse,
  ExclusionBody,
  MyDisclosures,
  PublicBatch,
  PublicBatchList,
  PublicBusinessRows,
  ResponseBody,
  ResponseDecisionBody,
  ResponseList,
  StaffBatch,
  StaffBatchList,
  StaffBatchQuery,
  StaffResponseQuery,
  StaffRow,
  StaffRowList,
  StaffRowQuery,
} from '@api/disclosure';
import type { FeatureOptions } from '../../deps';
import { postCreate } from '../../http/create-route';
import { signedIn } from '../../http/signed-in';
import { callerOf, requireRole } from '../../plugins/auth';
import { closed, errorResponses } from '../../schemas';
import { correctBatch, createBatch, createdBatch, setExclusion } from './batches-service';
import { batchCsv, batchPrintPage } from './exports';
import { exportView, publicBatch, publicBatches, publicBusinessRows } from './public-service';
import {
  decideResponse,
  myDisclosures,
  respondedResponse,
  staffResponses,
  submitResponse,
} from './responses-service';
import { previewBatch, staffBatch, staffBatchList, staffRows } from './staff-reading-service';
import { transitionBatch } from './transitions-service';

const PublicBatchQuery = PagedQuery({});
const RowParams = Type.Object({ rowId: IdParams.properties.id });
const Csv = Type.String({ description: 'CSV（UTF-8，带 BOM）' });
const Html = Type.String({ description: '打印页（HTML）' });

/** 投诉信息公示: public batches, staff batches (make, review, publish), businesses' responses. */
export const disclosureRoutes: FastifyPluginAsyncTypebox<FeatureOptions> = async (
  app,
  { deps },
) => {
  const staffOnly = requireRole(app, 'staff', 'admin');
  const tags = ['disclosure'];
  const tag = 'disclosure';

  // ─── public ───
  app.get(
    '/disclosure/batches',
    {
      schema: {
        tags,
        summary: '投诉信息公示批次（公开，最新发布的在前；含已更正、已撤回的）',
        querystring: closed(PublicBatchQuery),
        response: { 200: PublicBatchList, ...errorResponses(400) },
      },
    },
    async (request) => publicBatches(deps, request.query),
  );

  app.get(
    '/disclosure/batches/:id',
    {
      schema: {
        tags,
        summary: '一个公示批次：分行业统计、投诉较多的经营者排名、趋势和各版本（公开）',
        params: IdParams,
        response: { 200: PublicBatch, ...errorResponses(404) },
      },
    },
    async (request) => publicBatch(deps, request.params.id),
  );

  app.get(
    '/disclosure/batches/:id/businesses/:merchantId',
    {
      schema: {
        tags,
        summary: '一家上榜经营者在该批次中公示的投诉（公开；不含任何个人信息）',
        params: BatchBusinessParams,
        response: { 200: PublicBusinessRows, ...errorResponses(404) },
      },
    },
    async (request) => publicBusinessRows(deps, request.params.id, request.params.merchantId),
  );

  app.get(
    '/disclosure/batches/:id/csv',
    {
      onRequest: app.optionalAuth,
      schema: {
        tags,
        summary: '导出 CSV（发布后公开；工作人员可导出任何状态的批次）',
        params: IdParams,
        response: { 200: Csv, ...errorResponses(404) },
      },
    },
    async (request, reply) => {
      const view = await exportView(deps, callerOf(request), request.params.id);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="disclosure-${request.params.id}.csv"`)
        .send(batchCsv(view));
    },
  );

  app.get(
    '/disclosure/batches/:id/print',
    {
      onRequest: app.optionalAuth,
      schema: {
        tags,
        summary: '打印页（发布后公开；工作人员可打印任何状态的批次）',
        params: IdParams,
        response: { 200: Html, ...errorResponses(404) },
      },
    },
    async (request, reply) => {
      const view = await exportView(deps, callerOf(request), request.params.id);
      return reply
        .header('content-type', 'text/html; charset=utf-8')
        .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
        .send(batchPrintPage(view));
    },
  );

  // ─── staff ───
  postCreate(app, '/disclosure/batches', {
    onRequest: staffOnly,
    tag,
    summary: '新建公示批次并按期间计算（工作人员）',
    description:
      '期间内提交的投诉逐件列入，不予受理、受理前撤回、尚未办结、办结未满等待期、未关联已登记经营者的自动排除。支持 Idempotency-Key。',
    body: CreateBatchBody,
    created: BatchCreated,
    errors: [400, 401, 403, 409],
    replay: (_request, id) => createdBatch(deps, id),
    create: (request) => createBatch(deps, request.user, request.body, request.idempotency),
  });

  app.get(
    '/disclosure/manage',
    signedIn(staffOnly, tag, {
      summary: '公示批次管理列表（工作人员，可按状态筛选，最近修改的在前）',
      querystring: closed(StaffBatchQuery),
      response: { 200: StaffBatchList, ...errorResponses(400, 401, 403) },
    }),
    async (request) => staffBatchList(deps, request.query),
  );

  app.get(
    '/disclosure/batches/:id/manage',
    signedIn(staffOnly, tag, {
      summary: '公示批次的全部情况：计数、异议、可执行的操作和经过（工作人员）',
      params: IdParams,
      response: { 200: StaffBatch, ...errorResponses(401, 403, 404) },
    }),
    async (request) => staffBatch(deps, request.user, request.params.id),
  );

  app.get(
    '/disclosure/batches/:id/preview',
    signedIn(staffOnly, tag, {
      summary: '预览：发布后公众看到的样子（工作人员）',
      params: IdParams,
      response: { 200: PublicBatch, ...errorResponses(401, 403, 404) },
    }),
    async (request) => previewBatch(deps, request.params.id),
  );

  app.get(
    '/disclosure/batches/:id/rows',
    signedIn(staffOnly, tag, {
      summary: '批次中的投诉（工作人员；可按是否排除、原因、经营者、行业筛选）',
      params: IdParams,
      querystring: closed(StaffRowQuery),
      response: { 200: StaffRowList, ...errorResponses(400, 401, 403, 404) },
    }),
    async (request) => staffRows(deps, request.params.id, request.query),
  );

  app.put(
    '/disclosure/batches/:id/rows/:rowId/exclusion',
    signedIn(staffOnly, tag, {
      summary: '排除一条投诉（草稿或异议期；从固定原因中选择并说明）',
      params: BatchRowParams,
      body: closed(ExclusionBody),
      response: { 200: StaffRow, ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (request) =>
      setExclusion(deps, request.user, request.params.id, request.params.rowId, request.body),
  );

  app.delete(
    '/disclosure/batches/:id/rows/:rowId/exclusion',
    signedIn(staffOnly, tag, {
      summary: '恢复公示一条人工排除的投诉（草稿或异议期）',
      params: BatchRowParams,
      response: { 200: StaffRow, ...errorResponses(401, 403, 404, 409) },
    }),
    async (request) =>
      setExclusion(deps, request.user, request.params.id, request.params.rowId, undefined),
  );

  app.get(
    '/disclosure/batches/:id/responses',
    signedIn(staffOnly, tag, {
      summary: '经营者的异议和情况说明（工作人员，可按处理状态筛选）',
      params: IdParams,
      querystring: closed(StaffResponseQuery),
      response: { 200: ResponseList, ...errorResponses(400, 401, 403, 404) },
    }),
    async (request) => staffResponses(deps, request.params.id, request.query),
  );

  app.post(
    '/disclosure/responses/:id/decision',
    signedIn(staffOnly, tag, {
      summary: '处理异议或说明：采纳（排除、更正或公示说明）或不予采纳（须说明理由）',
      params: IdParams,
      body: closed(ResponseDecisionBody),
      response: { 200: DisclosureResponse, ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (request) => decideResponse(deps, request.user, request.params.id, request.body),
  );

  app.post(
    '/disclosure/batches/:id/transitions',
    signedIn(staffOnly, tag, {
      summary:
        '告知经营者（进入异议期）、提交审批、退回（须填原因）、发布（创建、提交以外的工作人员）、撤回（须填公开原因）',
      params: IdParams,
      body: closed(BatchTransitionBody),
      response: { 200: StaffBatch, ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (request) => transitionBatch(deps, request.user, request.params.id, request.body),
  );

  app.post(
    '/disclosure/batches/:id/corrections',
    signedIn(staffOnly, tag, {
      summary: '更正：以已公示批次为底生成新版本草稿（须说明更正内容）',
      params: IdParams,
      body: closed(CorrectionBody),
      response: { 201: BatchCreated, ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (request, reply) =>
      reply
        .status(201)
        .send(await correctBatch(deps, request.user, request.params.id, request.body)),
  );

  // ─── businesses ───
  app.get(
    '/disclosure/mine',
    signedIn(app.authenticate, tag, {
      summary: '我的经营者被列入的公示批次，及异议、说明的处理情况',
      response: { 200: MyDisclosures, ...errorResponses(401) },
    }),
    async (request) => myDisclosures(deps, request.user),
  );

  app.post(
    '/disclosure/rows/:rowId/responses',
    {
      config: {
        idempotent: {
          status: 201,
          replay: (_request: unknown, id: string) => respondedResponse(deps, id),
        },
      },
      ...signedIn(requireRole(app, 'merchant'), tag, {
        summary:
          '对本单位的一条投诉提出异议或情况说明（异议期内，已认证的经营者）。支持 Idempotency-Key。',
        params: RowParams,
        body: closed(ResponseBody),
        response: { 201: DisclosureResponse, ...errorResponses(400, 401, 403, 404, 409) },
      }),
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await submitResponse(
            deps,
            request.user,
            request.params.rowId,
            request.body,
            request.idempotency,
          ),
        ),
  );
};
