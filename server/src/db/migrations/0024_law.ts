import type { Kysely } from 'kysely';
import {
  createTable,
  double,
  dropTables,
  integerNotNull,
  integerZero,
  requiredRef,
  text,
  textNotNull,
  textNotNullUnique,
  textUnique,
} from './columns';

/**
 * Issue 17, 普法:
 * - laws / law_articles: the library. The texts that ship (server/src/features/law/texts) are
 *   loaded at start by key, replaced when their revision (a hash of the file) changes; imported
 *   laws (origin 'imported': a province's regulation) come from the admin CLI or the staff page.
 *   An article's position orders it; `no` is its number (several 之一 articles may share one).
 *   source_* is set only where an article was checked against another source than its law's.
 * - law_qa / law_qa_versions: 问答 cards, with the advisories' workflow (content JSON, a pending
 *   revision JSON, every published version kept); seed_key marks a card that ships with the app
 *   (inserted once, then staff's). law_qa_articles lists what each published card cites, so an
 *   article's page finds its cards.
 * - law_sessions: 法润乡村 sessions; checkin_code is what the session's QR carries.
 *   law_session_reminders: who asked to be reminded, the day it goes out and when it went.
 *   law_checkins: one per attendee (attendee_key: a keyed hash of the account or the device id);
 *   the feedback token is stored hashed. law_feedback: at most one per check-in.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createTable(db, 'laws', {
    columns: {
      key: ['text', (c) => c.primaryKey()],
      title: textNotNull,
      short_title: textNotNull,
      kind: textNotNull,
      version_date: textNotNull,
      complete: integerZero,
      full_text_url: textNotNull,
      source_name: textNotNull,
      source_url: textNotNull,
      origin: textNotNull,
      revision: textNotNull,
      /** JSON string[]: the lines before the first chapter. */
      preamble: textNotNull,
      imported_by: text,
      created_at: textNotNull,
      updated_at: textNotNull,
    },
  });
  await createTable(db, 'law_articles', {
    columns: {
      law_key: requiredRef('laws.key', 'cascade'),
      position: integerNotNull,
      no: integerNotNull,
      label: textNotNull,
      chapter: textNotNull,
      text: textNotNull,
      partial: integerZero,
      source_name: text,
      source_url: text,
    },
    primaryKey: ['law_key', 'position'],
    indexes: { number: ['law_key', 'no'] },
  });
  await createTable(db, 'law_qa', {
    columns: {
      id: ['text', (c) => c.primaryKey()],
      seed_key: textUnique,
      status: textNotNull,
      version: integerNotNull,
      topic: textNotNull,
      question: textNotNull,
      search_text: textNotNull,
      /** JSON QaContent (the published version once published). */
      content: textNotNull,
      author_id: text,
      created_at: textNotNull,
      updated_at: textNotNull,
      submitted_at: text,
      returned_reason: text,
      published_at: text,
      published_by: text,
      unpublished_at: text,
      unpublished_by: text,
      unpublished_reason: text,
      /** JSON: a pending new version of a published card. */
      revision: text,
    },
    indexes: {
      status_updated: ['status', 'updated_at', 'id'],
      public: ['status', 'topic', 'published_at', 'id'],
    },
  });
  await createTable(db, 'law_qa_versions', {
    columns: {
      qa_id: requiredRef('law_qa.id', 'cascade'),
      version: integerNotNull,
      content: textNotNull,
      author_id: text,
      published_by: textNotNull,
      published_at: textNotNull,
    },
    primaryKey: ['qa_id', 'version'],
  });
  await createTable(db, 'law_qa_articles', {
    columns: {
      qa_id: requiredRef('law_qa.id', 'cascade'),
      law_key: textNotNull,
      no: integerNotNull,
    },
    primaryKey: ['qa_id', 'law_key', 'no'],
    indexes: { article: ['law_key', 'no'] },
  });
  await createTable(db, 'law_sessions', {
    columns: {
      id: ['text', (c) => c.primaryKey()],
      status: textNotNull,
      topic: textNotNull,
      town: textNotNull,
      village: textNotNull,
      place: textNotNull,
      latitude: double,
      longitude: double,
      starts_at: textNotNull,
      ends_at: textNotNull,
      speaker_unit: textNotNull,
      quiz_topic: text,
      description: text,
      checkin_code: textNotNullUnique,
      created_by: textNotNull,
      created_at: textNotNull,
      updated_at: textNotNull,
      published_at: text,
      cancelled_at: text,
      cancelled_reason: text,
    },
    indexes: { listed: ['status', 'ends_at', 'starts_at'], town: ['town', 'starts_at'] },
  });
  await createTable(db, 'law_session_reminders', {
    columns: {
      session_id: requiredRef('law_sessions.id', 'cascade'),
      user_id: requiredRef('users.id', 'cascade'),
      subscribed: integerZero,
      remind_on: textNotNull,
      sent_at: text,
      created_at: textNotNull,
    },
    primaryKey: ['session_id', 'user_id'],
    indexes: { due: ['remind_on', 'sent_at'], user: ['user_id'] },
  });
  await createTable(db, 'law_checkins', {
    columns: {
      id: ['text', (c) => c.primaryKey()],
      session_id: requiredRef('law_sessions.id', 'cascade'),
      attendee_key: textNotNull,
      feedback_token_hash: textNotNull,
      created_at: textNotNull,
    },
    indexes: { attendee: { columns: ['session_id', 'attendee_key'], unique: true } },
  });
  await createTable(db, 'law_feedback', {
    columns: {
      checkin_id: ['text', (c) => c.primaryKey().references('law_checkins.id').onDelete('cascade')],
      session_id: requiredRef('law_sessions.id', 'cascade'),
      useful: textNotNull,
      /** JSON QaTopic[]. */
      want_topics: textNotNull,
      text: text,
      created_at: textNotNull,
    },
    indexes: { session: ['session_id', 'created_at'] },
  });
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropTables(db, [
    'law_feedback',
    'law_checkins',
    'law_session_reminders',
    'law_sessions',
    'law_qa_articles',
    'law_qa_versions',
    'law_qa',
    'law_articles',
    'laws',
  ]);
}
