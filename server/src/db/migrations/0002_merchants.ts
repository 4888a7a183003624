import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect';

/**
 * The merchant registry: merchants (with denormalised badge columns for search), membership
 * requests (who may act for a merchant) and CSV import runs. The search index is the one place
 * where the two databases differ: FTS5 trigram on SQLite, pg_trgm on PostgreSQL.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const dialect = dialectOf(db);

  await db.schema
    .createTable('merchants')
    // SQLite: the integer primary key is the FTS5 row id (stable across VACUUM, unlike rowid).
    .$call((t) =>
      dialect === 'sqlite'
        ? t
            .addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
            .addColumn('id', 'text', (c) => c.notNull().unique())
        : t
            .addColumn('seq', 'integer', (c) => c.generatedByDefaultAsIdentity().notNull())
            .addColumn('id', 'text', (c) => c.primaryKey()),
    )
    .addColumn('credit_code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('search_name', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('industry', 'text', (c) => c.notNull())
    .addColumn('town', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('lat', 'double precision')
    .addColumn('lng', 'double precision')
    .addColumn('hours', 'text')
    .addColumn('public_phone', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('model_unit_until', 'text')
    .addColumn('model_unit_level', 'text')
    .addColumn('model_unit_category', 'text')
    .addColumn('model_unit_year', 'integer')
    .addColumn('pledge_since', 'text')
    .addColumn('initiative_since', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('merchants_status_check', sql`status in ('listed', 'verified')`)
    .addCheckConstraint(
      'merchants_location_check',
      sql`(lat is null and lng is null) or (lat is not null and lng is not null)`,
    )
    .execute();
  // Filters with the default order (id): an index per filter serves "WHERE x = ? ORDER BY id".
  await db.schema
    .createIndex('merchants_industry_idx')
    .on('merchants')
    .columns(['industry', 'id'])
    .execute();
  await db.schema
    .createIndex('merchants_town_idx')
    .on('merchants')
    .columns(['town', 'id'])
    .execute();
  await db.schema
    .createIndex('merchants_model_unit_until_idx')
    .on('merchants')
    .column('model_unit_until')
    .execute();
  // Distance search looks inside a bounding box first (see search.ts); with id the box query
  // never touches the table.
  await db.schema
    .createIndex('merchants_geo_idx')
    .on('merchants')
    .columns(['lat', 'lng', 'id'])
    .execute();
  await db.schema
    .createIndex('merchants_pledge_since_idx')
    .on('merchants')
    .column('pledge_since')
    .execute();
  await db.schema
    .createIndex('merchants_initiative_since_idx')
    .on('merchants')
    .column('initiative_since')
    .execute();

  if (dialect === 'sqlite') await createSqliteSearchIndex(db);
  else await createPostgresSearchIndex(db);

  await db.schema
    .createTable('merchant_members')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('merchant_id', 'text', (c) => c.notNull())
    .addColumn('credit_code', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('business', 'text', (c) => c.notNull())
    .addColumn('contact_name', 'text', (c) => c.notNull())
    .addColumn('contact_phone', 'text', (c) => c.notNull())
    // No foreign key: uploads come in 0004; the service checks owner and purpose.
    .addColumn('licence_upload_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('reviewed_at', 'text')
    .addColumn('reviewed_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addCheckConstraint('merchant_members_role_check', sql`role in ('owner', 'member')`)
    .addCheckConstraint(
      'merchant_members_status_check',
      sql`status in ('pending', 'active', 'rejected')`,
    )
    .execute();
  // One open request per person and credit code, enforced by the database (two taps, two tabs).
  await db.schema
    .createIndex('merchant_members_one_pending_idx')
    .unique()
    .on('merchant_members')
    .columns(['user_id', 'credit_code'])
    .where(sql.ref('status'), '=', sql.lit('pending'))
    .execute();
  await db.schema
    .createIndex('merchant_members_queue_idx')
    .on('merchant_members')
    .columns(['status', 'created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('merchant_members_merchant_idx')
    .on('merchant_members')
    .columns(['merchant_id', 'status'])
    .execute();
  await db.schema
    .createIndex('merchant_members_user_idx')
    .on('merchant_members')
    .column('user_id')
    .execute();
  await db.schema
    .createIndex('merchant_members_credit_code_idx')
    .on('merchant_members')
    .column('credit_code')
    .execute();

  await db.schema
    .createTable('merchant_imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('total', 'integer', (c) => c.notNull())
    .addColumn('done', 'integer', (c) => c.notNull())
    .addColumn('inserted', 'integer', (c) => c.notNull())
    .addColumn('updated', 'integer', (c) => c.notNull())
    .addColumn('unchanged', 'integer', (c) => c.notNull())
    .addColumn('rejected', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint(
      'merchant_imports_status_check',
      sql`status in ('running', 'done', 'failed')`,
    )
    .execute();
}

/**
 * FTS5 with the trigram tokenizer: any substring of three or more characters is an index
 * lookup. External content (the merchants table) so names are stored once; triggers keep the
 * index in step with every insert, update and delete, bulk loads included. case_sensitive 1
 * because search_name is already lower-cased, exactly as PostgreSQL compares it.
 */
async function createSqliteSearchIndex(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE VIRTUAL TABLE merchants_fts USING fts5(
    search_name, content='merchants', content_rowid='seq', tokenize='trigram case_sensitive 1'
  )`.execute(db);
  await sql`CREATE TRIGGER merchants_fts_insert AFTER INSERT ON merchants BEGIN
    INSERT INTO merchants_fts(rowid, search_name) VALUES (new.seq, new.search_name);
  END`.execute(db);
  await sql`CREATE TRIGGER merchants_fts_delete AFTER DELETE ON merchants BEGIN
    INSERT INTO merchants_fts(merchants_fts, rowid, search_name)
      VALUES ('delete', old.seq, old.search_name);
  END`.execute(db);
  await sql`CREATE TRIGGER merchants_fts_update AFTER UPDATE OF search_name ON merchants BEGIN
    INSERT INTO merchants_fts(merchants_fts, rowid, search_name)
      VALUES ('delete', old.seq, old.search_name);
    INSERT INTO merchants_fts(rowid, search_name) VALUES (new.seq, new.search_name);
  END`.execute(db);
  // Queries of one or two characters scan: this narrow index instead of the wide table.
  await db.schema
    .createIndex('merchants_search_name_idx')
    .on('merchants')
    .columns(['search_name', 'id'])
    .execute();
}

/**
 * pg_trgm: a GIN trigram index serves LIKE '%q%' for three or more characters. A B-tree on the
 * credit code in the "C" collation serves both the prefix LIKE 'Q%' and code order, whatever
 * the database's own collation (queries say COLLATE "C" to use it).
 */
async function createPostgresSearchIndex(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);
  await sql`CREATE INDEX merchants_search_name_trgm_idx ON merchants
    USING gin (search_name gin_trgm_ops)`.execute(db);
  await sql`CREATE INDEX merchants_credit_code_c_idx ON merchants
    (credit_code COLLATE "C")`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('merchant_imports').execute();
  await db.schema.dropTable('merchant_members').execute();
  if (dialectOf(db) === 'sqlite') {
    for (const trigger of [
      'merchants_fts_insert',
      'merchants_fts_delete',
      'merchants_fts_update',
    ]) {
      await sql`DROP TRIGGER IF EXISTS ${sql.raw(trigger)}`.execute(db);
    }
    await sql`DROP TABLE IF EXISTS merchants_fts`.execute(db);
  }
  await db.schema.dropTable('merchants').execute();
}
