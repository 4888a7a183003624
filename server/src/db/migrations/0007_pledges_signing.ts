import type { Kysely } from 'kysely';
import { addColumns, createIndex, dropColumns, text } from './columns';

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
  await addColumns(db, 'pledges', { text, merchant_name: text, signature_sha256: text });
  await createIndex(db, 'pledges', 'status', ['status', 'kind', 'signed_at']);
  await addColumns(db, 'merchants', { pledge_until: text, initiative_until: text });
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropColumns(db, 'merchants', ['initiative_until', 'pledge_until']);
  await db.schema.dropIndex('pledges_status_idx').execute();
  await dropColumns(db, 'pledges', ['signature_sha256', 'merchant_name', 'text']);
}
