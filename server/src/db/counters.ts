import { sql, type Kysely } from 'kysely';
import type { Database } from './schema';

/**
 * The next value of a named counter (1, 2, 3 …), race-safe: one upsert statement, so two
 * concurrent callers never get the same number (PostgreSQL locks the row; SQLite has one writer).
 * Call it inside the transaction that uses the number, so a rollback gives the number back.
 */
export async function nextCounter(db: Kysely<Database>, key: string): Promise<number> {
  const row = await db
    .insertInto('counters')
    .values({ key, value: 1 })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: sql`counters.value + 1` }))
    .returning('value')
    .executeTakeFirstOrThrow();
  return Number(row.value);
}

/** `<prefix>-0001`, `<prefix>-0002` …: the next value of counter `key`, four digits at least. */
export async function nextSerial(
  db: Kysely<Database>,
  key: string,
  prefix: string,
): Promise<string> {
  const n = await nextCounter(db, key);
  return `${prefix}-${String(n).padStart(4, '0')}`;
}
