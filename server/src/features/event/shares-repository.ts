import { sql, type Kysely } from 'kysely';
import type { Database, SharesTable } from '../../db/schema';

/** Shares of advisories and tips, and the visits shared links brought (the `src` source). */

export async function insertShare(
  db: Kysely<Database>,
  share: Omit<SharesTable, 'created_at'>,
  at: string,
): Promise<void> {
  await db
    .insertInto('shares')
    .values({ ...share, created_at: at })
    .execute();
}

/** Shares per item of one kind since an instant. */
export async function countSharesSince(
  db: Kysely<Database>,
  kind: SharesTable['kind'],
  sinceIso: string,
): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('shares')
    .select(['item_id', (eb) => eb.fn.countAll<string | number>().as('n')])
    .where('kind', '=', kind)
    .where('created_at', '>=', sinceIso)
    .groupBy('item_id')
    .execute();
  return new Map(rows.map((r) => [r.item_id, Number(r.n)]));
}

/** Visits since an instant whose source starts with `prefix` ('sa.'), per whole source. */
export async function countVisitsByPrefix(
  db: Kysely<Database>,
  prefix: string,
  sinceIso: string,
): Promise<Map<string, number>> {
  const pattern = `${prefix.replace(/[\\%_]/g, '\\$&')}%`;
  const rows = await db
    .selectFrom('visits')
    .select(['source', (eb) => eb.fn.countAll<string | number>().as('n')])
    .where('created_at', '>=', sinceIso)
    .where(sql<boolean>`source like ${pattern} escape '\\'`)
    .groupBy('source')
    .execute();
  return new Map(rows.map((r) => [r.source, Number(r.n)]));
}
