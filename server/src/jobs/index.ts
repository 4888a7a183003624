/**
 * Scheduled and background work behind one interface: an in-process runner on SQLite (one
 * instance), a PostgreSQL-backed queue (pg-boss) when DATABASE_URL is set, so that a job runs
 * once however many instances run. Handlers must be idempotent: a job may be retried after a
 * failure or a crash, and a retry must not send, write or count twice.
 *
 * Observing "a scheduled job runs once" from outside (the two-process test): with NODE_ENV=test
 * and JOBS_TEST_PROBE=1 every working instance defines the job `jobs-probe`, scheduled every
 * minute, whose run writes one audit_log row (action 'jobs.probe', detail { minute }). Count
 * those rows: one per minute tick, whichever instance ran it (see probe.ts).
 */
export interface JobOptions {
  /** Attempts after the first failure (default 3), with a growing delay between them. */
  retryLimit?: number;
}

export interface SendOptions {
  /** Not before this instant (default: now). */
  startAfter?: Date;
  /**
   * At most one queued job with this key: sending it again while one waits is a no-op (one that
   * has started may have a successor queued, which sees its work done).
   */
  singletonKey?: string;
}

export type JobHandler<T> = (data: T) => Promise<void>;

export interface JobRunner {
  /** Which implementation runs the jobs (health answers and the README name it). */
  readonly kind: 'in-process' | 'pg-boss';
  /** Handle jobs of this name in this instance; call before start(). */
  define<T extends object>(name: string, handler: JobHandler<T>, options?: JobOptions): void;
  /** Queue a job (starts the runner if need be); its id, or null when deduped by singletonKey. */
  send<T extends object>(name: string, data: T, options?: SendOptions): Promise<string | null>;
  /**
   * Run the named job (defined with define) on a cron schedule in Asia/Shanghai, on one
   * instance per tick however many run; call before start().
   */
  schedule(name: string, cron: string): Promise<void>;
  /**
   * Open the queue and, unless this is a web-only instance (JOBS=false), take jobs and fire
   * schedules. Safe to call more than once.
   */
  start(): Promise<void>;
  /** Take no new jobs, and wait up to timeoutMs for the running ones to finish. */
  stop(timeoutMs: number): Promise<void>;
}

/** The defaults both runners apply. */
export const DEFAULT_RETRY_LIMIT = 3;
export const JOBS_TIMEZONE = 'Asia/Shanghai';
