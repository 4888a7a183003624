/**
 * The job runner on the test database: pg-boss on PostgreSQL (two runners stand for two
 * instances), the in-process runner on SQLite. Timing is tolerant: every wait polls to a deadline.
 */
import type { JobRunner } from '../../server/src/jobs';
import { createJobRunner } from '../../server/src/jobs/create-runner';
import { InProcessRunner } from '../../server/src/jobs/in-process-runner';
import { PgBossRunner } from '../../server/src/jobs/pg-boss-runner';
import { freshPostgres } from '../support/fresh-postgres';

/** An empty PostgreSQL database of its own (pg-boss makes its schema); SQLite needs none. */
let postgres: { url: string; drop: () => Promise<void> } | undefined;
const runners: JobRunner[] = [];
const errors: string[] = [];
const log = { error: (_obj: object, msg: string) => void errors.push(msg) };

beforeAll(async () => {
  if (process.env.TEST_DB_DIALECT === 'postgres') {
    postgres = await freshPostgres(process.env.TEST_DATABASE_URL!, 'jobs');
  }
});
afterEach(async () => {
  await Promise.all(runners.splice(0).map((r) => r.stop(5000)));
  errors.length = 0;
});
afterAll(() => postgres?.drop());

const onPostgres = () => postgres !== undefined;

function newRunner(work = true): JobRunner {
  const runner = postgres
    ? new PgBossRunner({
        connectionString: postgres.url,
        work,
        log,
        retryDelaySeconds: 1,
        pollingIntervalSeconds: 0.5,
        cronMonitorIntervalSeconds: 1,
      })
    : new InProcessRunner({ work, log, retryDelayMs: 100 });
  runners.push(runner);
  return runner;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await sleep(50);
  }
}

/** A queue name of its own per test: pg-boss's tables outlive a runner. */
let queues = 0;
const queue = (what: string) => `${what}-${++queues}`;

it('runs a job with its data, on the runner the database calls for', async () => {
  const database = postgres
    ? { kind: 'postgres' as const, url: postgres.url }
    : { kind: 'sqlite' as const, file: ':memory:' };
  expect(createJobRunner({ database, jobsEnabled: true }, log).kind).toBe(
    onPostgres() ? 'pg-boss' : 'in-process',
  );
  const runner = newRunner();
  const seen: object[] = [];
  const name = queue('plain');
  runner.define<{ n: number }>(name, async (data) => void seen.push(data));
  await runner.start();
  expect(await runner.send(name, { n: 1 })).toEqual(expect.any(String));
  expect(await runner.send(name, { n: 2 })).toEqual(expect.any(String));
  await until(() => seen.length === 2);
  expect(seen).toEqual(expect.arrayContaining([{ n: 1 }, { n: 2 }]));
});

it('several instances starting at once on a new database all start (they set up in turn)', async () => {
  // pg-boss creates its schema and a partition per queue: run at once, that DDL deadlocked.
  const fresh = postgres && (await freshPostgres(process.env.TEST_DATABASE_URL!, 'jobs_start'));
  try {
    const names = [queue('start-a'), queue('start-b'), queue('start-c'), queue('start-d')];
    const ran: string[] = [];
    const instances = [1, 2, 3].map(() => {
      const runner = fresh
        ? new PgBossRunner({ connectionString: fresh.url, work: true, log })
        : new InProcessRunner({ work: true, log });
      runners.push(runner);
      for (const name of names) runner.define(name, async () => void ran.push(name));
      return runner;
    });
    const started = await Promise.allSettled(instances.map((r) => r.start()));
    expect(started.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
    await instances[2].send(names[3], {});
    await until(() => ran.length === 1);
    expect(ran).toEqual([names[3]]);
  } finally {
    await Promise.all(runners.splice(0).map((r) => r.stop(5000)));
    await fresh?.drop();
  }
});

it('retries a failing job, which then succeeds', async () => {
  const runner = newRunner();
  const name = queue('flaky');
  let attempts = 0;
  let succeeded = false;
  runner.define(
    name,
    async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('first attempt fails');
      succeeded = true;
    },
    { retryLimit: 1 },
  );
  await runner.start();
  await runner.send(name, {});
  await until(() => succeeded);
  expect(attempts).toBe(2);
});

it('gives up after retryLimit retries', async () => {
  const runner = newRunner();
  const name = queue('broken');
  let attempts = 0;
  runner.define(
    name,
    async () => {
      attempts += 1;
      throw new Error('always fails');
    },
    { retryLimit: 1 },
  );
  await runner.start();
  await runner.send(name, {});
  await until(() => attempts === 2);
  // A third attempt would come after the doubled delay (≤ 4 s on pg-boss, 200 ms in process).
  await sleep(onPostgres() ? 4500 : 600);
  expect(attempts).toBe(2);
  // The in-process runner says so in the log (pg-boss keeps the failed job in its table).
  expect(errors).toEqual(onPostgres() ? [] : ['jobs: failed for good']);
});

it('dedupes a queued job by singletonKey', async () => {
  const runner = newRunner();
  const name = queue('single');
  runner.define(name, async () => undefined);
  await runner.start();
  const later = new Date(Date.now() + 60_000);
  expect(await runner.send(name, {}, { singletonKey: 'k', startAfter: later })).toEqual(
    expect.any(String),
  );
  expect(await runner.send(name, {}, { singletonKey: 'k', startAfter: later })).toBeNull();
  expect(await runner.send(name, {}, { singletonKey: 'other', startAfter: later })).toEqual(
    expect.any(String),
  );
});

it('runs a job no sooner than startAfter', async () => {
  const runner = newRunner();
  const name = queue('later');
  let ranAt = 0;
  runner.define(name, async () => void (ranAt = Date.now()));
  await runner.start();
  const startAfter = new Date(Date.now() + 1500);
  await runner.send(name, {}, { startAfter });
  await until(() => ranAt > 0);
  expect(ranAt).toBeGreaterThanOrEqual(startAfter.getTime());
});

it('stop() waits for a running job to finish', async () => {
  const runner = newRunner();
  const name = queue('slow');
  let started = false;
  let finished = false;
  runner.define(name, async () => {
    started = true;
    await sleep(700);
    finished = true;
  });
  await runner.start();
  await runner.send(name, {});
  await until(() => started);
  await runner.stop(10_000);
  expect(finished).toBe(true);
});

it('runs a scheduled job once per tick', async () => {
  const runs: number[] = [];
  const name = queue('tick');
  // pg-boss: two instances, ticks of a minute, each checking the schedule every second.
  // In process (one instance): cron-parser's seconds field gives a tick a second.
  const instances = onPostgres() ? [newRunner(), newRunner()] : [newRunner()];
  const tick = onPostgres() ? 60_000 : 1000;
  for (const runner of instances) {
    runner.define(name, async () => void runs.push(Math.floor(Date.now() / tick)));
    await runner.schedule(name, onPostgres() ? '* * * * *' : '* * * * * *');
    await runner.start();
  }
  await until(() => runs.length >= 1);
  // Long enough for each instance to check the schedule several times more.
  await sleep(onPostgres() ? 4000 : 2500);
  expect(runs.length).toBeGreaterThanOrEqual(1);
  expect(new Set(runs).size).toBe(runs.length);
});

it('a web-only runner (JOBS=false) queues but does not work; a working instance takes the job', async () => {
  const name = queue('handover');
  const ranBy: string[] = [];
  const webOnly = newRunner(false);
  webOnly.define(name, async () => void ranBy.push('web-only'));
  await webOnly.start();
  expect(await webOnly.send(name, {})).toEqual(expect.any(String));
  await sleep(600);
  expect(ranBy).toEqual([]);
  if (!onPostgres()) return; // one SQLite instance: nobody else could take it
  const worker = newRunner();
  worker.define(name, async () => void ranBy.push('worker'));
  await worker.start();
  await until(() => ranBy.length > 0);
  expect(ranBy).toEqual(['worker']);
});
