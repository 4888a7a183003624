/**
 * Two real server processes on one PostgreSQL database, one Redis and one S3 bucket, as behind a
 * load balancer: requests alternate between them. An upload through A reads through B, the
 * per-IP limit is counted across both, the scheduled probe job runs once per tick however many
 * instances run, and a county-profile change through A shows on B within a second. PostgreSQL
 * only (the server-postgres project; CI sets TEST_DATABASE_URL and TEST_REDIS_URL).
 */
import { randomBytes, randomInt } from 'node:crypto';
import path from 'node:path';
import { sql } from 'kysely';
import type { Session } from '@api/auth';
import type { Region } from '@api/region';
import { createDb, type DbHandle } from '../../server/src/db';
import { createStaffAccount } from '../../server/src/features/auth/staff-accounts-service';
import { recordFigure } from '../support/figures';
import { freshPostgres } from '../support/fresh-postgres';
import { startRedis, type TestRedis } from '../support/redis-server';
import { startS3Server, type S3Server } from '../support/s3-server';
import { makeTempDir, spawnServer, type ServerProcess } from '../support/server-process';
import { TINY_PNG } from '../support/api-client';
import { TEST_JWT_SECRET } from './support/app';

const ROOT = path.resolve(__dirname, '../..');
const RATE_LIMIT = 20;
/** One key for both instances: personal data written through A is read through B. */
const PERSONAL_DATA_KEY = randomBytes(32).toString('base64');

let database: { url: string; drop: () => Promise<void> };
let redis: TestRedis;
let s3: S3Server;
let db: DbHandle;
const servers: ServerProcess[] = [];
let a: ServerProcess;
let b: ServerProcess;

beforeAll(async () => {
  database = await freshPostgres(process.env.TEST_DATABASE_URL!, 'two');
  redis = await startRedis();
  s3 = await startS3Server('two-instances');
  const env = (dir: string) => ({
    NODE_ENV: 'test',
    DATA_DIR: dir,
    H5_DIR: path.join(dir, 'h5'),
    JWT_SECRET: TEST_JWT_SECRET,
    PERSONAL_DATA_KEY,
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'false',
    DATABASE_URL: database.url,
    REDIS_URL: redis.url,
    // Behind a load balancer: the client address comes from X-Forwarded-For.
    TRUST_PROXY: 'true',
    RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
    STORAGE: 's3',
    S3_ENDPOINT: s3.endpoint,
    S3_BUCKET: s3.bucket,
    S3_ACCESS_KEY_ID: s3.accessKeyId,
    S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
    S3_FORCE_PATH_STYLE: 'true',
    JOBS_TEST_PROBE: '1',
  });
  // Started together, as a deployment would: they take turns to migrate (prepare.ts).
  const started = await Promise.allSettled(
    ['A', 'B'].map((name) => {
      const dir = makeTempDir(`fangxin-two-${name}-`);
      return spawnServer({
        name: `API server ${name}`,
        root: ROOT,
        script: 'server/src/main.ts',
        readyPath: '/api/v1/health/ready',
        tempDir: dir,
        env: env(dir),
      });
    }),
  );
  for (const s of started) if (s.status === 'fulfilled') servers.push(s.value);
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) throw (failed as PromiseRejectedResult).reason;
  [a, b] = servers;
  db = createDb({ database: { kind: 'postgres', url: database.url } });
}, 90_000);

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  await db?.close();
  await s3?.stop();
  await redis?.stop();
  await database?.drop();
});

/** Each part of the test is a different client, so the per-IP limit counts only its own part. */
const clientAddress = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

async function call(
  server: ServerProcess,
  method: string,
  url: string,
  options: { token?: string; json?: unknown; body?: Buffer; type?: string; from?: string } = {},
): Promise<Response> {
  const headers: Record<string, string> = { 'x-forwarded-for': options.from ?? clientAddress() };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.json !== undefined) headers['content-type'] = 'application/json';
  if (options.type) headers['content-type'] = options.type;
  return fetch(`${server.origin}/api/v1${url}`, {
    method,
    headers,
    body: options.json !== undefined ? JSON.stringify(options.json) : options.body,
  });
}

async function consumer(server: ServerProcess): Promise<Session> {
  const res = await call(server, 'POST', '/auth/dev', {
    json: { openid: `two_${randomInt(1e9)}` },
  });
  expect(res.status).toBe(200);
  return (await res.json()) as Session;
}

async function staff(server: ServerProcess): Promise<Session> {
  const username = `staff_${randomBytes(4).toString('hex')}`;
  const { password: oneTime } = await createStaffAccount(db.db, {
    username,
    role: 'staff',
    at: new Date(),
  });
  const login = await call(server, 'POST', '/auth/staff', {
    json: { username, password: oneTime },
  });
  expect(login.status).toBe(200);
  const changed = await call(server, 'POST', '/auth/password', {
    token: ((await login.json()) as Session).token,
    json: { currentPassword: oneTime, newPassword: `changed-${randomBytes(6).toString('hex')}` },
  });
  expect(changed.status).toBe(200);
  return (await changed.json()) as Session;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('two instances on one PostgreSQL, Redis and bucket', () => {
  it('an upload through A reads through B (the bucket, not a local disk)', async () => {
    const session = await consumer(a);
    const boundary = `b${randomBytes(8).toString('hex')}`;
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="f.png"\r\nContent-Type: image/png\r\n\r\n`,
      ),
      TINY_PNG,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const uploaded = await call(a, 'POST', '/uploads?purpose=evidence', {
      token: session.token,
      body,
      type: `multipart/form-data; boundary=${boundary}`,
    });
    expect(uploaded.status).toBe(201);
    const { id } = (await uploaded.json()) as { id: string };

    const throughA = await call(a, 'GET', `/uploads/${id}`, { token: session.token });
    const throughB = await call(b, 'GET', `/uploads/${id}`, { token: session.token });
    expect(throughB.status).toBe(200);
    expect(throughB.headers.get('content-type')).toBe(throughA.headers.get('content-type'));
    expect(Buffer.from(await throughB.arrayBuffer())).toEqual(
      Buffer.from(await throughA.arrayBuffer()),
    );
  });

  it('counts one client across both instances: 12 requests to each → 429 after the 20th', async () => {
    const from = clientAddress();
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      for (const server of [a, b]) {
        statuses.push((await call(server, 'GET', '/region', { from })).status);
      }
    }
    expect(statuses.slice(0, RATE_LIMIT)).toEqual(Array(RATE_LIMIT).fill(200));
    expect(statuses.slice(RATE_LIMIT)).toEqual([429, 429, 429, 429]);
    // Another client is not affected, on either instance.
    expect((await call(a, 'GET', '/region')).status).toBe(200);
    expect((await call(b, 'GET', '/region')).status).toBe(200);
  });

  it('a county-profile change through A shows on B within a second', async () => {
    const session = await staff(a);
    const before = (await (await call(b, 'GET', '/region')).json()) as Region;
    const changed: Region = { ...before, county: before.county === '绿水县' ? '青山县' : '绿水县' };
    const put = await call(a, 'PUT', '/region', { token: session.token, json: changed });
    expect(put.status).toBe(200);
    const savedAt = Date.now();
    let seenAfter: number | undefined;
    while (Date.now() - savedAt <= 1_000) {
      const onB = (await (await call(b, 'GET', '/region')).json()) as Region;
      if (onB.county === changed.county) {
        seenAfter = Date.now() - savedAt;
        break;
      }
      await sleep(50);
    }
    recordFigure('two instances: profile change visible on B', `${seenAfter ?? '> 1000'} ms`);
    expect(seenAfter).toBeDefined();
  });

  it('runs the scheduled probe once per minute however many instances run', async () => {
    const runs = () =>
      sql<{ detail: string }>`select detail from audit_log where action = 'jobs.probe'`
        .execute(db.db)
        .then((r) =>
          r.rows.map((row) => JSON.parse(row.detail) as { minute: string; pid: number }),
        );
    // The schedule fires at the start of each minute; pg-boss checks it every few seconds.
    const deadline = Date.now() + 150_000;
    while ((await runs()).length === 0 && Date.now() < deadline) await sleep(1_000);
    const first = await runs();
    expect(first.length).toBeGreaterThan(0);
    // Both instances have had time to take the same tick too.
    await sleep(15_000);
    const all = await runs();
    const perMinute = new Map<string, number>();
    for (const run of all) perMinute.set(run.minute, (perMinute.get(run.minute) ?? 0) + 1);
    recordFigure(
      'two instances: scheduled probe',
      `${all.length} runs over ${perMinute.size} minutes, by ${new Set(all.map((r) => r.pid)).size} process(es)`,
    );
    expect([...perMinute.values()].every((n) => n === 1)).toBe(true);
    expect(all.every((run) => [a.pid, b.pid].includes(run.pid))).toBe(true);
  }, 200_000);
});
