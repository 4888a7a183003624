import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams } from '@api/common';
import {
  ReportDecisionBody,
  ReporterIdentity,
  StaffReportDetail,
  StaffReportList,
  StaffReportQuery,
} from '@api/reports';
import { flatUnion } from '../../decision-body';
import type { FeatureOptions } from '../../deps';
import { signedIn } from '../../http/signed-in';
import { requireRole } from '../../plugins/auth';
import { closed, errorResponses } from '../../schemas';
import { decideReport } from './handling-service';
import { staffReportDetail, staffReportQueue } from './staff-reading-service';
import { readReporterIdentity } from './reporter-identity-service';

const Decision = flatUnion(ReportDecisionBody, 'action');

/** 举报 as staff handle them: the queue, one report, the reporter (audited), the decisions. */
export const reportStaffRoutes: FastifyPluginAsyncTypebox<FeatureOptions> = async (
  app,
  { deps },
) => {
  const staffOnly = requireRole(app, 'staff', 'admin');

  app.get(
    '/reports',
    signedIn(staffOnly, 'reports', {
      summary:
        '举报处理队列（工作人员，按核查期限先后，再按编号；可按状态、专项、镇街、逾期、恶意、关键词筛选）',
      querystring: closed(StaffReportQuery),
      response: { 200: StaffReportList, ...errorResponses(400, 401, 403) },
    }),
    async (request) => staffReportQueue(deps, request.query),
  );

  app.get(
    '/reports/:id/manage',
    signedIn(staffOnly, 'reports', {
      summary: '举报详情（工作人员；不含举报人身份，见 /reporter）',
      params: IdParams,
      response: { 200: StaffReportDetail, ...errorResponses(401, 403, 404) },
    }),
    async (request) => staffReportDetail(deps, request.params.id),
  );

  app.get(
    '/reports/:id/reporter',
    signedIn(staffOnly, 'reports', {
      summary: '举报人身份（工作人员；每次查看都记入审计日志和处理记录，第三十三条）',
      params: IdParams,
      response: { 200: ReporterIdentity, ...errorResponses(401, 403, 404) },
    }),
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return readReporterIdentity(deps, request.user, request.params.id);
    },
  );

  app.post(
    '/reports/:id/decisions',
    signedIn(staffOnly, 'reports', {
      summary: '处理举报：延期、立案、不予立案、移送、合并、办结、标记恶意（工作人员）',
      description:
        '状态不允许 → 409 REPORT_STATE（说明需要的状态）；合并对象不是同一经营者的其他未合并举报 → 400 REPORT_MERGE_TARGET。',
      params: IdParams,
      body: closed(Decision.schema),
      response: { 200: StaffReportDetail, ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (request) =>
      decideReport(
        deps,
        request.log,
        request.user,
        request.params.id,
        Decision.check(request.body),
      ),
  );
};
