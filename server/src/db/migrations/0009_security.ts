import type { Kysely } from 'kysely';
import { idempotencyKeysV1 } from './0001_foundation';
import {
  addColumns,
  createTable,
  dropColumns,
  dropTables,
  integerZero,
  textNotNull,
} from './columns';

/**
 * Issue 10 (an outside security test):
 * - users.token_version: every token carries the version it was signed with; a password change or
 *   reset bumps it, so tokens issued before stop working at once.
 * - idempotency_keys keeps what a replay needs (the resource the first request made), written in
 *   the same transaction as that resource, instead of whole response bodies: those held
 *   complainants' names, phones and addresses in plaintext for 24 hours, and were written after
 *   the resource committed, so a crash in between let a retry create a second one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await addColumns(db, 'users', { token_version: integerZero });

  // Stored responses are dropped with the table: they are what must not be kept.
  await dropTables(db, ['idempotency_keys']);
  await createTable(db, 'idempotency_keys', {
    columns: {
      scope: textNotNull,
      key: textNotNull,
      method_path: textNotNull,
      body_hash: textNotNull,
      resource_id: textNotNull,
      created_at: textNotNull,
    },
    primaryKey: ['scope', 'key'],
    indexes: { created_at: ['created_at'] },
  });
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropTables(db, ['idempotency_keys']);
  await createTable(db, 'idempotency_keys', idempotencyKeysV1);
  await dropColumns(db, 'users', ['token_version']);
}
