import type { Kysely } from 'kysely';
import type Redis from 'ioredis';
import type { NotReady, Readiness, ReadinessChecks } from '@api/health';
import type { Database } from '../../db/schema';
import type { Storage } from '../../storage';
import { pingDatabase } from './health-repository';

/** A dependency that does not answer within this is as good as down for a load balancer. */
export const CHECK_TIMEOUT_MS = 1_000;

export interface ReadinessSources {
  db: Kysely<Database>;
  storage: Pick<Storage, 'has'>;
  redis?: Redis;
  /** True from the moment a shutdown begins. */
  closing: () => boolean;
}

/** A well-formed key nothing is stored under: asking for it is one cheap round trip. */
const PROBE_KEY = '0'.repeat(64);

/** Runs every check at once; ready only when the instance accepts work and its database answers. */
export async function checkReadiness(
  sources: ReadinessSources,
): Promise<{ ready: true; body: Readiness } | { ready: false; body: NotReady }> {
  const [database, storage, redis] = await Promise.all([
    passes(() => pingDatabase(sources.db)),
    passes(() => sources.storage.has(PROBE_KEY)),
    sources.redis ? passes(() => sources.redis!.ping()) : undefined,
  ]);
  const checks: ReadinessChecks = {
    accepting: sources.closing() ? 'failed' : 'ok',
    database,
    storage,
    ...(redis ? { redis } : {}),
  };
  // Storage and Redis are reported, not required: they are shared, so failing readiness on every
  // instance at once would take the whole service down, while without them only uploads fail
  // (storage) or the rate limits are skipped (Redis).
  if (checks.accepting === 'failed') return notReady('服务未就绪：正在停止', checks);
  if (checks.database === 'failed') return notReady('服务未就绪：数据库无响应', checks);
  return { ready: true, body: { status: 'ready', checks } };
}

function notReady(message: string, checks: ReadinessChecks) {
  return { ready: false as const, body: { code: 'NOT_READY' as const, message, checks } };
}

async function passes(check: () => Promise<unknown>): Promise<'ok' | 'failed'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([check(), timeout]);
    return 'ok';
  } catch {
    return 'failed';
  } finally {
    clearTimeout(timer);
  }
}
