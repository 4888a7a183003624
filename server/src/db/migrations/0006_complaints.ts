import { sql, type Kysely } from 'kysely';

/**
 * 消费投诉: the complaint (personal data encrypted, money in integer fen), its timeline and its
 * evidence photos. `due_on` keeps the deadline that applies now so that the staff queue is one
 * index range scan in deadline order.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('complaints')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tracking_no', 'text', (c) => c.notNull().unique())
    .addColumn('complainant_user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('merchant_id', 'text', (c) => c.references('merchants.id').onDelete('set null'))
    .addColumn('merchant_name', 'text', (c) => c.notNull())
    .addColumn('merchant_address', 'text', (c) => c.notNull())
    .addColumn('industry', 'text')
    .addColumn('town', 'text')
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('purchase_date', 'text', (c) => c.notNull())
    .addColumn('amount_fen', 'integer', (c) => c.notNull())
    .addColumn('order_no', 'text')
    .addColumn('facts', 'text', (c) => c.notNull())
    .addColumn('request', 'text', (c) => c.notNull())
    .addColumn('complainant_name_enc', 'text', (c) => c.notNull())
    .addColumn('complainant_phone_enc', 'text', (c) => c.notNull())
    .addColumn('complainant_address_enc', 'text', (c) => c.notNull())
    .addColumn('consent_at', 'text', (c) => c.notNull())
    .addColumn('subscribed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('pledge_id', 'text', (c) => c.references('pledges.id').onDelete('set null'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('accept_deadline', 'text', (c) => c.notNull())
    .addColumn('merchant_settle_by', 'text', (c) => c.notNull())
    .addColumn('accepted_at', 'text')
    .addColumn('mediation_deadline', 'text')
    .addColumn('paused_since', 'text')
    .addColumn('paused_days', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text')
    .addColumn('rating', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint(
      'complaints_status_check',
      sql`status in ('submitted', 'accepted', 'rejected', 'mediating', 'settled', 'terminated', 'closed', 'withdrawn')`,
    )
    .addCheckConstraint('complaints_amount_check', sql`amount_fen >= 0`)
    .execute();
  // The staff queue: by the deadline that applies now, optionally one status, town or industry.
  await db.schema
    .createIndex('complaints_due_idx')
    .on('complaints')
    .columns(['due_on', 'id'])
    .execute();
  await db.schema
    .createIndex('complaints_status_due_idx')
    .on('complaints')
    .columns(['status', 'due_on', 'id'])
    .execute();
  await db.schema
    .createIndex('complaints_town_due_idx')
    .on('complaints')
    .columns(['town', 'due_on', 'id'])
    .execute();
  await db.schema
    .createIndex('complaints_industry_due_idx')
    .on('complaints')
    .columns(['industry', 'due_on', 'id'])
    .execute();
  // "Mine" and "about my business", newest first.
  await db.schema
    .createIndex('complaints_complainant_idx')
    .on('complaints')
    .columns(['complainant_user_id', 'submitted_at', 'id'])
    .execute();
  await db.schema
    .createIndex('complaints_merchant_idx')
    .on('complaints')
    .columns(['merchant_id', 'submitted_at', 'id'])
    .execute();

  await db.schema
    .createTable('complaint_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('complaint_id', 'text', (c) =>
      c.notNull().references('complaints.id').onDelete('cascade'),
    )
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_role', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text')
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text')
    .addColumn('amount_fen', 'integer')
    .addCheckConstraint(
      'complaint_events_actor_check',
      sql`actor_role in ('consumer', 'merchant', 'staff', 'system')`,
    )
    .addCheckConstraint(
      'complaint_events_kind_check',
      sql`kind in ('status', 'note', 'reply', 'proposal', 'evidence')`,
    )
    .execute();
  await db.schema
    .createIndex('complaint_events_complaint_idx')
    .on('complaint_events')
    .columns(['complaint_id', 'at', 'id'])
    .execute();

  await db.schema
    .createTable('complaint_evidence')
    .addColumn('complaint_id', 'text', (c) =>
      c.notNull().references('complaints.id').onDelete('cascade'),
    )
    .addColumn('upload_id', 'text', (c) => c.notNull().references('uploads.id'))
    .addColumn('event_id', 'text', (c) => c.references('complaint_events.id').onDelete('set null'))
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('complaint_evidence_pk', ['complaint_id', 'upload_id'])
    .execute();
  // Who may read an evidence upload: the complaints it belongs to.
  await db.schema
    .createIndex('complaint_evidence_upload_idx')
    .on('complaint_evidence')
    .column('upload_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('complaint_evidence').execute();
  await db.schema.dropTable('complaint_events').execute();
  await db.schema.dropTable('complaints').execute();
}
