import type { Kysely } from 'kysely';
import { addColumns, dropColumns, text } from './columns';

/**
 * Issue 11: 投诉举报处理暂行办法 第十五条(四) counts three years from when the consumer knew or
 * should have known of the harm, not from the purchase. The complaint keeps the date the consumer
 * says the problem was discovered (optional; null on complaints filed before).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await addColumns(db, 'complaints', { discovered_on: text });
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropColumns(db, 'complaints', ['discovered_on']);
}
