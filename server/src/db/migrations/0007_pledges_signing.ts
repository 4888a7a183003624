import type { Kysely } from 'kysely';

/**
 * Signing pledges. The signed content is frozen in the row: the generated text, the merchant's
 * name as signed (a later rename must not change the certificate), and the sha256 of the
 * signature image; content_hash covers all of it (features/pledges/content-hash.ts).
 *
 * merchants.pledge_until / initiative_until: a withdrawal takes effect on a date that may lie
 * in the future (never in the past); until then the badge still holds. The badge is valid on
 * day d when since <= d and (until is null or d < until).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('pledges').addColumn('text', 'text').execute();
  await db.schema.alterTable('pledges').addColumn('merchant_name', 'text').execute();
  await db.schema.alterTable('pledges').addColumn('signature_sha256', 'text').execute();
  await db.schema
    .createIndex('pledges_status_idx')
    .on('pledges')
    .columns(['status', 'kind', 'signed_at'])
    .execute();
  await db.schema.alterTable('merchants').addColumn('pledge_until', 'text').execute();
  await db.schema.alterTable('merchants').addColumn('initiative_until', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('merchants').dropColumn('initiative_until').execute();
  await db.schema.alterTable('merchants').dropColumn('pledge_until').execute();
  await db.schema.dropIndex('pledges_status_idx').execute();
  await db.schema.alterTable('pledges').dropColumn('signature_sha256').execute();
  await db.schema.alterTable('pledges').dropColumn('merchant_name').execute();
  await db.schema.alterTable('pledges').dropColumn('text').execute();
}
