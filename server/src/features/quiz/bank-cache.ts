import type { Kysely } from 'kysely';
import type { BankQuestion, Topic } from '@api/quiz';
import type { Database } from '../../db/schema';
import { fromQuestionRow } from './question-row';

/** The drawable (not retired) questions by topic. */
export type ActiveBank = ReadonlyMap<Topic, readonly BankQuestion[]>;

/**
 * The active bank in memory: drawing a paper must not read 1,000 rows. The stamp (row count and
 * latest edit) is one indexed aggregate, so another instance's edit is seen on the next draw.
 */
const cache = new WeakMap<Kysely<Database>, { stamp: string; bank: ActiveBank }>();

export async function activeBank(db: Kysely<Database>): Promise<ActiveBank> {
  const { n, latest } = await db
    .selectFrom('quiz_questions')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('updated_at').as('latest')])
    .executeTakeFirstOrThrow();
  const stamp = `${n}|${latest ?? ''}`;
  const hit = cache.get(db);
  if (hit?.stamp === stamp) return hit.bank;

  const rows = await db
    .selectFrom('quiz_questions')
    .selectAll()
    .where('retired', '=', 0)
    .orderBy('id')
    .execute();
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
