import type { Kysely } from 'kysely';
import type { BankQuestion, Topic } from '@api/quiz';
import { cached } from '../../cache/read-cache';
import type { Database } from '../../db/schema';
import { fromQuestionRow } from './question-row';
import { activeQuestionRows } from './questions-repository';

/** The drawable (not retired) questions by topic. */
export type ActiveBank = ReadonlyMap<Topic, readonly BankQuestion[]>;

/**
 * The active bank in memory: drawing a paper must not read 1,000 rows. Every write to the bank
 * bumps 'quiz-bank' (questions-repository, the built-in refresh), so another instance's edit is
 * seen within a poll of the version table (server/src/cache).
 */
export async function activeBank(db: Kysely<Database>): Promise<ActiveBank> {
  return (await cached(db, 'quiz-bank', () => loadBank(db))).value;
}

async function loadBank(db: Kysely<Database>): Promise<ActiveBank> {
  const rows = await activeQuestionRows(db);
  const bank = new Map<Topic, BankQuestion[]>();
  for (const row of rows) {
    const q = fromQuestionRow(row);
    const list = bank.get(q.topic);
    if (list) list.push(q);
    else bank.set(q.topic, [q]);
  }
  return bank;
}
