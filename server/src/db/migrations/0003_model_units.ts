import { sql, type Kysely } from 'kysely';

/**
 * 放心消费示范单位: applications (self-assessment, photos, the staff's decision) and the titles
 * they grant, kept after revocation as history. Counters give race-safe certificate numbers.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('counters')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('model_units')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('merchant_id', 'text', (c) =>
      c.notNull().references('merchants.id').onDelete('cascade'),
    )
    .addColumn('application_id', 'text')
    .addColumn('certificate_no', 'text', (c) => c.notNull().unique())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_until', 'text', (c) => c.notNull())
    .addColumn('revoked_on', 'text')
    .addColumn('revoked_reason', 'text')
    .addColumn('revoked_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addCheckConstraint('model_units_level_check', sql`level in ('县级', '市级', '省级')`)
    .execute();
  await db.schema
    .createIndex('model_units_merchant_idx')
    .on('model_units')
    .column('merchant_id')
    .execute();

  await db.schema
    .createTable('model_unit_applications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('merchant_id', 'text', (c) =>
      c.notNull().references('merchants.id').onDelete('cascade'),
    )
    .addColumn('applicant_id', 'text', (c) =>
      c.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('checklist', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('photos', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('reviewed_at', 'text')
    .addColumn('reviewed_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('review_reason', 'text')
    .addColumn('model_unit_id', 'text', (c) => c.references('model_units.id').onDelete('set null'))
    .addCheckConstraint(
      'model_unit_applications_status_check',
      sql`status in ('submitted', 'approved', 'rejected')`,
    )
    .execute();
  // One open application per merchant, enforced by the database.
  await db.schema
    .createIndex('model_unit_applications_one_open_idx')
    .unique()
    .on('model_unit_applications')
    .column('merchant_id')
    .where(sql.ref('status'), '=', sql.lit('submitted'))
    .execute();
  await db.schema
    .createIndex('model_unit_applications_queue_idx')
    .on('model_unit_applications')
    .columns(['status', 'submitted_at', 'id'])
    .execute();
  await db.schema
    .createIndex('model_unit_applications_merchant_idx')
    .on('model_unit_applications')
    .columns(['merchant_id', 'submitted_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('model_unit_applications').execute();
  await db.schema.dropTable('model_units').execute();
  await db.schema.dropTable('counters').execute();
}
