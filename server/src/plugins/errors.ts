import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './app-error';
import { translateValidation } from './validation-messages';

export * from './app-error';

/** Framework error codes → what the user reads. */
const KNOWN: Record<string, AppError> = {
  FST_ERR_CTP_INVALID_JSON_BODY: new AppError(400, 'INVALID_JSON', '请求体不是有效的 JSON'),
  FST_ERR_CTP_EMPTY_JSON_BODY: new AppError(400, 'INVALID_JSON', '请求体不是有效的 JSON'),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: new AppError(400, 'BAD_REQUEST', '请求体长度不正确'),
  FST_ERR_CTP_BODY_TOO_LARGE: new AppError(413, 'PAYLOAD_TOO_LARGE', '请求体过大'),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: new AppError(
    415,
    'UNSUPPORTED_MEDIA_TYPE',
    '不支持的请求内容类型',
  ),
  FST_ERR_BAD_URL: new AppError(400, 'BAD_URL', '请求地址不正确'),
  FST_ERR_MAX_PARAM_LENGTH: new AppError(400, 'BAD_URL', '请求地址不正确'),
  FST_JWT_NO_AUTHORIZATION_IN_HEADER: new AppError(401, 'UNAUTHORIZED', '请先登录'),
  FST_JWT_AUTHORIZATION_TOKEN_EXPIRED: new AppError(401, 'TOKEN_EXPIRED', '登录已过期，请重新登录'),
  FST_JWT_AUTHORIZATION_TOKEN_INVALID: new AppError(
    401,
    'TOKEN_INVALID',
    '登录凭证无效，请重新登录',
  ),
  FST_JWT_AUTHORIZATION_TOKEN_UNTRUSTED: new AppError(
    401,
    'TOKEN_INVALID',
    '登录凭证无效，请重新登录',
  ),
  FST_JWT_BAD_REQUEST: new AppError(401, 'TOKEN_INVALID', '登录凭证无效，请重新登录'),
  FST_JWT_BAD_COOKIE_REQUEST: new AppError(401, 'TOKEN_INVALID', '登录凭证无效，请重新登录'),
  FAST_JWT_MISSING_SIGNATURE: new AppError(401, 'TOKEN_INVALID', '登录凭证无效，请重新登录'),
};

const INTERNAL = new AppError(500, 'INTERNAL', '服务器开小差了，请稍后再试');

/** Any thrown value → the AppError the client sees. Never leaks a stack or an SQL message. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const e = error as Partial<FastifyError> & { validationContext?: string };
  if (Array.isArray(e.validation)) {
    const { message, fields } = translateValidation(e.validation, e.validationContext ?? 'body');
    return new AppError(400, 'VALIDATION_FAILED', message, fields);
  }
  if (e.code && KNOWN[e.code]) return KNOWN[e.code];
  const status = typeof e.statusCode === 'number' ? e.statusCode : 500;
  if (status === 429) return new AppError(429, 'RATE_LIMITED', '操作太频繁，请稍后再试');
  if (status >= 400 && status < 500) return new AppError(status, 'BAD_REQUEST', '请求有误');
  return INTERNAL;
}

export function sendError(reply: FastifyReply, error: AppError): FastifyReply {
  return reply.status(error.status).send(error.toBody());
}

export const apiNotFound = new AppError(404, 'NOT_FOUND', '接口不存在');

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const appError = toAppError(error);
    if (appError.status >= 500) {
      request.log.error({ err: error }, 'unhandled error');
    } else if (appError === KNOWN.FST_ERR_CTP_BODY_TOO_LARGE || appError.status === 429) {
      request.log.warn({ code: appError.code }, appError.message);
    }
    return sendError(reply, appError);
  });
}

/** Routing errors that happen before any route matches (malformed URLs). */
export function frameworkErrors(
  error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
) {
  sendError(reply, toAppError(error));
}
