import { sql, type Kysely, type SqlBool } from 'kysely';
import {
  createTable,
  dropTables,
  id,
  integerNotNull,
  ref,
  requiredRef,
  text,
  textNotNull,
  textNotNullUnique,
  textPrimaryKey,
} from './columns';

/**
 * 放心消费示范单位: applications (self-assessment, photos, the staff's decision) and the titles
 * they grant, kept after revocation as history. Counters give race-safe certificate numbers.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createTable(db, 'counters', { columns: { key: textPrimaryKey, value: integerNotNull } });

  await createTable(db, 'model_units', {
    columns: {
      id,
      merchant_id: requiredRef('merchants.id', 'cascade'),
      application_id: text,
      certificate_no: textNotNullUnique,
      category: textNotNull,
      level: textNotNull,
      year: integerNotNull,
      valid_from: textNotNull,
      valid_until: textNotNull,
      revoked_on: text,
      revoked_reason: text,
      revoked_by: ref('users.id', 'set null'),
      created_at: textNotNull,
      created_by: ref('users.id', 'set null'),
    },
    checks: { level: sql`level in ('县级', '市级', '省级')` },
    indexes: { merchant: ['merchant_id'] },
  });

  await createTable(db, 'model_unit_applications', {
    columns: {
      id,
      merchant_id: requiredRef('merchants.id', 'cascade'),
      applicant_id: requiredRef('users.id', 'cascade'),
      category: textNotNull,
      checklist: textNotNull,
      note: text,
      photos: textNotNull,
      status: textNotNull,
      submitted_at: textNotNull,
      reviewed_at: text,
      reviewed_by: ref('users.id', 'set null'),
      review_reason: text,
      model_unit_id: ref('model_units.id', 'set null'),
    },
    checks: { status: sql`status in ('submitted', 'approved', 'rejected')` },
    indexes: {
      // One open application per merchant, enforced by the database.
      one_open: {
        columns: ['merchant_id'],
        unique: true,
        where: sql<SqlBool>`${sql.ref('status')} = ${sql.lit('submitted')}`,
      },
      queue: ['status', 'submitted_at', 'id'],
      merchant: ['merchant_id', 'submitted_at'],
    },
  });
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropTables(db, ['model_unit_applications', 'model_units', 'counters']);
}
