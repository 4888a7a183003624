import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { AppConfig } from '../config';
import { tooManyRequests } from './app-error';

/** Per-IP limit for every route registered after this (login routes set a stricter one). */
export const rateLimitPlugin = fp(
  async (app: FastifyInstance, { config }: { config: AppConfig }) => {
    await app.register(rateLimit, {
      global: true,
      max: config.rateLimit.perMinute,
      timeWindow: 60_000,
      // The thrown value goes through the one error handler: same JSON shape, Chinese message.
      errorResponseBuilder: () => tooManyRequests(),
    });
  },
  { name: 'rate-limit' },
);

/** Route config for sign-in routes: guessing passwords or codes is throttled harder. */
export function loginRateLimit(config: AppConfig) {
  return { max: config.rateLimit.loginPerMinute, timeWindow: 60_000 };
}
