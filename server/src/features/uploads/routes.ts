import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { Upload, UploadQuery } from '@api/uploads';
import type { FeatureOptions } from '../../deps';
import { AppError } from '../../plugins/app-error';
import { requireRole } from '../../plugins/auth';
import { closed, errorResponses } from '../../schemas';
import {
  MAX_UPLOAD_BYTES,
  readUpload,
  storeUpload,
  unsupportedImage,
  uploadTooLarge,
} from './service';

/** @fastify/multipart's errors → ours (size, not multipart, too many parts). */
function fromMultipart(err: unknown): unknown {
  const code = (err as { code?: unknown }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return uploadTooLarge();
  if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') return unsupportedImage();
  if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
    return new AppError(400, 'UPLOAD_INVALID', '一次只能上传一张图片');
  }
  return err;
}

export const uploadRoutes: FastifyPluginAsyncTypebox<FeatureOptions> = async (app, { deps }) => {
  const { db } = deps.db;
  const { storage } = deps;
  // Scoped to this plugin: only the upload route parses multipart bodies.
  await app.register(multipart, {
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, fieldSize: 1024, parts: 12 },
  });

  app.post(
    '/uploads',
    {
      preHandler: requireRole(app, 'consumer', 'merchant', 'staff', 'admin'),
      schema: {
        tags: ['uploads'],
        summary: '上传图片（multipart/form-data，文件字段 file，≤ 5MB，JPG/PNG/WebP）',
        description:
          '类型按文件内容识别；EXIF/XMP 等元数据（含拍摄位置）被移除后按 sha256 保存。purpose 决定用途：licence 营业执照、model-unit 示范单位申请、evidence 投诉证据、signature 签名。',
        security: [{ bearer: [] }],
        querystring: closed(UploadQuery),
        response: { 201: Upload, ...errorResponses(400, 401, 413, 415) },
      },
    },
    async (request, reply) => {
      let bytes: Buffer | undefined;
      try {
        const file = await request.file();
        if (file && file.fieldname === 'file') bytes = await file.toBuffer();
      } catch (err) {
        throw fromMultipart(err);
      }
      if (!bytes) throw new AppError(400, 'UPLOAD_MISSING', '请选择要上传的图片（字段名 file）');
      const upload = await storeUpload(
        { db, storage },
        request.user.sub,
        request.query.purpose,
        bytes,
      );
      return reply.status(201).send(upload);
    },
  );

  app.get(
    '/uploads/:id',
    {
      preHandler: app.authenticate,
      schema: {
        tags: ['uploads'],
        summary: '读取图片（上传者本人或工作人员）',
        security: [{ bearer: [] }],
        params: Type.Object({ id: Type.String({ maxLength: 40 }) }),
        response: {
          200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description: '图片内容' }),
          ...errorResponses(401, 404),
        },
      },
    },
    async (request, reply) => {
      const { mime, bytes } = await readUpload({ db, storage }, request.user, request.params.id);
      // Content never changes under an id; private: it must not sit in a shared cache.
      return reply
        .type(mime)
        .header('cache-control', 'private, max-age=86400')
        .header('x-content-type-options', 'nosniff')
        .send(bytes);
    },
  );
};
