import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import { Pool } from 'pg';
import { describeDatabase, type DatabaseConfig } from '../config';
import type { Database } from './schema';
import { withStatementCache } from './statement-cache';

export type DialectName = 'sqlite' | 'postgres';

export interface DbHandle {
  db: Kysely<Database>;
  dialect: DialectName;
  /** For people: file path or PostgreSQL host/db, never a password. */
  location: string;
  close(): Promise<void>;
}

export function createDb(config: { database: DatabaseConfig }): DbHandle {
  const location = describeDatabase(config.database);
  if (config.database.kind === 'postgres') {
    const pool = new Pool({ connectionString: config.database.url, max: 10 });
    // An idle connection dropped by the server must not crash the process (unhandled 'error').
    pool.on('error', (err) => console.error('PostgreSQL idle connection error:', err.message));
    // A checked-out client has no listener of the pool's: a connection lost mid-query would emit
    // an unhandled 'error' and end the process. Its query is rejected anyway; readiness reports it.
    pool.on('connect', (client) => client.on('error', () => {}));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    // Kysely.destroy() ends the pool.
    return { db, dialect: 'postgres', location, close: () => db.destroy() };
  }

  mkdirSync(dirname(config.database.file), { recursive: true });
  const sqlite = new SqliteDatabase(config.database.file);
  sqlite.pragma('journal_mode = WAL');
  // FULL: a committed complaint survives a power cut, at a small cost per commit.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
  });
  return { db, dialect: 'sqlite', location, close: () => db.destroy() };
}
