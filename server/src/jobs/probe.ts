import type { Kysely } from 'kysely';
import type { AppConfig } from '../config';
import { recordAudit } from '../db/audit';
import type { Database } from '../db/schema';
import type { JobRunner } from '.';

/**
 * Test-only (NODE_ENV=test and JOBS_TEST_PROBE=1): a job scheduled every minute whose runs are
 * rows in audit_log (action 'jobs.probe', detail.minute the tick), so that a test running several
 * server processes on one database can count the runs per tick. Answers whether it is on.
 */
export function defineTestProbe(
  jobs: JobRunner,
  config: Pick<AppConfig, 'nodeEnv'>,
  db: Kysely<Database>,
): boolean {
  if (config.nodeEnv !== 'test' || process.env.JOBS_TEST_PROBE !== '1') return false;
  jobs.define('jobs-probe', async () => {
    const minute = new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString();
    await recordAudit(db, {
      actorId: null,
      action: 'jobs.probe',
      targetType: 'job',
      targetId: null,
      detail: { minute, pid: process.pid },
      at: new Date(),
    });
  });
  void jobs.schedule('jobs-probe', '* * * * *');
  return true;
}
