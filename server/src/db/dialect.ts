import { PostgresAdapter, type Kysely } from 'kysely';
import type { DialectName } from './index';

/** Which database a Kysely instance talks to (migrations receive only the instance). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema: migrations see Kysely<unknown>
export function dialectOf(db: Kysely<any>): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}
