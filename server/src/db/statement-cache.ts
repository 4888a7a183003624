import type { Database as BetterSqlite, Statement } from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/**
 * better-sqlite3 behind Kysely with prepared statements kept by their SQL text. Kysely prepares
 * every query anew, which costs as much as running a small one; the same few statements serve
 * nearly every request (the merchant page is three of them). Statements are reusable because
 * better-sqlite3 is synchronous: one finishes before the next starts (Kysely's streaming, which
 * would keep one busy, is not used). Bounded, oldest out, since IN lists make SQL text vary.
 */
export function withStatementCache(sqlite: BetterSqlite, max = 500): SqliteDatabase {
  const cache = new Map<string, Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (statement) {
        // Most recently used last: Map keeps insertion order.
        cache.delete(sql);
      } else {
        statement = sqlite.prepare(sql);
        if (cache.size >= max) cache.delete(cache.keys().next().value as string);
      }
      cache.set(sql, statement);
      return statement;
    },
  };
}
