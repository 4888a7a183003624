import type { Kysely } from 'kysely';
import type { LeaderboardEntry } from '@api/quiz';
import type { Database } from '../../db/schema';
import { accountNames } from '../auth/auth-repository';

export interface LeaderboardRow extends LeaderboardEntry {
  userId: string;
}

/**
 * Ranked results in a window of drawing days: each person's best (score, then fewer seconds,
 * then earlier), ranked; rows up to `limit` plus the caller's own. Implausible results are
 * stored with ranked = 0 and never reach here. One statement with window functions (SQLite
 * ≥ 3.25 and PostgreSQL alike).
 */
export async function leaderboardRows(
  db: Kysely<Database>,
  options: { window?: { from: string; to: string }; limit: number; userId?: string },
): Promise<LeaderboardRow[]> {
  const { window, limit, userId } = options;
  const rows = await db
    .with('results', (qb) => {
      let q = qb
        .selectFrom('quiz_papers')
        .select(['user_id', 'score', 'seconds', 'submitted_at'])
        .select((eb) => [
          eb.fn
            .agg<number>('row_number')
            .over((ob) =>
              ob
                .partitionBy('user_id')
                .orderBy('score', 'desc')
                .orderBy('seconds', 'asc')
                .orderBy('submitted_at', 'asc'),
            )
            .as('nth'),
          eb.fn
            .countAll<number>()
            .over((ob) => ob.partitionBy('user_id'))
            .as('papers'),
        ])
        .where('ranked', '=', 1);
      if (window) q = q.where('day', '>=', window.from).where('day', '<=', window.to);
      return q;
    })
    .with('board', (qb) =>
      qb
        .selectFrom('results')
        .select(['user_id', 'score', 'seconds', 'papers'])
        .select((eb) =>
          eb.fn
            .agg<number>('row_number')
            .over((ob) =>
              ob.orderBy('score', 'desc').orderBy('seconds', 'asc').orderBy('submitted_at', 'asc'),
            )
            .as('rank'),
        )
        .where('nth', '=', 1),
    )
    .selectFrom('board')
    .select(['user_id', 'score', 'seconds', 'papers', 'rank'])
    .where((eb) =>
      userId
        ? eb.or([eb('rank', '<=', limit), eb('user_id', '=', userId)])
        : eb('rank', '<=', limit),
    )
    .orderBy('rank')
    .execute();
  const names = await accountNames(
    db,
    rows.map((r) => r.user_id),
  );
  return rows.map((r) => ({
    userId: r.user_id,
    rank: Number(r.rank),
    nickname: names.get(r.user_id)?.nickname || '微信用户',
    bestScore: Number(r.score),
    seconds: Number(r.seconds),
    papers: Number(r.papers),
  }));
}
