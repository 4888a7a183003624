/**
 * How the app uses its job runner, driven by hand through AppOptions.jobs: the runner starts on
 * ready outside tests and stops on close, the 法润乡村 reminders are scheduled every 10 minutes,
 * and a staff import is a queued job that does nothing until a worker runs it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MerchantImport } from '@api/merchants';
import { buildApp } from '../../server/src/build-app';
import { loadConfig } from '../../server/src/config';
import { createDb } from '../../server/src/db';
import type { JobHandler, JobRunner, SendOptions } from '../../server/src/jobs';
import { createWechat } from '../../server/src/wechat';
import { freshPostgres } from '../support/fresh-postgres';
import { bearer, loginStaff, TEST_JWT_SECRET, type TestApp } from './support/app';
import { testCode } from './support/merchants';

/** A runner that only records: the test runs a job's handler when it wants to. */
class HandRunner implements JobRunner {
  readonly kind = 'in-process';
  readonly handlers = new Map<string, JobHandler<object>>();
  readonly schedules = new Map<string, string>();
  readonly sent: { name: string; data: object; options?: SendOptions }[] = [];
  state: 'new' | 'started' | 'stopped' = 'new';

  define<T extends object>(name: string, handler: JobHandler<T>): void {
    this.handlers.set(name, handler as JobHandler<object>);
  }
  async send<T extends object>(name: string, data: T, options?: SendOptions) {
    this.sent.push({ name, data, options });
    return `job-${this.sent.length}`;
  }
  async schedule(name: string, cron: string): Promise<void> {
    this.schedules.set(name, cron);
  }
  async start(): Promise<void> {
    this.state = 'started';
  }
  async stop(): Promise<void> {
    this.state = 'stopped';
  }
  run(name: string, data: object): Promise<void> {
    return this.handlers.get(name)!(data);
  }
}

/** The whole app on a fresh database (SQLite or PostgreSQL) with the hand runner. */
type HandApp = Pick<TestApp, 'app' | 'db' | 'close'>;

async function appWith(jobs: JobRunner, nodeEnv: 'test' | 'development'): Promise<HandApp> {
  const dir = mkdtempSync(join(tmpdir(), 'fangxin-jobs-'));
  const pg =
    process.env.TEST_DB_DIALECT === 'postgres'
      ? await freshPostgres(process.env.TEST_DATABASE_URL!, 'jobs_app')
      : undefined;
  const config = loadConfig({
    NODE_ENV: nodeEnv,
    DATA_DIR: dir,
    JWT_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: 'silent',
    H5_DIR: join(dir, 'h5'),
    SEED_DEMO: 'false',
    DATABASE_URL: pg?.url,
  });
  const db = createDb(config);
  const wechat = createWechat(config);
  const app = await buildApp(config, { db, wechat, jobs });
  await app.ready();
  return {
    app,
    db,
    close: async () => {
      await app.close();
      await pg?.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

it('outside tests: started on ready, reminders every 10 minutes, stopped on close', async () => {
  const jobs = new HandRunner();
  const t = await appWith(jobs, 'development');
  try {
    expect(jobs.state).toBe('started');
    expect(Object.fromEntries(jobs.schedules)).toEqual({
      'law-session-reminders': '*/10 * * * *',
    });
    // Nothing is due on a fresh database: the run sends nothing and succeeds.
    await expect(jobs.run('law-session-reminders', {})).resolves.toBeUndefined();
  } finally {
    await t.close();
  }
  expect(jobs.state).toBe('stopped');
});

it('a staff import is queued as a job and written only when a worker runs it', async () => {
  const jobs = new HandRunner();
  const t = await appWith(jobs, 'test');
  try {
    expect(jobs.state).toBe('new'); // tests start a runner by sending, or by hand
    expect(jobs.schedules.size).toBe(0);
    const staff = await loginStaff(t as TestApp); // it reads the app and the database only
    const code = testCode(31_000);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/merchants/imports',
      headers: { ...bearer(staff.token), 'content-type': 'text/csv' },
      payload: Buffer.from(
        '统一社会信用代码,名称,类型,行业,镇街,地址,经度,纬度,营业时间,公开电话\n' +
          `${code},任务排队商店,,便利店,城关镇,城关镇排队路1号,,,,\n`,
      ),
    });
    expect(res.statusCode).toBe(202);
    const { id } = res.json<MerchantImport>();
    expect(jobs.sent).toEqual([
      { name: 'merchant-import', data: { importId: id }, options: { singletonKey: id } },
    ]);
    const progress = async () =>
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/v1/merchants/imports/${id}`,
          headers: bearer(staff.token),
        })
      ).json<MerchantImport>();
    expect(await progress()).toMatchObject({ status: 'running', done: 0 });

    await jobs.run('merchant-import', { importId: id });
    expect(await progress()).toMatchObject({ status: 'done', done: 1, inserted: 1 });
    // Run again (a retry after a lost acknowledgement): nothing more is written or counted.
    await jobs.run('merchant-import', { importId: id });
    expect(await progress()).toMatchObject({ status: 'done', done: 1, inserted: 1, unchanged: 0 });
  } finally {
    await t.close();
  }
});
