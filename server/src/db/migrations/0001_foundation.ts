import { sql, type Kysely } from 'kysely';
import {
  createTable,
  dropTables,
  id,
  integer,
  integerZero,
  ref,
  text,
  textNotNull,
  textPrimaryKey,
  textUnique,
  timestamps,
  type TableSpec,
} from './columns';

/** idempotency_keys as first made; 0009 replaces it, and its down() makes this one again. */
export const idempotencyKeysV1: TableSpec = {
  columns: {
    scope: textNotNull,
    key: textNotNull,
    method_path: textNotNull,
    body_hash: textNotNull,
    status_code: integer,
    response: text,
    created_at: textNotNull,
  },
  primaryKey: ['scope', 'key'],
  indexes: { created_at: ['created_at'] },
};

/**
 * Users, settings (the county profile), the holiday calendar, QR visits, idempotency keys and
 * the audit log. Portable column types so that SQLite and PostgreSQL run the same migration.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createTable(db, 'users', {
    columns: {
      id,
      role: textNotNull,
      openid: textUnique,
      unionid: text,
      session_key: text,
      username: textUnique,
      password_hash: text,
      must_change_password: integerZero,
      nickname: textNotNull,
      ...timestamps,
    },
    checks: { role: sql`role in ('consumer', 'merchant', 'staff', 'admin')` },
  });

  await createTable(db, 'settings', {
    columns: {
      key: textPrimaryKey,
      value: textNotNull,
      updated_at: textNotNull,
      updated_by: ref('users.id', 'set null'),
    },
  });

  await createTable(db, 'holidays', {
    columns: { date: textPrimaryKey, kind: textNotNull, note: text },
    checks: { kind: sql`kind in ('holiday', 'workday')` },
  });

  await createTable(db, 'visits', {
    columns: {
      id,
      source: textNotNull,
      channel: textNotNull,
      path: text,
      user_id: ref('users.id', 'set null'),
      created_at: textNotNull,
    },
    indexes: { created_at: ['created_at'], source: ['source'] },
  });

  await createTable(db, 'idempotency_keys', idempotencyKeysV1);

  await createTable(db, 'audit_log', {
    columns: {
      id,
      actor_id: ref('users.id', 'set null'),
      action: textNotNull,
      target_type: textNotNull,
      target_id: text,
      created_at: textNotNull,
      detail: text,
    },
    indexes: { target: ['target_type', 'target_id'], created_at: ['created_at'] },
  });
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropTables(db, [
    'audit_log',
    'idempotency_keys',
    'visits',
    'holidays',
    'settings',
    'users',
  ]);
}
