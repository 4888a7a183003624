import type { FastifyRequest } from 'fastify';
import { AppError } from '../../plugins/app-error';
import { unsupportedImage, uploadTooLarge } from './uploads-service';

/** Limits for @fastify/multipart: one file, a few small fields (wx.uploadFile's formData). */
export const multipartLimits = (maxBytes: number) => ({
  fileSize: maxBytes,
  files: 1,
  fields: 10,
  fieldSize: 1024,
  parts: 11,
});

const BOUNDARY = /;\s*boundary=(?:"[^"]{1,70}"|[^\s";]{1,70})\s*(?:;|$)/i;

const oneFileOnly = () => new AppError(400, 'UPLOAD_TOO_MANY_FILES', '一次只能上传一张图片');
const malformed = () =>
  new AppError(400, 'UPLOAD_MALFORMED', '上传的数据格式不正确，请重新选择图片上传');
export const missingFile = () =>
  new AppError(400, 'UPLOAD_MISSING', '请选择要上传的图片（字段名 file）');

/**
 * Anything the multipart parser throws → a 4xx: a body too large → 413, not multipart → 415,
 * more parts than allowed → 400, and every other parse failure (no or empty boundary, garbage,
 * a body cut short, busboy's own errors) → 400 UPLOAD_MALFORMED. Never a 500 for a bad body.
 */
function fromMultipart(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return uploadTooLarge();
  if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') return unsupportedImage();
  if (code === 'FST_FILES_LIMIT') return oneFileOnly();
  if (code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
    return new AppError(400, 'UPLOAD_TOO_MANY_PARTS', '上传的表单字段过多');
  }
  return malformed();
}

/**
 * The bytes of the one file part named `file`, reading the body to its end so that a second
 * file is seen and refused (reading only the first part would silently drop it).
 */
export async function readOneFile(request: FastifyRequest): Promise<Buffer> {
  // RFC 2046: a boundary of 1–70 characters. Busboy takes some empty ones as a boundary of "".
  const type = request.headers['content-type'] ?? '';
  if (/^multipart\//i.test(type) && !BOUNDARY.test(type)) throw malformed();
  let bytes: Buffer | undefined;
  let files = 0;
  try {
    for await (const part of request.parts()) {
      if (part.type !== 'file') continue;
      files += 1;
      // Read it even when misnamed: an unread part would stall the parser.
      const data = await part.toBuffer();
      if (part.fieldname === 'file') bytes = data;
    }
  } catch (err) {
    const mapped = fromMultipart(err);
    request.log.info({ err }, `multipart refused: ${mapped.code}`);
    throw mapped;
  }
  if (files > 1) throw oneFileOnly();
  if (!bytes) throw missingFile();
  return bytes;
}
