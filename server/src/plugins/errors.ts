import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
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

const MISSING_HOST = new AppError(400, 'BAD_REQUEST', '请求缺少 Host 头');

/**
 * A value that passed the schemas but no database takes: a NUL character (PostgreSQL refuses it
 * in text) or a number that is not finite (ajv coerces the query text '1e999' to Infinity and
 * then skips minimum/maximum). Returns the field (dotted, as validation errors name them).
 */
function unstorableField(input: unknown): [string, string] | undefined {
  // Iterative, with parent links instead of a path per node: linear even for 100k-deep JSON.
  // Bounded at 100,000 values; the schemas hold real bodies far below that.
  type Node = { value: unknown; key: string; parent?: Node };
  const pathOf = (node: Node): string => {
    const keys: string[] = [];
    for (let n: Node | undefined = node; n?.parent; n = n.parent) keys.push(n.key);
    return keys.reverse().slice(0, 20).join('.');
  };
  const stack: Node[] = [{ value: input, key: '' }];
  for (let seen = 0; stack.length && seen < 100_000; seen++) {
    const node = stack.pop() as Node;
    const { value } = node;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return [pathOf(node), '含有不允许的字符'];
    } else if (typeof value === 'number') {
      if (!Number.isFinite(value)) return [pathOf(node), '取值超出范围'];
    } else if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
      for (const [key, v] of Object.entries(value)) {
        if (key.includes('\u0000')) return [pathOf(node), '含有不允许的字符'];
        stack.push({ value: v, key, parent: node });
      }
    }
  }
  return undefined;
}

const PARTS = { params: '路径参数', query: '查询参数', body: '请求体' } as const;

/** Every error answers `{ code, message, fields? }`; registered first, for the whole app. */
export const errorHandlerPlugin = fp(
  async (app: FastifyInstance) => {
    // Node's own check (requireHostHeader) answers an empty 400; the app's is off so this one answers.
    app.addHook('onRequest', async (request) => {
      if (request.raw.httpVersion === '1.1' && !request.headers.host) throw MISSING_HOST;
    });
    // After validation, before any handler: the last check on input, for every route.
    app.addHook('preHandler', async (request) => {
      for (const part of ['params', 'query', 'body'] as const) {
        const found = unstorableField(request[part]);
        if (!found) continue;
        const [path, text] = found;
        const field = path || part;
        const label = path || PARTS[part];
        throw new AppError(400, 'VALIDATION_FAILED', `${label}：${text}`, { [field]: text });
      }
    });
    // An `Expect` other than 100-continue: Node would answer a bare 417.
    app.server.on('checkExpectation', (_req: IncomingMessage, res: ServerResponse) => {
      const body = JSON.stringify(
        new AppError(417, 'EXPECTATION_FAILED', '不支持请求中的 Expect 头').toBody(),
      );
      res.writeHead(417, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(body),
        connection: 'close',
      });
      res.end(body);
    });
    app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
      const appError = toAppError(error);
      if (appError.status >= 500) {
        request.log.error({ err: error }, 'unhandled error');
      } else if (appError === KNOWN.FST_ERR_CTP_BODY_TOO_LARGE || appError.status === 429) {
        request.log.warn({ code: appError.code }, appError.message);
      }
      return sendError(reply, appError);
    });
  },
  { name: 'errors' },
);

/** Routing errors that happen before any route matches (malformed URLs). */
export function frameworkErrors(
  error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
) {
  sendError(reply, toAppError(error));
}

/** What Node's HTTP parser refuses before Fastify sees a request, by parser error code. */
function clientErrorFor(code: string | undefined): AppError {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return new AppError(431, 'HEADERS_TOO_LARGE', '请求头过大');
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return new AppError(408, 'REQUEST_TIMEOUT', '请求超时，请重试');
    default:
      return new AppError(400, 'BAD_REQUEST', '请求格式不正确');
  }
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  408: 'Request Timeout',
  431: 'Request Header Fields Too Large',
};

/**
 * Fastify's clientErrorHandler: a request Node's parser refused (bad request line, bad headers,
 * header overflow, timeout) still gets the API's `{ code, message }` body, then the socket closes.
 */
export function clientErrorHandler(
  this: FastifyInstance,
  error: Error & { code?: string },
  socket: Socket,
): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const appError = clientErrorFor(error.code);
  this.log.debug({ code: error.code, status: appError.status }, 'client error');
  const answer = () => {
    if (socket.destroyed) return;
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    const body = JSON.stringify(appError.toBody());
    // end() flushes the answer before closing; destroy once flushed (the socket is half-open).
    socket.end(
      `HTTP/1.1 ${appError.status} ${STATUS_TEXT[appError.status]}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Connection: close\r\n\r\n' +
        body,
      () => socket.destroy(),
    );
  };
  // Node's internal field, as its own default handler reads it: the response being written.
  const inFlight = (socket as Socket & { _httpMessage?: ServerResponse | null })._httpMessage;
  if (!inFlight || inFlight.writableFinished) answer();
  // A pipelined request went bad while an earlier, whole one is answered: answer after it.
  else if (inFlight.req.complete) inFlight.once('close', answer);
  // The body of the request being handled went bad: answer unless its answer has begun.
  else if (!inFlight.headersSent) answer();
  else socket.destroy();
}
