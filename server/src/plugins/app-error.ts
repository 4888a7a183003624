import type { ErrorBody } from '@api/common';

/** An error with an HTTP status, a stable code and a Chinese message for the user. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toBody(): ErrorBody {
    return this.fields
      ? { code: this.code, message: this.message, fields: this.fields }
      : { code: this.code, message: this.message };
  }
}

export const badRequest = (code: string, message: string, fields?: Record<string, string>) =>
  new AppError(400, code, message, fields);

export const unauthorized = (code = 'UNAUTHORIZED', message = '请先登录') =>
  new AppError(401, code, message);

export const forbidden = (code = 'FORBIDDEN', message = '没有权限执行此操作') =>
  new AppError(403, code, message);

export const notFound = (code = 'NOT_FOUND', message = '内容不存在') =>
  new AppError(404, code, message);

export const conflict = (code: string, message: string) => new AppError(409, code, message);

export const tooManyRequests = () => new AppError(429, 'RATE_LIMITED', '操作太频繁，请稍后再试');
