import { once } from 'node:events';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type Redis from 'ioredis';
import type { AppConfig } from '../config';
import { tooManyRequests } from './app-error';

/** Where the counters live in a Redis shared with other applications. */
export const RATE_LIMIT_KEY_PREFIX = 'fangxin:rate-limit:';

export interface RateLimitOptions {
  config: AppConfig;
  /** Counters shared by every instance (REDIS_URL); unset: each instance counts in memory. */
  redis?: Redis;
}

/** Per-IP limit for every route registered after this (login routes set a stricter one). */
export const rateLimitPlugin = fp(
  async (app: FastifyInstance, { config, redis }: RateLimitOptions) => {
    // Count from the first request: wait for the connection, but never long (Redis down or slow
    // must not hold the start up; the store is skipped until it is back).
    if (redis && redis.status !== 'ready') {
      await once(redis, 'ready', { signal: AbortSignal.timeout(1_000) }).catch(() => undefined);
    }
    await app.register(rateLimit, {
      global: true,
      max: config.rateLimit.perMinute,
      timeWindow: 60_000,
      ...(redis
        ? // Redis down must not take the API down: the request goes through uncounted.
          { redis, nameSpace: RATE_LIMIT_KEY_PREFIX, skipOnError: true }
        : {}),
      // The counters are told only with a 429 (with Retry-After): below the limit they are three
      // headers on every answer that no client of ours reads, on routes read thousands of times.
      addHeadersOnExceeding: {
        'x-ratelimit-limit': false,
        'x-ratelimit-remaining': false,
        'x-ratelimit-reset': false,
      },
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
