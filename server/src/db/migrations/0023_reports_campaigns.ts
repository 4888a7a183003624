import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect';
import {
  createTable,
  double,
  dropTables,
  integerNotNull,
  integerZero,
  ref,
  requiredRef,
  text,
  textNotNull,
} from './columns';

/**
 * Issue 16, 专项整治与举报:
 * - campaigns: one row per campaign, from the county profile (source 'profile', seeded once by
 *   `key`) or a staff page (source 'staff'); JSON columns hold the lists.
 * - reports: one 举报. The reporter's name and phone are encrypted (第三十三条; null when
 *   anonymous); reporter_user_id is set only for a real-name reporter (anonymous keeps no account);
 *   submitter_key is a keyed hash of a signed-in caller's id, kept for the per-user rate limit only;
 *   code_hash is the keyed hash of the progress code. business_key and text_key (normalised,
 *   hashed) find duplicates. Dates are Asia/Shanghai 'YYYY-MM-DD'.
 * - report_photos: the photos in order (uploads of purpose 'report').
 * - report_events: the steps a reporter may see (progress); staff's record, with who and notes,
 *   and every read of the reporter's identity, is in audit_log (target_type 'report').
 * - uploads: owner_id may be null (a photo uploaded without signing in) and the purposes 'report'
 *   and 'campaign' are allowed. SQLite rebuilds the table (it cannot alter a column or a check).
 */
const PURPOSES = [
  'licence',
  'model-unit',
  'evidence',
  'signature',
  'follow-up',
  'report',
  'campaign',
] as const;

async function rebuildUploads(
  db: Kysely<unknown>,
  purposes: readonly string[],
  ownerNullable: boolean,
): Promise<void> {
  const allowed = sql.join(purposes.map((p) => sql.lit(p)));
  if (dialectOf(db) === 'postgres') {
    await sql`alter table uploads drop constraint uploads_purpose_check`.execute(db);
    await sql`alter table uploads add constraint uploads_purpose_check check (purpose in (${allowed}))`.execute(
      db,
    );
    await (
      ownerNullable
        ? sql`alter table uploads alter column owner_id drop not null`
        : sql`alter table uploads alter column owner_id set not null`
    ).execute(db);
    return;
  }
  const owner = ownerNullable ? sql.raw('owner_id text') : sql.raw('owner_id text not null');
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await sql`create table uploads_rebuilt (
      id text primary key,
      sha256 text not null,
      mime text not null,
      size integer not null,
      purpose text not null,
      ${owner} references users (id) on delete cascade,
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
  await rebuildUploads(db, PURPOSES, true);
  await createTable(db, 'campaigns', {
    columns: {
      id: ['text', (c) => c.primaryKey()],
      key: ['text', (c) => c.unique()],
      source: textNotNull,
      status: textNotNull,
      name: textNotNull,
      period_from: textNotNull,
      period_to: textNotNull,
      lead_unit: textNotNull,
      targets: textNotNull,
      /** JSON string[]. */
      reportable: textNotNull,
      /** JSON LegalReference[]. */
      legal_basis: textNotNull,
      cover_upload_id: text,
      /** JSON string[]. */
      advisory_ids: textNotNull,
      created_by: text,
      created_at: textNotNull,
      updated_at: textNotNull,
      published_at: text,
      withdrawn_at: text,
      withdrawn_reason: text,
    },
    indexes: { public: ['status', 'period_to', 'period_from'] },
  });
  await createTable(db, 'reports', {
    columns: {
      id: ['text', (c) => c.primaryKey()],
      report_no: ['text', (c) => c.notNull().unique()],
      code_hash: textNotNull,
      reporter_kind: textNotNull,
      reporter_user_id: ref('users.id', 'set null'),
      reporter_name: text,
      reporter_phone: text,
      submitter_key: text,
      merchant_id: text,
      business_name: textNotNull,
      business_address: textNotNull,
      business_key: textNotNull,
      industry: text,
      town: text,
      campaign_id: ref('campaigns.id'),
      description: textNotNull,
      text_key: textNotNull,
      seen_on: textNotNull,
      seen_time: text,
      place: textNotNull,
      latitude: double,
      longitude: double,
      location_name: text,
      wants_reply: integerZero,
      subscribed: integerZero,
      /** 'pass' or 'review' (WeChat's text check). */
      sec_check: textNotNull,
      status: textNotNull,
      received_on: textNotNull,
      decide_by: textNotNull,
      extended: integerZero,
      extension_reason: text,
      decided_on: text,
      decline_reason: text,
      decision_note: text,
      transferred_to: text,
      merged_into: ref('reports.id'),
      outcome: text,
      malicious: integerZero,
      malicious_reason: text,
      tell_reporter_by: text,
      reporter_told_at: text,
      created_at: textNotNull,
      updated_at: textNotNull,
    },
    // The staff queue (by deadline, all or per status or campaign), merged reports, and a
    // campaign's figures (by town and status, newest points) — measured by bench/reports.ts.
    indexes: {
      queue: ['status', 'decide_by', 'report_no'],
      deadline: ['decide_by', 'report_no'],
      campaign_queue: ['campaign_id', 'decide_by', 'report_no'],
      campaign_town: ['campaign_id', 'town', 'status'],
      campaign_created: ['campaign_id', 'created_at'],
      merged: ['merged_into'],
      business: ['business_key', 'created_at'],
      merchant: ['merchant_id', 'created_at'],
      submitter: ['submitter_key', 'created_at'],
      reporter: ['reporter_user_id', 'created_at'],
    },
  });
  await createTable(db, 'report_photos', {
    columns: {
      report_id: requiredRef('reports.id', 'cascade'),
      upload_id: requiredRef('uploads.id'),
      position: integerNotNull,
    },
    primaryKey: ['report_id', 'upload_id'],
  });
  await createTable(db, 'report_events', {
    columns: {
      id: ['text', (c) => c.primaryKey()],
      report_id: requiredRef('reports.id', 'cascade'),
      at: textNotNull,
      /** What the reporter is shown, e.g. 已立案. */
      label: textNotNull,
    },
    indexes: { report: ['report_id', 'at'] },
  });
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropTables(db, ['report_events', 'report_photos', 'reports', 'campaigns']);
  await sql`delete from uploads where owner_id is null or purpose in ('report', 'campaign')`.execute(
    db,
  );
  await rebuildUploads(
    db,
    PURPOSES.filter((p) => p !== 'report' && p !== 'campaign'),
    false,
  );
}
