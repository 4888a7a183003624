import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect';

/**
 * Issue 15, follow-up:
 * - uploads gain the purpose 'follow-up' (staff's attachments to a 跟进 record, read by staff
 *   only). PostgreSQL swaps the check constraint; SQLite cannot alter one, so the table is rebuilt
 *   the way SQLite documents it (foreign keys off while the table is swapped, then checked).
 * - complaints get an index on submitted_at: the duty view counts a day's and a fortnight's
 *   complaints, and a disclosure batch reads a period's, by submission time.
 */
const PURPOSES = ['licence', 'model-unit', 'evidence', 'signature', 'follow-up'] as const;

async function setPurposes(db: Kysely<unknown>, purposes: readonly string[]): Promise<void> {
  const allowed = sql.join(purposes.map((p) => sql.lit(p)));
  if (dialectOf(db) === 'postgres') {
    await sql`alter table uploads drop constraint uploads_purpose_check`.execute(db);
    await sql`alter table uploads add constraint uploads_purpose_check check (purpose in (${allowed}))`.execute(
      db,
    );
    return;
  }
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await sql`create table uploads_rebuilt (
      id text primary key,
      sha256 text not null,
      mime text not null,
      size integer not null,
      purpose text not null,
      owner_id text not null references users (id) on delete cascade,
      created_at text not null,
      constraint uploads_purpose_check check (purpose in (${allowed}))
    )`.execute(db);
    await sql`insert into uploads_rebuilt (id, sha256, mime, size, purpose, owner_id, created_at)
      select id, sha256, mime, size, purpose, owner_id, created_at from uploads`.execute(db);
    await sql`drop table uploads`.execute(db);
    await sql`alter table uploads_rebuilt rename to uploads`.execute(db);
    await sql`create index uploads_owner_idx on uploads (owner_id)`.execute(db);
    const broken = await sql`pragma foreign_key_check`.execute(db);
    if (broken.rows.length > 0) throw new Error('uploads rebuild broke a foreign key');
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await setPurposes(db, PURPOSES);
  await db.schema
    .createIndex('complaints_submitted_idx')
    .on('complaints')
    .columns(['submitted_at', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('complaints_submitted_idx').execute();
  await setPurposes(
    db,
    PURPOSES.filter((p) => p !== 'follow-up'),
  );
}
