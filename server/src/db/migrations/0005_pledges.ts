import { sql, type Kysely } from 'kysely';
import {
  createTable,
  dropTables,
  id,
  ref,
  requiredRef,
  text,
  textNotNull,
  textNotNullUnique,
} from './columns';

/**
 * Pledges: the offline no-reason-return pledge (线下无理由退货承诺) and the county initiative
 * (倡议). Only read by merchants for now (badges, the merchant page); the pledges feature adds
 * signing, verification and withdrawal on top of this table.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createTable(db, 'pledges', {
    columns: {
      id,
      merchant_id: requiredRef('merchants.id', 'cascade'),
      kind: textNotNull,
      status: textNotNull,
      certificate_no: textNotNullUnique,
      terms: textNotNull,
      signed_at: textNotNull,
      starts_on: textNotNull,
      ended_on: text,
      ended_reason: text,
      signer_name: textNotNull,
      signer_role: textNotNull,
      content_hash: textNotNull,
      signature_upload_id: ref('uploads.id', 'set null'),
      created_by: ref('users.id', 'set null'),
      verified_by: ref('users.id', 'set null'),
      verified_at: text,
    },
    checks: {
      kind: sql`kind in ('offline-return', 'initiative')`,
      status: sql`status in ('pending', 'verified', 'withdrawn', 'revoked')`,
    },
    indexes: { merchant: ['merchant_id', 'signed_at'] },
  });
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropTables(db, ['pledges']);
}
