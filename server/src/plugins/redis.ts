import type { FastifyBaseLogger } from 'fastify';
import Redis from 'ioredis';

/**
 * The Redis client every instance shares its rate limits through. Commands fail at once while
 * the connection is down (no offline queue, one attempt), so a Redis outage never holds a request
 * up: the rate limit skips the store (skipOnError) and readiness reports it.
 */
export function createRedisClient(url: string, log: FastifyBaseLogger): Redis {
  const redis = new Redis(url, {
    connectTimeout: 1_000,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    // Keep trying in the background, at most every 2 s.
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
  // One warning per outage, not one per reconnect attempt.
  let down = false;
  redis.on('error', (err: Error) => {
    if (down) return;
    down = true;
    log.warn(
      { err: err.message },
      'Redis unreachable: rate limits are not counted until it is back',
    );
  });
  redis.on('ready', () => {
    if (down) log.info('Redis reachable again: rate limits shared');
    down = false;
  });
  return redis;
}
