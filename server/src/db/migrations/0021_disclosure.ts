import type { Kysely } from 'kysely';
import {
  createTable,
  dropTables,
  integer,
  integerNotNull,
  integerZero,
  requiredRef,
  text,
  textNotNull,
} from './columns';

/**
 * Issue 15, 投诉信息公示 and its follow-up:
 * - disclosure_batches: one version of a batch; a correction is a new row of the same series_id
 *   (version + 1, previous_version_id). `settings` freezes the profile's rules used to compute it;
 *   `snapshot` freezes the public view (JSON of PublicBatch without the trend and versions) when it
 *   is published, so later changes to complaints never rewrite what was published.
 * - disclosure_rows: every candidate complaint copied when the batch is computed (or copied from
 *   the previous version), with the only fields that may be published, and the exclusion reason of
 *   those that are not. complaint_id and tracking_no are for staff and the business only.
 * - disclosure_notices: the businesses told of a batch, and when each first answered.
 * - disclosure_responses: a business's objection or statement on a row, and staff's decision.
 * - disclosure_business_figures: each business's figures in the latest published batch naming it,
 *   kept on publish and withdraw, for the merchant page and sorting search results.
 * - follow_ups: 重点监管 / 行政指导 / 约谈 of a business or an industry.
 * - duty_roster: the 3·15 week's 值班 roster as staff edited it (the profile's until then).
 * - complaint_supervisions: 督办 marks; the supervisor hears of every status change.
 * Decisions and steps are recorded in audit_log (target_type 'disclosure-batch').
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createTable(db, 'disclosure_batches', {
    columns: {
      id: ['text', (c) => c.primaryKey()],
      series_id: textNotNull,
      version: integerNotNull,
      previous_version_id: text,
      title: textNotNull,
      kind: textNotNull,
      period_from: textNotNull,
      period_to: textNotNull,
      status: textNotNull,
      change_note: text,
      settings: textNotNull,
      candidates: integerZero,
      included: integerZero,
      excluded: integerZero,
      created_by: textNotNull,
      created_at: textNotNull,
      updated_at: textNotNull,
      computed_at: textNotNull,
      notified_at: text,
      objection_deadline: text,
      submitted_by: text,
      submitted_at: text,
      returned_reason: text,
      published_by: text,
      published_at: text,
      superseded_by: text,
      withdrawn_by: text,
      withdrawn_at: text,
      withdrawn_reason: text,
      snapshot: text,
    },
    indexes: {
      status_updated: ['status', 'updated_at', 'id'],
      public: ['published_at', 'id'],
      series: ['series_id', 'version'],
    },
  });
  await createTable(db, 'disclosure_rows', {
    columns: {
      id: ['text', (c) => c.primaryKey()],
      batch_id: requiredRef('disclosure_batches.id', 'cascade'),
      complaint_id: textNotNull,
      tracking_no: textNotNull,
      merchant_id: text,
      business_name: textNotNull,
      credit_code: text,
      industry: textNotNull,
      category: textNotNull,
      submitted_on: textNotNull,
      accepted_on: text,
      ended_on: text,
      outcome: text,
      days_to_close: integer,
      excluded_reason: text,
      excluded_note: text,
      statement: text,
      corrected: integerZero,
    },
    indexes: {
      batch: ['batch_id', 'id'],
      batch_reason: ['batch_id', 'excluded_reason', 'id'],
      batch_merchant: ['batch_id', 'merchant_id', 'id'],
      batch_industry: ['batch_id', 'industry', 'id'],
    },
  });
  await createTable(db, 'disclosure_notices', {
    columns: {
      batch_id: requiredRef('disclosure_batches.id', 'cascade'),
      merchant_id: textNotNull,
      notified_at: textNotNull,
      answered_at: text,
    },
    primaryKey: ['batch_id', 'merchant_id'],
    indexes: { merchant: ['merchant_id', 'notified_at'] },
  });
  await createTable(db, 'disclosure_responses', {
    columns: {
      id: ['text', (c) => c.primaryKey()],
      batch_id: requiredRef('disclosure_batches.id', 'cascade'),
      row_id: requiredRef('disclosure_rows.id', 'cascade'),
      merchant_id: textNotNull,
      user_id: textNotNull,
      kind: textNotNull,
      text: textNotNull,
      created_at: textNotNull,
      decision: textNotNull,
      remedy: text,
      decision_reason: text,
      decided_by: text,
      decided_at: text,
    },
    indexes: {
      batch_decision: ['batch_id', 'decision', 'created_at', 'id'],
      row: ['row_id', 'created_at'],
    },
  });
  await createTable(db, 'disclosure_business_figures', {
    columns: {
      merchant_id: ['text', (c) => c.primaryKey()],
      batch_id: textNotNull,
      batch_title: textNotNull,
      published_at: textNotNull,
      accepted: integerNotNull,
      settled: integerNotNull,
      /** Settlement rate in permille (integer, sorts alike on both dialects); null: none accepted. */
      rate_permille: integer,
      median_days: integer,
      ranked: integerZero,
      statements: textNotNull,
    },
    indexes: { rate: ['rate_permille', 'merchant_id'], accepted: ['accepted', 'merchant_id'] },
  });
  await createTable(db, 'follow_ups', {
    columns: {
      id: ['text', (c) => c.primaryKey()],
      target_kind: textNotNull,
      merchant_id: text,
      industry: text,
      type: textNotNull,
      date: textNotNull,
      handled_by: textNotNull,
      notes: textNotNull,
      outcome: text,
      attachments: textNotNull,
      status: textNotNull,
      batch_id: text,
      created_by: textNotNull,
      created_at: textNotNull,
      updated_at: textNotNull,
    },
    indexes: {
      status_date: ['status', 'date', 'id'],
      merchant: ['merchant_id', 'date'],
      industry: ['industry', 'date'],
    },
  });
  await createTable(db, 'duty_roster', {
    columns: {
      date: ['text', (c) => c.primaryKey()],
      staff: textNotNull,
      phone: text,
      updated_by: textNotNull,
      updated_at: textNotNull,
    },
  });
  await createTable(db, 'complaint_supervisions', {
    columns: {
      complaint_id: ['text', (c) => c.primaryKey().references('complaints.id').onDelete('cascade')],
      supervisor_id: textNotNull,
      note: textNotNull,
      since: textNotNull,
    },
    indexes: { supervisor: ['supervisor_id', 'since'] },
  });
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropTables(db, [
    'complaint_supervisions',
    'duty_roster',
    'follow_ups',
    'disclosure_business_figures',
    'disclosure_responses',
    'disclosure_notices',
    'disclosure_rows',
    'disclosure_batches',
  ]);
}
