import { type Kysely, type SelectQueryBuilder, type UpdateResult } from 'kysely';
import type { Database } from '../../db/schema';

/** Pieces the quiz repositories share. */

/** How many rows the query matches. */
export async function countRows<TB extends keyof Database>(
  query: SelectQueryBuilder<Database, TB, object>,
): Promise<number> {
  const { n } = await query
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(n);
}

/** True when the table has a row with this id. */
export async function idExists(
  db: Kysely<Database>,
  table: 'quiz_questions' | 'quiz_question_reports',
  id: string,
): Promise<boolean> {
  const row = await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

/** Run an update; true when it changed exactly one row (a conditional update that won). */
export async function updatedOne(update: {
  executeTakeFirst(): Promise<UpdateResult>;
}): Promise<boolean> {
  const result = await update.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
