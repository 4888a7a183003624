import { parseExpression } from 'cron-parser';
import { ulid } from 'ulid';
import {
  DEFAULT_RETRY_LIMIT,
  JOBS_TIMEZONE,
  type JobHandler,
  type JobOptions,
  type JobRunner,
  type SendOptions,
} from '.';

const MAX_TIMER_MS = 2 ** 31 - 1;

interface Definition {
  handler: JobHandler<object>;
  retryLimit: number;
}

interface QueuedJob {
  id: string;
  name: string;
  data: object;
  singletonKey?: string;
  /** Failures so far. */
  failures: number;
  runAt: number;
  timer?: NodeJS.Timeout;
}

export interface InProcessOptions {
  /** Take jobs and fire schedules (false: a web-only instance, jobs wait). */
  work: boolean;
  log: { error(obj: object, msg: string): void };
  /** First retry delay; each further one doubles it. */
  retryDelayMs?: number;
}

/**
 * The runner for SQLite, where one instance runs: timers in this process. Jobs queued here live
 * in memory and are lost on restart; that is acceptable only because every job we run can be
 * derived again: reminders are found by a query on each scheduled run, and an import keeps its
 * entries and progress in merchant_imports and is queued again when the server starts.
 */
export class InProcessRunner implements JobRunner {
  readonly kind = 'in-process';
  private readonly definitions = new Map<string, Definition>();
  private readonly queued = new Map<string, QueuedJob>();
  private readonly running = new Set<Promise<void>>();
  private readonly schedules = new Map<string, string>();
  private readonly scheduleTimers = new Set<NodeJS.Timeout>();
  private state: 'new' | 'started' | 'stopped' = 'new';

  constructor(private readonly options: InProcessOptions) {}

  define<T extends object>(name: string, handler: JobHandler<T>, options: JobOptions = {}): void {
    this.definitions.set(name, {
      handler: handler as JobHandler<object>,
      retryLimit: options.retryLimit ?? DEFAULT_RETRY_LIMIT,
    });
  }

  async send<T extends object>(
    name: string,
    data: T,
    options: SendOptions = {},
  ): Promise<string | null> {
    if (!this.definitions.has(name)) throw new Error(`job ${name} is not defined`);
    const { singletonKey } = options;
    if (singletonKey !== undefined) {
      for (const job of this.queued.values()) {
        if (job.name === name && job.singletonKey === singletonKey) return null;
      }
    }
    const job: QueuedJob = {
      id: ulid(),
      name,
      data,
      singletonKey,
      failures: 0,
      runAt: options.startAfter?.getTime() ?? Date.now(),
    };
    this.queued.set(job.id, job);
    await this.start();
    this.arm(job);
    return job.id;
  }

  async schedule(name: string, cron: string): Promise<void> {
    parseExpression(cron, { tz: JOBS_TIMEZONE }); // a bad expression fails here, not at the tick
    this.schedules.set(name, cron);
    if (this.state === 'started') this.armSchedule(name, cron);
  }

  async start(): Promise<void> {
    if (this.state !== 'new') return;
    this.state = 'started';
    for (const job of this.queued.values()) this.arm(job);
    for (const [name, cron] of this.schedules) this.armSchedule(name, cron);
  }

  async stop(timeoutMs: number): Promise<void> {
    this.state = 'stopped';
    for (const job of this.queued.values()) clearTimeout(job.timer);
    for (const timer of this.scheduleTimers) clearTimeout(timer);
    let timeout: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled([...this.running]),
      new Promise((resolve) => (timeout = setTimeout(resolve, timeoutMs))),
    ]);
    clearTimeout(timeout);
  }

  private arm(job: QueuedJob): void {
    if (this.state !== 'started' || !this.options.work) return;
    clearTimeout(job.timer);
    const wait = job.runAt - Date.now();
    // Node fires a longer timer at once: a job due in months waits in steps.
    job.timer =
      wait > MAX_TIMER_MS
        ? setTimeout(() => this.arm(job), MAX_TIMER_MS)
        : setTimeout(() => this.run(job), Math.max(0, wait));
    job.timer.unref();
  }

  private armSchedule(name: string, cron: string): void {
    if (!this.options.work) return;
    const wait = parseExpression(cron, { tz: JOBS_TIMEZONE }).next().getTime() - Date.now();
    const timer = setTimeout(
      () => {
        this.scheduleTimers.delete(timer);
        if (this.state !== 'started') return;
        // Keyed like pg-boss's scheduled jobs: a tick while the last one still waits adds none.
        if (wait <= MAX_TIMER_MS) void this.send(name, {}, { singletonKey: 'schedule' });
        this.armSchedule(name, cron);
      },
      Math.min(wait, MAX_TIMER_MS),
    );
    timer.unref();
    this.scheduleTimers.add(timer);
  }

  private run(job: QueuedJob): void {
    if (this.state !== 'started') return;
    this.queued.delete(job.id);
    const definition = this.definitions.get(job.name)!;
    const attempt = Promise.resolve()
      .then(() => definition.handler(job.data))
      .catch((err: unknown) => {
        job.failures += 1;
        if (job.failures > definition.retryLimit) {
          this.options.log.error({ err, job: job.name, id: job.id }, 'jobs: failed for good');
          return;
        }
        const delay = (this.options.retryDelayMs ?? 10_000) * 2 ** (job.failures - 1);
        job.runAt = Date.now() + delay;
        this.queued.set(job.id, job);
        this.arm(job);
      });
    const tracked = attempt.finally(() => this.running.delete(tracked));
    this.running.add(tracked);
  }
}
