import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams } from '@api/common';
import { MerchantImport } from '@api/merchants';
import type { FeatureOptions } from '../../deps';
import { signedIn } from '../../http/signed-in';
import { AppError } from '../../plugins/app-error';
import { requireRole } from '../../plugins/auth';
import { errorResponses } from '../../schemas';
import { getRegion } from '../region/region-service';
import { decodeCsv, parseMerchantCsv } from './imports-csv';
import { ImportJobs } from './imports-jobs';

const MAX_CSV_BYTES = 20 * 1024 * 1024;

/** Staff upload of the bureau's merchant list: checked at once, written in the background. */
export const importRoutes: FastifyPluginAsyncTypebox<FeatureOptions> = async (app, { deps }) => {
  const { db } = deps.db;
  const jobs = new ImportJobs(db, deps.jobs, app.log, deps.now);
  app.addHook('onClose', async () => jobs.close());
  if (deps.config.jobsEnabled && deps.config.nodeEnv !== 'test') {
    app.addHook('onReady', () => jobs.resumeUnfinished());
  }
  const staffOnly = requireRole(app, 'staff', 'admin');

  // Scoped to this plugin: a CSV body is raw bytes (the file may be GBK, see decodeCsv).
  app.addContentTypeParser(
    ['text/csv', 'application/csv'],
    { parseAs: 'buffer', bodyLimit: MAX_CSV_BYTES },
    (_request, body, done) => done(null, body),
  );

  app.post(
    '/merchants/imports',
    {
      bodyLimit: MAX_CSV_BYTES,
      ...signedIn(staffOnly, 'merchants', {
        summary: '导入商家名录 CSV（工作人员；Content-Type: text/csv，≤ 20MB）',
        description:
          '表头：统一社会信用代码,名称,类型,行业,镇街,地址,经度,纬度,营业时间,公开电话（UTF-8 或 GBK）。按信用代码新增或更新；逐行校验，不合格的行列在 rejected 中（row 为文件中的行号，表头为第 1 行）。返回 202 后在后台分批写入，用 GET /merchants/imports/{id} 查看进度。',
        response: { 202: MerchantImport, ...errorResponses(400, 401, 403, 413, 415) },
      }),
    },
    async (request, reply) => {
      if (!Buffer.isBuffer(request.body)) {
        throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', '请以 text/csv 格式上传商家名录');
      }
      const entries = parseMerchantCsv(decodeCsv(request.body), await getRegion(db));
      const started = await jobs.start(entries, request.user.sub);
      return reply.status(202).send(started);
    },
  );

  app.get(
    '/merchants/imports/:id',
    signedIn(staffOnly, 'merchants', {
      summary: '商家名录导入进度（工作人员）',
      params: IdParams,
      response: { 200: MerchantImport, ...errorResponses(401, 403, 404) },
    }),
    async (request) => jobs.get(request.params.id),
  );
};
