import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import PgBoss from 'pg-boss';
import {
  DEFAULT_RETRY_LIMIT,
  JOBS_TIMEZONE,
  type JobHandler,
  type JobOptions,
  type JobRunner,
  type SendOptions,
} from '.';

/**
 * Held while an instance creates pg-boss's schema and queues: two instances doing it at once
 * deadlock in its DDL (seen in CI with two instances started together). Any 64-bit number the
 * application uses for nothing else (the database's own start lock is 3150_18_0001).
 */
export const JOBS_START_LOCK_KEY = 3150_18_0002;

export interface PgBossOptions {
  connectionString: string;
  /** Take jobs and fire schedules (false: a web-only instance that only queues). */
  work: boolean;
  log: { error(obj: object, msg: string): void };
  /** First retry delay in seconds (pg-boss doubles it, with jitter, per retry). */
  retryDelaySeconds?: number;
  /** How often an idle worker looks for jobs queued by other instances. */
  pollingIntervalSeconds?: number;
  /** How often pg-boss checks the schedules (it sends a tick's job once across instances). */
  cronMonitorIntervalSeconds?: number;
}

/**
 * The queue for several instances: pg-boss on the application's PostgreSQL database, in its own
 * schema. Queues use the 'short' policy (at most one queued job per singletonKey); a send without
 * a key gets a unique one so that it never collides. A scheduled tick is sent once however many
 * instances run: pg-boss claims the cron check in the database and keys the tick by the minute.
 */
export class PgBossRunner implements JobRunner {
  readonly kind = 'pg-boss';
  private readonly definitions = new Map<string, JobOptions & { handler: JobHandler<object> }>();
  private readonly schedules = new Map<string, string>();
  private readonly workerIds = new Map<string, string>();
  private boss?: PgBoss;
  private starting?: Promise<void>;

  constructor(private readonly options: PgBossOptions) {}

  define<T extends object>(name: string, handler: JobHandler<T>, options: JobOptions = {}): void {
    this.definitions.set(name, { ...options, handler: handler as JobHandler<object> });
  }

  async send<T extends object>(
    name: string,
    data: T,
    options: SendOptions = {},
  ): Promise<string | null> {
    if (!this.definitions.has(name)) throw new Error(`job ${name} is not defined`);
    await this.start();
    const id = await this.boss!.send(name, data, {
      singletonKey: options.singletonKey ?? randomUUID(),
      ...(options.startAfter && { startAfter: options.startAfter }),
    });
    // This instance's worker looks at once rather than at its next poll.
    const workerId = this.workerIds.get(name);
    if (id && workerId && !options.startAfter) this.boss!.notifyWorker(workerId);
    return id;
  }

  async schedule(name: string, cron: string): Promise<void> {
    this.schedules.set(name, cron);
  }

  start(): Promise<void> {
    // A failed start (database unreachable) is tried again by the next call.
    this.starting ??= this.open().catch((err: unknown) => {
      this.starting = undefined;
      throw err;
    });
    return this.starting;
  }

  async stop(timeoutMs: number): Promise<void> {
    if (!this.starting) return;
    await this.starting.catch(() => undefined);
    // Graceful: workers take nothing new, running jobs get timeoutMs; what is still running
    // then is failed, and so retried by another instance.
    await this.boss?.stop({ graceful: true, wait: true, timeout: timeoutMs });
  }

  private async open(): Promise<void> {
    const { work } = this.options;
    const boss = new PgBoss({
      connectionString: this.options.connectionString,
      schema: 'pgboss',
      max: 4,
      supervise: work,
      schedule: work,
      ...(this.options.cronMonitorIntervalSeconds && {
        cronMonitorIntervalSeconds: this.options.cronMonitorIntervalSeconds,
        cronWorkerIntervalSeconds: this.options.cronMonitorIntervalSeconds,
      }),
    });
    boss.on('error', (err) => this.options.log.error({ err }, 'jobs: pg-boss error'));
    await this.inTurn(async () => {
      await boss.start();
      try {
        await this.prepare(boss);
      } catch (err) {
        await boss.stop({ graceful: false }).catch(() => undefined);
        throw err;
      }
    });
    this.boss = boss;
  }

  /** One instance at a time: a session lock on a connection of its own, gone when it ends. */
  private async inTurn(work: () => Promise<void>): Promise<void> {
    const client = new Client({ connectionString: this.options.connectionString });
    await client.connect();
    try {
      await client.query('select pg_advisory_lock($1)', [JOBS_START_LOCK_KEY]);
      await work();
    } finally {
      await client.end();
    }
  }

  /** Queues for every defined job; in a working instance, the schedules and the workers. */
  private async prepare(boss: PgBoss): Promise<void> {
    for (const [name, definition] of this.definitions) {
      await boss.createQueue(name, {
        name,
        policy: 'short',
        retryLimit: definition.retryLimit ?? DEFAULT_RETRY_LIMIT,
        retryDelay: this.options.retryDelaySeconds ?? 10,
        retryBackoff: true,
      });
    }
    if (!this.options.work) return;
    for (const [name, cron] of this.schedules) {
      await boss.schedule(name, cron, {}, { tz: JOBS_TIMEZONE });
    }
    for (const [name, { handler }] of this.definitions) {
      const workerId = await boss.work<object>(
        name,
        { pollingIntervalSeconds: this.options.pollingIntervalSeconds ?? 2 },
        async ([job]) => handler(job.data),
      );
      this.workerIds.set(name, workerId);
    }
  }
}
