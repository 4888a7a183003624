import type { AppConfig } from '../config';
import type { JobRunner } from '.';
import { InProcessRunner } from './in-process-runner';
import { PgBossRunner } from './pg-boss-runner';

/** pg-boss on the PostgreSQL database when there is one (several instances), else in-process. */
export function createJobRunner(
  config: Pick<AppConfig, 'database' | 'jobsEnabled'>,
  log: { error(obj: object, msg: string): void },
): JobRunner {
  const work = config.jobsEnabled;
  return config.database.kind === 'postgres'
    ? new PgBossRunner({ connectionString: config.database.url, work, log })
    : new InProcessRunner({ work, log });
}
