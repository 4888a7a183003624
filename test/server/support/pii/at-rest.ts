/**
 * What the server keeps, read without the server: every value of every row of every table (both
 * dialects, through SQL), and on SQLite the raw bytes of every file under DATA_DIR — the
 * database, its -wal and -shm files, uploads — where a deleted or unencrypted copy would show.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { DbHandle } from '../../../../server/src/db';

export interface CellValue {
  /** table.column */
  column: string;
  text: string;
}

export interface Dump {
  tables: number;
  rows: number;
  bytes: number;
  cells: CellValue[];
}

async function tableNames(handle: DbHandle): Promise<string[]> {
  if (handle.dialect === 'postgres') {
    const { rows } = await sql<{ name: string }>`
      select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(handle.db);
    return rows.map((r) => r.name);
  }
  // Virtual (FTS) tables and their shadow tables too: each keeps its own copy of the text.
  const { rows } = await sql<{ name: string }>`
    select name from sqlite_master where type = 'table'`.execute(handle.db);
  return rows.map((r) => r.name);
}

const asText = (value: unknown): string | null => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (Buffer.isBuffer(value)) return value.toString('utf8');
  if (value instanceof Date || typeof value !== 'object') return String(value);
  return JSON.stringify(value);
};

/** Every non-null value in the database, as text, with its table and column. */
export async function dumpDatabase(handle: DbHandle): Promise<Dump> {
  const dump: Dump = { tables: 0, rows: 0, bytes: 0, cells: [] };
  for (const table of await tableNames(handle)) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(
      handle.db,
    );
    dump.tables += 1;
    dump.rows += rows.length;
    for (const row of rows) {
      for (const [column, value] of Object.entries(row)) {
        const text = asText(value);
        if (text === null) continue;
        dump.bytes += Buffer.byteLength(text);
        dump.cells.push({ column: `${table}.${column}`, text });
      }
    }
  }
  return dump;
}

export interface FileBytes {
  file: string;
  bytes: Buffer;
}

/** Every file under `dir`, recursively, read as it is on disk now. */
export function readAllFiles(dir: string): FileBytes[] {
  return readdirSync(dir).flatMap((name) => {
    const file = join(dir, name);
    if (statSync(file).isDirectory()) return readAllFiles(file);
    return [{ file, bytes: readFileSync(file) }];
  });
}
