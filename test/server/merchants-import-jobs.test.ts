/**
 * The staff import as a job: a second instance resumes an import the first stopped midway, and
 * two workers on one import write and count every row once (the progress row is the lock).
 */
import type { JobRunner } from '../../server/src/jobs';
import { InProcessRunner } from '../../server/src/jobs/in-process-runner';
import { PgBossRunner } from '../../server/src/jobs/pg-boss-runner';
import { decodeCsv, parseMerchantCsv } from '../../server/src/features/merchants/imports-csv';
import { IMPORT_JOB, ImportJobs } from '../../server/src/features/merchants/imports-jobs';
import { getRegion } from '../../server/src/features/region/region-service';
import { createTestApp, loginStaff, type TestApp } from './support/app';
import { testCode } from './support/merchants';

let t: TestApp;
let staffId: string;
const runners: JobRunner[] = [];
const silentLog = { error: () => undefined };

beforeAll(async () => {
  t = await createTestApp({ env: { SEED_DEMO: 'false' } });
  staffId = (await loginStaff(t)).user.id;
});
afterEach(async () => {
  await Promise.all(runners.splice(0).map((r) => r.stop(5000)));
});
afterAll(() => t.close());

/** One server instance's share: a runner on the test database and the import feature on it. */
function instance(): { runner: JobRunner; imports: ImportJobs } {
  const { database } = t.config;
  const runner =
    database.kind === 'postgres'
      ? new PgBossRunner({
          connectionString: database.url,
          work: true,
          log: silentLog,
          retryDelaySeconds: 1,
          pollingIntervalSeconds: 0.5,
        })
      : new InProcessRunner({ work: true, log: silentLog, retryDelayMs: 100 });
  runners.push(runner);
  const imports = new ImportJobs(t.db.db, runner, t.app.log, () => new Date());
  return { runner, imports };
}

const HEADER = '统一社会信用代码,名称,类型,行业,镇街,地址,经度,纬度,营业时间,公开电话';
let nextCode = 20_000;
/** Rows of new merchants, one bad row among them. */
async function entries(rows: number) {
  const lines = Array.from({ length: rows }, (_, i) =>
    i === 1
      ? 'not-a-code,坏行,,便利店,城关镇,城关镇测试路,,,,'
      : `${testCode(nextCode++)},任务导入商店${nextCode},,便利店,城关镇,城关镇任务路${i}号,,,,`,
  );
  const text = `${[HEADER, ...lines].join('\n')}\n`;
  return parseMerchantCsv(decodeCsv(Buffer.from(text)), await getRegion(t.db.db));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function until<T>(read: () => Promise<T>, check: (v: T) => boolean, ms = 15_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out: ${JSON.stringify(value)}`);
    await sleep(5);
  }
}

const merchantsNamed = async (prefix: string) =>
  Number(
    (
      await t.db.db
        .selectFrom('merchants')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('name', 'like', `${prefix}%`)
        .executeTakeFirstOrThrow()
    ).n,
  );

it('an import stopped midway is resumed by another instance and counts every row once', async () => {
  const before = await merchantsNamed('任务导入商店');
  const first = instance();
  const started = await first.imports.start(await entries(3000), staffId);
  // The first instance shuts down after a batch or two: its job stops between batches.
  await until(
    () => first.imports.get(started.id),
    (s) => s.done > 0,
  );
  first.imports.close();
  await first.runner.stop(5000);
  const stopped = await first.imports.get(started.id);
  expect(stopped.status).toBe('running');
  expect(stopped.done).toBeLessThan(3000);

  const second = instance();
  await second.imports.resumeUnfinished(); // in process; pg-boss retries the failed job itself
  await second.runner.start();
  const done = await until(
    () => second.imports.get(started.id),
    (s) => s.status !== 'running',
  );
  expect(done).toMatchObject({ status: 'done', total: 3000, done: 3000, inserted: 2999 });
  expect(done.rejected).toHaveLength(1);
  expect((await merchantsNamed('任务导入商店')) - before).toBe(2999);
});

it('two jobs working one import at once still write and count each batch once', async () => {
  const before = await merchantsNamed('任务导入商店');
  const one = instance();
  const other = instance();
  await one.runner.start();
  await other.runner.start();
  const started = await one.imports.start(await entries(2500), staffId);
  // A duplicate job for the same import, on the other instance.
  await other.runner.send(IMPORT_JOB, { importId: started.id });
  const done = await until(
    () => one.imports.get(started.id),
    (s) => s.status !== 'running',
  );
  expect(done).toMatchObject({ status: 'done', done: 2500, inserted: 2499, updated: 0 });
  expect(done.unchanged).toBe(0);
  expect(done.rejected).toHaveLength(1);
  expect((await merchantsNamed('任务导入商店')) - before).toBe(2499);
});
