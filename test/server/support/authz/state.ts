import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { DbHandle } from '../../../../server/src/db';

/** Every table's rows, hashed per table: a refused call must leave all of them as they were. */
export type Digest = Map<string, string>;

async function tableNames(handle: DbHandle): Promise<string[]> {
  const rows =
    handle.dialect === 'postgres'
      ? await sql<{
          name: string;
        }>`select tablename as name from pg_tables where schemaname = current_schema()`.execute(
          handle.db,
        )
      : await sql<{
          name: string;
        }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(
          handle.db,
        );
  return rows.rows.map((r) => r.name).sort();
}

let tables: string[] | undefined;

export async function digest(handle: DbHandle): Promise<Digest> {
  tables ??= await tableNames(handle);
  const out: Digest = new Map();
  for (const name of tables) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(
      handle.db,
    );
    const lines = rows.map((r) => JSON.stringify(r)).sort();
    out.set(name, createHash('sha256').update(lines.join('\n')).digest('hex'));
  }
  return out;
}

/** The tables whose rows differ. */
export function changedTables(before: Digest, after: Digest): string[] {
  return [...after.keys()].filter((k) => before.get(k) !== after.get(k));
}
