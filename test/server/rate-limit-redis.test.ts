/**
 * Rate limits through Redis (REDIS_URL): two app instances count one client together, the
 * stricter sign-in limit too, and a Redis that does not answer lets requests through (with one
 * warning in the log) instead of taking the API down. Each test counts under its own client
 * address, so runs sharing one Redis (CI's TEST_REDIS_URL) do not meet.
 */
import { randomInt } from 'node:crypto';
import { Writable } from 'node:stream';
import Redis from 'ioredis';
import { RATE_LIMIT_KEY_PREFIX } from '../../server/src/plugins/rate-limit';
import { freePort, startRedis, type TestRedis } from '../support/redis-server';
import { createTestApp, type TestApp } from './support/app';

let redis: TestRedis;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(() => redis.stop());

const randomAddress = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

async function twoInstances(env: Record<string, string>): Promise<[TestApp, TestApp]> {
  const a = await createTestApp({ env: { REDIS_URL: redis.url, ...env } });
  const b = await createTestApp({ env: { REDIS_URL: redis.url, ...env } }).catch(async (err) => {
    await a.close();
    throw err;
  });
  return [a, b];
}

describe('per-IP limit shared through Redis', () => {
  it('counts one client across two instances, and not another client', async () => {
    const [a, b] = await twoInstances({ RATE_LIMIT_PER_MINUTE: '5' });
    try {
      const address = randomAddress();
      const get = (t: TestApp, remoteAddress = address) =>
        t.app.inject({ method: 'GET', url: '/api/v1/region', remoteAddress });
      const statuses = [];
      for (const t of [a, b, a, b, a]) statuses.push((await get(t)).statusCode);
      expect(statuses).toEqual([200, 200, 200, 200, 200]);
      // Alone, B has seen two requests; together the client has used its five.
      const sixth = await get(b);
      expect(sixth.statusCode).toBe(429);
      expect(sixth.json()).toEqual({ code: 'RATE_LIMITED', message: '操作太频繁，请稍后再试' });
      expect((await get(a, randomAddress())).statusCode).toBe(200);

      const inspect = new Redis(redis.url);
      try {
        expect(await inspect.get(`${RATE_LIMIT_KEY_PREFIX}${address}`)).toBe('6');
      } finally {
        inspect.disconnect();
      }
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('shares the stricter sign-in limit too', async () => {
    const [a, b] = await twoInstances({ LOGIN_RATE_LIMIT_PER_MINUTE: '2' });
    try {
      const remoteAddress = randomAddress();
      const login = (t: TestApp, openid: string) =>
        t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/dev',
          payload: { openid },
          remoteAddress,
        });
      expect((await login(a, 'rl-a')).statusCode).toBe(200);
      expect((await login(b, 'rl-b')).statusCode).toBe(200);
      expect((await login(a, 'rl-c')).statusCode).toBe(429);
      // Other routes keep their own, larger allowance.
      expect(
        (await b.app.inject({ method: 'GET', url: '/api/v1/region', remoteAddress })).statusCode,
      ).toBe(200);
    } finally {
      await a.close();
      await b.close();
    }
  });
});

describe('Redis unreachable', () => {
  it('serves every request (uncounted) and logs one warning, not one per request', async () => {
    let log = '';
    const logStream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        log += chunk.toString();
        done();
      },
    });
    const t = await createTestApp({
      env: {
        REDIS_URL: `redis://127.0.0.1:${await freePort()}`,
        RATE_LIMIT_PER_MINUTE: '2',
        LOG_LEVEL: 'warn',
      },
      logStream,
    });
    try {
      const statuses = [];
      for (let i = 0; i < 5; i++) {
        statuses.push((await t.app.inject({ method: 'GET', url: '/api/v1/region' })).statusCode);
      }
      expect(statuses).toEqual([200, 200, 200, 200, 200]);
      const warnings = log.split('\n').filter((line) => line.includes('Redis unreachable'));
      expect(warnings).toHaveLength(1);
    } finally {
      await t.close();
    }
  });
});
