import { sql, type Kysely, type SqlBool } from 'kysely';
import {
  createIndex,
  createTable,
  double,
  dropTables,
  id,
  integer,
  integerNotNull,
  ref,
  requiredRef,
  text,
  textNotNull,
  textNotNullUnique,
  timestamps,
  type Columns,
} from './columns';
import { dialectOf } from '../dialect';

/**
 * The merchant registry: merchants (with denormalised badge columns for search), membership
 * requests (who may act for a merchant) and CSV import runs. The search index is the one place
 * where the two databases differ: FTS5 trigram on SQLite, pg_trgm on PostgreSQL.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const dialect = dialectOf(db);

  // SQLite: the integer primary key is the FTS5 row id (stable across VACUUM, unlike rowid).
  const keys: Columns =
    dialect === 'sqlite'
      ? {
          seq: ['integer', (c) => c.primaryKey().autoIncrement()],
          id: textNotNullUnique,
        }
      : {
          seq: ['integer', (c) => c.generatedByDefaultAsIdentity().notNull()],
          id,
        };
  await createTable(db, 'merchants', {
    columns: {
      ...keys,
      credit_code: textNotNullUnique,
      name: textNotNull,
      search_name: textNotNull,
      type: textNotNull,
      industry: textNotNull,
      town: textNotNull,
      address: textNotNull,
      lat: double,
      lng: double,
      hours: text,
      public_phone: text,
      status: textNotNull,
      model_unit_until: text,
      model_unit_level: text,
      model_unit_category: text,
      model_unit_year: integer,
      pledge_since: text,
      initiative_since: text,
      ...timestamps,
    },
    checks: {
      status: sql`status in ('listed', 'verified')`,
      location: sql`(lat is null and lng is null) or (lat is not null and lng is not null)`,
    },
    indexes: {
      // Filters with the default order (id): an index per filter serves "WHERE x = ? ORDER BY id".
      industry: ['industry', 'id'],
      town: ['town', 'id'],
      model_unit_until: ['model_unit_until'],
      // Distance search looks inside a bounding box first (see search.ts); with id the box query
      // never touches the table.
      geo: ['lat', 'lng', 'id'],
      pledge_since: ['pledge_since'],
      initiative_since: ['initiative_since'],
    },
  });

  if (dialect === 'sqlite') await createSqliteSearchIndex(db);
  else await createPostgresSearchIndex(db);

  await createTable(db, 'merchant_members', {
    columns: {
      id,
      merchant_id: textNotNull,
      credit_code: textNotNull,
      user_id: requiredRef('users.id', 'cascade'),
      role: textNotNull,
      status: textNotNull,
      reason: text,
      business: textNotNull,
      contact_name: textNotNull,
      contact_phone: textNotNull,
      // No foreign key: uploads come in 0004; the service checks owner and purpose.
      licence_upload_id: textNotNull,
      ...timestamps,
      reviewed_at: text,
      reviewed_by: ref('users.id', 'set null'),
    },
    checks: {
      role: sql`role in ('owner', 'member')`,
      status: sql`status in ('pending', 'active', 'rejected')`,
    },
    indexes: {
      // One open request per person and credit code, enforced by the database (two taps, two tabs).
      one_pending: {
        columns: ['user_id', 'credit_code'],
        unique: true,
        where: sql<SqlBool>`${sql.ref('status')} = ${sql.lit('pending')}`,
      },
      queue: ['status', 'created_at', 'id'],
      merchant: ['merchant_id', 'status'],
      user: ['user_id'],
      credit_code: ['credit_code'],
    },
  });

  await createTable(db, 'merchant_imports', {
    columns: {
      id,
      status: textNotNull,
      total: integerNotNull,
      done: integerNotNull,
      inserted: integerNotNull,
      updated: integerNotNull,
      unchanged: integerNotNull,
      rejected: textNotNull,
      created_by: ref('users.id', 'set null'),
      ...timestamps,
    },
    checks: { status: sql`status in ('running', 'done', 'failed')` },
  });
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
  await createIndex(db, 'merchants', 'search_name', ['search_name', 'id']);
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
  await dropTables(db, ['merchant_imports', 'merchant_members']);
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
