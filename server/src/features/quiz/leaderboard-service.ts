import type { Leaderboard, LeaderboardQuery } from '@api/quiz';
import type { AppDeps } from '../../deps';
import { shanghaiDate } from '../../time';
import { leaderboardRows, type LeaderboardRow } from './leaderboard-repository';
import { currentRules } from './quiz-service';

type Deps = Pick<AppDeps, 'db' | 'now'>;

/** Best score per person in the scope's window, then fewer seconds, then earlier. */
export async function leaderboard(
  deps: Deps,
  userId: string | undefined,
  query: LeaderboardQuery,
): Promise<Leaderboard> {
  const scope = query.scope ?? 'today';
  const rules = await currentRules(deps);
  const today = shanghaiDate(deps.now());
  const window =
    scope === 'today' ? { from: today, to: today } : scope === 'event' ? rules.campaign : undefined;
  const rows = await leaderboardRows(deps.db.db, { window, limit: query.limit ?? 20, userId });
  const entries = rows.filter((r) => r.rank <= (query.limit ?? 20));
  const me = userId ? rows.find((r) => r.userId === userId) : undefined;
  const strip = ({ userId: _id, ...entry }: LeaderboardRow) => entry;
  return {
    scope,
    ...(window ?? {}),
    entries: entries.map(strip),
    ...(me ? { me: strip(me) } : {}),
  };
}
