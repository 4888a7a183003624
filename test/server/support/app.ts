import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, RouteOptions } from 'fastify';
import { Client } from 'pg';
import type { Role } from '@api/common';
import type { Session } from '@api/auth';
import { buildApp } from '../../../server/src/build-app';
import { loadConfig, type AppConfig, type Env } from '../../../server/src/config';
import { createDb, type DbHandle } from '../../../server/src/db';
import { createStaffAccount } from '../../../server/src/features/auth/staff-accounts-service';
import { createWechat, type WechatClient } from '../../../server/src/wechat';

export interface TestAppOptions {
  /** Environment variables on top of the test defaults (validated by loadConfig). */
  env?: Env;
  /** Config fields set after loadConfig (for values the environment cannot express). */
  config?: Partial<AppConfig>;
  wechat?: WechatClient;
  onRoute?: (route: RouteOptions) => void;
  /** The app's clock (deps.now); default: the system clock. */
  now?: () => Date;
  /** Receives the server's log lines (set env LOG_LEVEL too). */
  logStream?: NodeJS.WritableStream;
}

export interface TestApp {
  app: FastifyInstance;
  config: AppConfig;
  db: DbHandle;
  wechat: WechatClient;
  /** A temp dir for this app (DATA_DIR), removed by close(). */
  dir: string;
  close(): Promise<void>;
}

export const TEST_JWT_SECRET = 'test-jwt-secret-that-is-long-enough-0123456789';

/**
 * Where test apps keep their data (SQLite file, uploads): in memory where the machine has it. A
 * test database is thrown away after its file, so the fsync that SQLite does on every commit buys
 * nothing there (CI's PostgreSQL runs with fsync off for the same reason).
 */
const SCRATCH_ROOT = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();

/** A fresh database on PostgreSQL (TEST_DB_DIALECT=postgres) or a fresh SQLite file. */
async function freshDatabase(): Promise<{ url?: string; drop: () => Promise<void> }> {
  if (process.env.TEST_DB_DIALECT !== 'postgres') return { drop: async () => {} };
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is required for the postgres test project');
  const name = `t_${randomBytes(8).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new Client({ connectionString: adminUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const dir = mkdtempSync(join(SCRATCH_ROOT, 'fangxin-test-'));
  const database = await freshDatabase();
  const env: Env = {
    NODE_ENV: 'test',
    DATA_DIR: dir,
    JWT_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: 'silent',
    H5_DIR: join(dir, 'h5'),
    // Tests fire many requests from one "IP"; rate-limit tests lower these explicitly.
    RATE_LIMIT_PER_MINUTE: '1000000',
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000000',
    DATABASE_URL: database.url,
    ...options.env,
  };
  const config: AppConfig = { ...loadConfig(env), ...options.config };
  const db = createDb(config);
  const wechat = options.wechat ?? createWechat(config);
  let app: FastifyInstance;
  try {
    app = await buildApp(config, {
      db,
      wechat,
      onRoute: options.onRoute,
      now: options.now,
      logStream: options.logStream,
    });
  } catch (err) {
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  return {
    app,
    config,
    db,
    wechat,
    dir,
    close: async () => {
      await app.close();
      await database.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Sign in through the dev login as a consumer (a new openid unless one is given). */
export async function loginConsumer(
  app: FastifyInstance,
  openid = `u_${randomBytes(6).toString('hex')}`,
): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/dev', payload: { openid } });
  if (res.statusCode !== 200) throw new Error(`dev login failed: ${res.statusCode} ${res.body}`);
  return res.json<Session>();
}

/**
 * A staff or admin account created like the CLI does, signed in through /auth/staff with its
 * one-time password, which is then changed (until it is, the account can do nothing else): the
 * session returned is ready to use, `password` is the account's current one.
 */
export async function loginStaff(
  t: TestApp,
  role: 'staff' | 'admin' = 'staff',
  username = `${role}_${randomBytes(4).toString('hex')}`,
): Promise<Session & { password: string }> {
  const { password: oneTime } = await createStaffAccount(t.db.db, {
    username,
    role,
    at: new Date(),
  });
  const login = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/staff',
    payload: { username, password: oneTime },
  });
  if (login.statusCode !== 200) {
    throw new Error(`staff login failed: ${login.statusCode} ${login.body}`);
  }
  const password = `changed-${randomBytes(6).toString('hex')}`;
  const changed = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/password',
    headers: bearer(login.json<Session>().token),
    payload: { currentPassword: oneTime, newPassword: password },
  });
  if (changed.statusCode !== 200) {
    throw new Error(`password change failed: ${changed.statusCode} ${changed.body}`);
  }
  return { ...changed.json<Session>(), password };
}

/** Any role, without going through a login route: insert the user and sign its token. */
export async function tokenFor(t: TestApp, role: Role): Promise<{ id: string; token: string }> {
  const id = `01TEST${randomBytes(10).toString('hex').toUpperCase()}`.slice(0, 26);
  const now = new Date().toISOString();
  await t.db.db
    .insertInto('users')
    .values({
      id,
      role,
      openid: null,
      unionid: null,
      session_key: null,
      username: null,
      password_hash: null,
      must_change_password: 0,
      nickname: `测试${role}`,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return { id, token: t.app.jwt.sign({ sub: id, role }) };
}
