/**
 * Liveness and readiness for a load balancer: live without the database, ready only while the
 * database answers (503 with what failed while it does not, 200 again once it is back), Redis
 * reported when configured, neither counted by the per-IP limit.
 */
import net from 'node:net';
import { freshPostgres } from '../support/fresh-postgres';
import { freePort, startRedis, type TestRedis } from '../support/redis-server';
import { startS3Server } from '../support/s3-server';
import { createTestApp, type TestApp } from './support/app';

const dialect = process.env.TEST_DB_DIALECT === 'postgres' ? 'postgres' : 'sqlite';

let redis: TestRedis;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(() => redis.stop());

describe('GET /api/v1/health/live and /health/ready', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { RATE_LIMIT_PER_MINUTE: '2' } });
  });
  afterAll(() => t.close());

  it('answers live and ready, uncounted by the per-IP limit', async () => {
    for (let i = 0; i < 4; i++) {
      const live = await t.app.inject({ method: 'GET', url: '/api/v1/health/live' });
      expect(live.statusCode).toBe(200);
      expect(live.json()).toEqual({ status: 'live' });
      const ready = await t.app.inject({ method: 'GET', url: '/api/v1/health/ready' });
      expect(ready.statusCode).toBe(200);
      expect(ready.json()).toEqual({
        status: 'ready',
        checks: { accepting: 'ok', database: 'ok', storage: 'ok' },
      });
      expect(ready.headers['x-ratelimit-limit']).toBeUndefined();
    }
  });
});

describe('readiness with Redis', () => {
  it('reports Redis ok when it answers', async () => {
    const t = await createTestApp({ env: { REDIS_URL: redis.url } });
    try {
      const ready = await t.app.inject({ method: 'GET', url: '/api/v1/health/ready' });
      expect(ready.statusCode).toBe(200);
      expect(ready.json().checks).toEqual({
        accepting: 'ok',
        database: 'ok',
        storage: 'ok',
        redis: 'ok',
      });
    } finally {
      await t.close();
    }
  });

  it('stays ready when Redis is down (rate limits are skipped, the API works), and says so', async () => {
    const deadPort = await freePort();
    const t = await createTestApp({ env: { REDIS_URL: `redis://127.0.0.1:${deadPort}` } });
    try {
      const ready = await t.app.inject({ method: 'GET', url: '/api/v1/health/ready' });
      expect(ready.statusCode).toBe(200);
      expect(ready.json().checks).toEqual({
        accepting: 'ok',
        database: 'ok',
        storage: 'ok',
        redis: 'failed',
      });
    } finally {
      await t.close();
    }
  });
});

describe('readiness with object storage', () => {
  it('reports the bucket, and stays ready while it is down (only uploads fail)', async () => {
    const s3 = await startS3Server('ready');
    const t = await createTestApp({
      env: {
        STORAGE: 's3',
        S3_ENDPOINT: s3.endpoint,
        S3_BUCKET: s3.bucket,
        S3_ACCESS_KEY_ID: s3.accessKeyId,
        S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
        S3_FORCE_PATH_STYLE: 'true',
      },
    });
    try {
      const ready = () => t.app.inject({ method: 'GET', url: '/api/v1/health/ready' });
      const up = await ready();
      expect(up.statusCode).toBe(200);
      expect(up.json().checks.storage).toBe('ok');
      await s3.stop();
      const down = await ready();
      expect(down.statusCode).toBe(200);
      expect(down.json().checks).toEqual({ accepting: 'ok', database: 'ok', storage: 'failed' });
    } finally {
      await t.close();
      await s3.stop();
    }
  });
});

if (dialect === 'postgres') {
  describe('readiness while PostgreSQL is unreachable', () => {
    it('answers 503 naming the database while the connection is cut, 200 once it is back', async () => {
      const database = await freshPostgres(process.env.TEST_DATABASE_URL!, 'ready');
      const target = new URL(database.url);
      // The app reaches PostgreSQL through a TCP proxy the test can cut, like a network failure.
      const proxy = await startProxy(target.hostname, Number(target.port));
      const throughProxy = new URL(database.url);
      throughProxy.port = String(proxy.port);
      const t = await createTestApp({
        env: { DATABASE_URL: throughProxy.toString(), LOG_LEVEL: 'silent' },
      });
      try {
        const ready = () => t.app.inject({ method: 'GET', url: '/api/v1/health/ready' });
        expect((await ready()).statusCode).toBe(200);

        await proxy.cut();
        const down = await ready();
        expect(down.statusCode).toBe(503);
        expect(down.json()).toEqual({
          code: 'NOT_READY',
          message: '服务未就绪：数据库无响应',
          checks: { accepting: 'ok', database: 'failed', storage: 'ok' },
        });
        // Liveness does not touch the database: the process is fine, no restart wanted.
        expect((await t.app.inject({ method: 'GET', url: '/api/v1/health/live' })).statusCode).toBe(
          200,
        );

        await proxy.restore();
        expect((await ready()).statusCode).toBe(200);
      } finally {
        await t.close();
        await proxy.cut();
        await database.drop();
      }
    });
  });
} else {
  describe('readiness while SQLite is unusable', () => {
    it('answers 503 naming the database once its handle is gone', async () => {
      const t = await createTestApp();
      try {
        expect(
          (await t.app.inject({ method: 'GET', url: '/api/v1/health/ready' })).statusCode,
        ).toBe(200);
        // One file on one disk: a closed handle stands for the disk gone.
        await t.db.close();
        const down = await t.app.inject({ method: 'GET', url: '/api/v1/health/ready' });
        expect(down.statusCode).toBe(503);
        expect(down.json()).toEqual({
          code: 'NOT_READY',
          message: '服务未就绪：数据库无响应',
          checks: { accepting: 'ok', database: 'failed', storage: 'ok' },
        });
      } finally {
        await t.close();
      }
    });
  });
}

interface Proxy {
  port: number;
  cut(): Promise<void>;
  restore(): Promise<void>;
}

/** Forwards a loopback port to host:port; cut() drops every connection and stops listening. */
async function startProxy(host: string, targetPort: number): Promise<Proxy> {
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = net.createServer((client) => {
        const upstream = net.connect(targetPort, host);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => {
            client.destroy();
            upstream.destroy();
          });
        }
        client.pipe(upstream).pipe(client);
      });
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as net.AddressInfo).port;
        resolve();
      });
    });
  await listen();
  return {
    get port() {
      return port;
    },
    cut: async () => {
      for (const s of sockets) s.destroy();
      if (server?.listening) await new Promise((resolve) => server!.close(resolve));
    },
    restore: listen,
  };
}
