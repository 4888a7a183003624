import { sql, type Kysely } from 'kysely';
import { createTable, dropTables, id, integerNotNull, requiredRef, textNotNull } from './columns';

/** Uploaded images: the bytes live in storage under their sha256; this row says whose and why. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createTable(db, 'uploads', {
    columns: {
      id,
      sha256: textNotNull,
      mime: textNotNull,
      size: integerNotNull,
      purpose: textNotNull,
      owner_id: requiredRef('users.id', 'cascade'),
      created_at: textNotNull,
    },
    checks: { purpose: sql`purpose in ('licence', 'model-unit', 'evidence', 'signature')` },
    indexes: { owner: ['owner_id'] },
  });
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropTables(db, ['uploads']);
}
