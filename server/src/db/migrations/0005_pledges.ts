import { sql, type Kysely } from 'kysely';

/**
 * Pledges: the offline no-reason-return pledge (线下无理由退货承诺) and the county initiative
 * (倡议). Only read by merchants for now (badges, the merchant page); the pledges feature adds
 * signing, verification and withdrawal on top of this table.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('pledges')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('merchant_id', 'text', (c) =>
      c.notNull().references('merchants.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('certificate_no', 'text', (c) => c.notNull().unique())
    .addColumn('terms', 'text', (c) => c.notNull())
    .addColumn('signed_at', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ended_on', 'text')
    .addColumn('ended_reason', 'text')
    .addColumn('signer_name', 'text', (c) => c.notNull())
    .addColumn('signer_role', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('signature_upload_id', 'text', (c) =>
      c.references('uploads.id').onDelete('set null'),
    )
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('verified_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('verified_at', 'text')
    .addCheckConstraint('pledges_kind_check', sql`kind in ('offline-return', 'initiative')`)
    .addCheckConstraint(
      'pledges_status_check',
      sql`status in ('pending', 'verified', 'withdrawn', 'revoked')`,
    )
    .execute();
  await db.schema
    .createIndex('pledges_merchant_idx')
    .on('pledges')
    .columns(['merchant_id', 'signed_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('pledges').execute();
}
