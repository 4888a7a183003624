import type {
  PledgeQueue,
  PledgeQueueQuery,
  PledgeStats,
  SignatoryWall,
  SignatoryWallQuery,
} from '@api/pledges';
import { shanghaiDate } from '../../time';
import { stringKeysetPage } from '../../pagination';
import { toCertificate } from './certificate-service';
import {
  countActiveBy,
  countPending,
  countSignatories,
  listByStatus,
  listSignatories,
} from './pledges-repository';
import type { PledgeDeps } from './pledges-service';

const signedKey = (r: { signed_at: string; id: string }): [string, string] => [r.signed_at, r.id];

/** The staff queue of one status (default pending), oldest first. */
export async function pledgeQueue(deps: PledgeDeps, query: PledgeQueueQuery): Promise<PledgeQueue> {
  const page = await stringKeysetPage(
    query,
    (window) => listByStatus(deps.db.db, query.status ?? 'pending', window),
    signedKey,
  );
  return {
    items: await Promise.all(page.rows.map((r) => toCertificate(deps, r))),
    nextCursor: page.nextCursor,
  };
}

export async function signatoryWall(
  deps: PledgeDeps,
  query: SignatoryWallQuery,
): Promise<SignatoryWall> {
  const page = await stringKeysetPage(
    query,
    (window) => listSignatories(deps.db.db, window),
    signedKey,
  );
  return {
    count: await countSignatories(deps.db.db),
    items: page.rows.map((r) => ({
      merchantId: r.merchant_id,
      merchantName: r.merchant_name ?? r.name,
      town: r.town,
      signedAt: r.signed_at,
    })),
    nextCursor: page.nextCursor,
  };
}

export async function pledgeStats(deps: PledgeDeps): Promise<PledgeStats> {
  const today = shanghaiDate(deps.now());
  const [byTown, byIndustry, pending] = await Promise.all([
    countActiveBy(deps.db.db, 'town', today),
    countActiveBy(deps.db.db, 'industry', today),
    countPending(deps.db.db),
  ]);
  return {
    total: byTown.reduce((sum, r) => sum + r.count, 0),
    byTown: byTown.map((r) => ({ town: r.key, count: r.count })),
    byIndustry: byIndustry.map((r) => ({ industry: r.key, count: r.count })),
    pending,
  };
}
