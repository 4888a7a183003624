import type { Kysely } from 'kysely';
import type { BankQuestion, Topic } from '@api/quiz';
import type { Database } from '../../db/schema';
import { fromQuestionRow } from './question-row';
import { activeQuestionRows, bankStamp } from './questions-repository';

/** The drawable (not retired) questions by topic. */
export type ActiveBank = ReadonlyMap<Topic, readonly BankQuestion[]>;

/**
 * The active bank in memory: drawing a paper must not read 1,000 rows. The stamp (row count and
 * latest edit) is one indexed aggregate, so another instance's edit is seen on the next draw.
 */
const cache = new WeakMap<Kysely<Database>, { stamp: string; bank: ActiveBank }>();

export async function activeBank(db: Kysely<Database>): Promise<ActiveBank> {
  const stamp = await bankStamp(db);
  const hit = cache.get(db);
  if (hit?.stamp === stamp) return hit.bank;

  const rows = await activeQuestionRows(db);
  const bank = new Map<Topic, BankQuestion[]>();
  for (const row of rows) {
    const q = fromQuestionRow(row);
    const list = bank.get(q.topic);
    if (list) list.push(q);
    else bank.set(q.topic, [q]);
  }
  cache.set(db, { stamp, bank });
  return bank;
}
