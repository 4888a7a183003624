import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { accountNames } from '../auth/auth-repository';

/** Who wrote and published the demo advisories: the seed itself, not a staff account. */
export const SEED_ACTOR = 'seed';
const SEED_NAME = '系统初始数据';
/** An id no account answers to any more. */
const UNKNOWN_NAME = '已注销账号';

export type StaffNameOf = (id: string) => string;

/**
 * Staff as colleagues know them (username, else nickname), for the ids of a whole page at once:
 * one query however many rows, so a list stays one round trip per page.
 */
export async function staffNames(
  db: Kysely<Database>,
  ids: readonly (string | null | undefined)[],
): Promise<StaffNameOf> {
  const accounts = ids.filter((id): id is string => typeof id === 'string' && id !== SEED_ACTOR);
  const names = await accountNames(db, accounts);
  return (id) => {
    if (id === SEED_ACTOR) return SEED_NAME;
    const name = names.get(id);
    return name?.username || name?.nickname || UNKNOWN_NAME;
  };
}
