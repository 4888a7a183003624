/**
 * Scheduled and background work behind one interface: an in-process runner on SQLite (one
 * instance), a PostgreSQL-backed queue (pg-boss) when DATABASE_URL is set, so that a job runs
 * once however many instances run. Handlers must be idempotent: a job may be retried after a
 * failure or a crash, and a retry must not send, write or count twice.
 */
export interface JobOptions {
  /** Attempts after the first failure (default 3), with a growing delay between them. */
  retryLimit?: number;
}

export interface SendOptions {
  /** Not before this instant (default: now). */
  startAfter?: Date;
  /** At most one queued or running job with this key: sending it again is a no-op. */
  singletonKey?: string;
}

export type JobHandler<T> = (data: T) => Promise<void>;

export interface JobRunner {
  /** Which implementation runs the jobs (health answers and the README name it). */
  readonly kind: 'in-process' | 'pg-boss';
  /** Handle jobs of this name in this instance; call before start(). */
  define<T extends object>(name: string, handler: JobHandler<T>, options?: JobOptions): void;
  /** Queue a job; returns its id, or null when a job with the same singletonKey is queued. */
  send<T extends object>(name: string, data: T, options?: SendOptions): Promise<string | null>;
  /**
   * Run the named job (defined with define) on a cron schedule in Asia/Shanghai, on one
   * instance per tick however many run.
   */
  schedule(name: string, cron: string): Promise<void>;
  /** Start working (after every define). */
  start(): Promise<void>;
  /** Take no new jobs, and wait up to timeoutMs for the running ones to finish. */
  stop(timeoutMs: number): Promise<void>;
}
