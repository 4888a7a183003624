import type { Kysely } from 'kysely';
import { createTable, dropTables, integerNotNull, integerZero, text, textNotNull } from './columns';

/**
 * Issue 14, official 提示/警示:
 * - advisories: one row per advisory; `content` is the JSON of what staff wrote (the published
 *   version once published); kind, title, category, search text, window and named merchant are
 *   copied out of it for the public lists. `revision` holds a pending new version of a
 *   published advisory (JSON), which stays public as it is until the new version is published.
 *   Public only when status = 'published' and publish_at <= now (scheduled publication is a
 *   read-time condition: no scheduler).
 * - advisory_versions: every published version as it was, never changed.
 * - advisory_useful: 有用, one row per advisory and user.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createTable(db, 'advisories', {
    columns: {
      id: ['text', (c) => c.primaryKey()],
      status: textNotNull,
      version: integerNotNull,
      kind: textNotNull,
      title: textNotNull,
      category: textNotNull,
      search_text: textNotNull,
      content: textNotNull,
      valid_from: text,
      valid_until: text,
      merchant_id: text,
      author_id: textNotNull,
      created_at: textNotNull,
      updated_at: textNotNull,
      submitted_at: text,
      returned_reason: text,
      publish_at: text,
      published_by: text,
      unpublished_at: text,
      unpublished_by: text,
      unpublished_reason: text,
      revision: text,
      read_count: integerZero,
      useful_count: integerZero,
    },
    indexes: {
      status_updated: ['status', 'updated_at', 'id'],
      public: ['status', 'publish_at', 'id'],
      merchant: ['merchant_id'],
    },
  });
  await createTable(db, 'advisory_versions', {
    columns: {
      advisory_id: textNotNull,
      version: integerNotNull,
      content: textNotNull,
      author_id: textNotNull,
      published_by: textNotNull,
      published_at: textNotNull,
    },
    primaryKey: ['advisory_id', 'version'],
  });
  await createTable(db, 'advisory_useful', {
    columns: { advisory_id: textNotNull, user_id: textNotNull, created_at: textNotNull },
    primaryKey: ['advisory_id', 'user_id'],
  });
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropTables(db, ['advisory_useful', 'advisory_versions', 'advisories']);
}
