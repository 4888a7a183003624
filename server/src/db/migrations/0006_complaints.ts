import { sql, type Kysely } from 'kysely';
import {
  createTable,
  dropTables,
  id,
  integer,
  integerNotNull,
  integerZero,
  ref,
  requiredRef,
  text,
  textNotNull,
  textNotNullUnique,
} from './columns';

/**
 * 消费投诉: the complaint (personal data encrypted, money in integer fen), its timeline and its
 * evidence photos. `due_on` keeps the deadline that applies now so that the staff queue is one
 * index range scan in deadline order.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createTable(db, 'complaints', {
    columns: {
      id,
      tracking_no: textNotNullUnique,
      complainant_user_id: requiredRef('users.id'),
      merchant_id: ref('merchants.id', 'set null'),
      merchant_name: textNotNull,
      merchant_address: textNotNull,
      industry: text,
      town: text,
      category: textNotNull,
      purchase_date: textNotNull,
      amount_fen: integerNotNull,
      order_no: text,
      facts: textNotNull,
      request: textNotNull,
      complainant_name_enc: textNotNull,
      complainant_phone_enc: textNotNull,
      complainant_address_enc: textNotNull,
      consent_at: textNotNull,
      subscribed: integerZero,
      pledge_id: ref('pledges.id', 'set null'),
      status: textNotNull,
      submitted_at: textNotNull,
      accept_deadline: textNotNull,
      merchant_settle_by: textNotNull,
      accepted_at: text,
      mediation_deadline: text,
      paused_since: text,
      paused_days: integerZero,
      due_on: textNotNull,
      outcome: text,
      rating: text,
      updated_at: textNotNull,
    },
    checks: {
      status: sql`status in ('submitted', 'accepted', 'rejected', 'mediating', 'settled', 'terminated', 'closed', 'withdrawn')`,
      amount: sql`amount_fen >= 0`,
    },
    indexes: {
      // The staff queue: by the deadline that applies now, optionally one status, town or industry.
      due: ['due_on', 'id'],
      status_due: ['status', 'due_on', 'id'],
      town_due: ['town', 'due_on', 'id'],
      industry_due: ['industry', 'due_on', 'id'],
      // "Mine" and "about my business", newest first.
      complainant: ['complainant_user_id', 'submitted_at', 'id'],
      merchant: ['merchant_id', 'submitted_at', 'id'],
    },
  });

  await createTable(db, 'complaint_events', {
    columns: {
      id,
      complaint_id: requiredRef('complaints.id', 'cascade'),
      at: textNotNull,
      actor_role: textNotNull,
      actor_id: ref('users.id', 'set null'),
      kind: textNotNull,
      status: text,
      message: textNotNull,
      evidence: text,
      amount_fen: integer,
    },
    checks: {
      actor: sql`actor_role in ('consumer', 'merchant', 'staff', 'system')`,
      kind: sql`kind in ('status', 'note', 'reply', 'proposal', 'evidence')`,
    },
    indexes: { complaint: ['complaint_id', 'at', 'id'] },
  });

  await createTable(db, 'complaint_evidence', {
    columns: {
      complaint_id: requiredRef('complaints.id', 'cascade'),
      upload_id: requiredRef('uploads.id'),
      event_id: ref('complaint_events.id', 'set null'),
      added_at: textNotNull,
    },
    primaryKey: ['complaint_id', 'upload_id'],
    // Who may read an evidence upload: the complaints it belongs to.
    indexes: { upload: ['upload_id'] },
  });
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropTables(db, ['complaint_evidence', 'complaint_events', 'complaints']);
}
