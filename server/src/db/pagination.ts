import { sql, type SelectQueryBuilder, type SqlBool } from 'kysely';

/**
 * One keyset page of a query ordered by two columns (e.g. created_at, id): the rows after the
 * cursor's key in that order, and one more than `limit` so pageOf (../pagination.ts) can tell
 * whether another page follows. The row comparison works on both SQLite and PostgreSQL and is
 * served by an index on the two columns.
 */
export function keysetPage<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  columns: readonly [string, string],
  order: 'asc' | 'desc',
  after: readonly [string, string] | undefined,
  limit: number,
): SelectQueryBuilder<DB, TB, O> {
  const [first, second] = columns.map((column) => sql.ref(column));
  const past = order === 'asc' ? sql`>` : sql`<`;
  const from = after
    ? query.where(sql<SqlBool>`(${first}, ${second}) ${past} (${after[0]}, ${after[1]})`)
    : query;
  return from
    .orderBy(first, order)
    .orderBy(second, order)
    .limit(limit + 1);
}
