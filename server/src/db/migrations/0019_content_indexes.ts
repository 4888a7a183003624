import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect';
import { createIndex } from './columns';

/**
 * Issue 14, lists that stay fast with 10,000 advisories and 100,000 tips (see `npm run bench --
 * content`):
 * - A category tab walked the whole public list to find a rare category's rows: an index per
 *   (status, category, date, id) serves the filter and the newest-first keyset order together.
 * - PostgreSQL: the searches `lower(search_text) LIKE '%q%'` and `title LIKE … OR body LIKE …`
 *   read every row (a sequential scan, 0.5 s for a word no row has). pg_trgm GIN indexes serve
 *   them unchanged for three or more characters, as for merchant names. SQLite has no such
 *   index for LIKE; its search needs an FTS5 table and a query change (bench/README.md).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createIndex(db, 'advisories', 'public_category', [
    'status',
    'category',
    'publish_at',
    'id',
  ]);
  await createIndex(db, 'tips', 'published_category', ['status', 'category', 'published_at', 'id']);
  if (dialectOf(db) !== 'postgres') return;
  await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);
  await sql`CREATE INDEX advisories_search_text_trgm_idx ON advisories
    USING gin (lower(search_text) gin_trgm_ops)`.execute(db);
  await sql`CREATE INDEX tips_title_trgm_idx ON tips USING gin (title gin_trgm_ops)`.execute(db);
  await sql`CREATE INDEX tips_body_trgm_idx ON tips USING gin (body gin_trgm_ops)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const index of [
    'tips_body_trgm_idx',
    'tips_title_trgm_idx',
    'advisories_search_text_trgm_idx',
    'tips_published_category_idx',
    'advisories_public_category_idx',
  ]) {
    await db.schema.dropIndex(index).ifExists().execute();
  }
}
