import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Upload, UploadBytes, UploadIdParams, UploadQuery } from '@api/uploads';
import type { FeatureOptions } from '../../deps';
import { signedIn } from '../../http/signed-in';
import { forbidden } from '../../plugins/app-error';
import { requireRole, type TokenPayload } from '../../plugins/auth';
import { closed, errorResponses } from '../../schemas';
import { MAX_INPUT_PIXELS } from './image';
import { multipartLimits, readOneFile } from './multipart-file';
import { MAX_UPLOAD_BYTES, quotaBeforeUpload, readUpload, storeUpload } from './uploads-service';

const isStaff = (caller: TokenPayload) => caller.role === 'staff' || caller.role === 'admin';

export const uploadRoutes: FastifyPluginAsyncTypebox<FeatureOptions> = async (app, { deps }) => {
  const uploadDeps = { db: deps.db.db, storage: deps.storage, now: deps.now };
  // Scoped to this plugin: only the upload route parses multipart bodies.
  await app.register(multipart, { limits: multipartLimits(MAX_UPLOAD_BYTES) });

  app.post(
    '/uploads',
    signedIn(requireRole(app, 'consumer', 'merchant', 'staff', 'admin'), 'uploads', {
      summary: '上传图片（multipart/form-data，一个文件字段 file，≤ 5MB，JPG/PNG/WebP）',
      description: `图片被解码后重新编码（不超过 ${MAX_INPUT_PIXELS / 10_000} 万像素；按 EXIF 方向摆正；EXIF/GPS/XMP/IPTC/注释等元数据和图片结束后的附加数据全部去除），保存的是重新编码后的内容（sha256、size、mime 均指它）：签名（signature）为 PNG，其余为 JPEG。每人每天的上传张数和总大小有限额（县域配置 uploads），超出返回 429。purpose 决定用途：licence 营业执照、model-unit 示范单位申请、evidence 投诉证据、signature 签名、follow-up 跟进附件（仅工作人员）、campaign 专项整治封面（仅工作人员）。`,
      querystring: closed(UploadQuery),
      response: { 201: Upload, ...errorResponses(400, 401, 403, 413, 415, 429) },
    }),
    async (request, reply) => {
      // Refused before the body is read: only staff attach files to a follow-up record.
      if (request.query.purpose === 'follow-up' && !isStaff(request.user)) {
        throw forbidden('FORBIDDEN', '只有工作人员可以上传跟进附件');
      }
      // Only staff set a campaign's cover.
      if (request.query.purpose === 'campaign' && !isStaff(request.user)) {
        throw forbidden('FORBIDDEN', '只有工作人员可以上传专项整治封面');
      }
      const quota = await quotaBeforeUpload(uploadDeps, request.user);
      const bytes = await readOneFile(request);
      const upload = await storeUpload(
        uploadDeps,
        request.user,
        quota,
        request.query.purpose,
        bytes,
      );
      return reply.status(201).send(upload);
    },
  );

  app.get(
    '/uploads/:id',
    signedIn(app.authenticate, 'uploads', {
      summary: '读取图片（上传者本人或工作人员）',
      params: UploadIdParams,
      response: {
        200: UploadBytes,
        ...errorResponses(401, 404),
      },
    }),
    async (request, reply) => {
      const { mime, bytes } = await readUpload(uploadDeps, request.user, request.params.id);
      // Content never changes under an id; private: it must not sit in a shared cache.
      return reply
        .type(mime)
        .header('cache-control', 'private, max-age=86400')
        .header('x-content-type-options', 'nosniff')
        .send(bytes);
    },
  );
};
