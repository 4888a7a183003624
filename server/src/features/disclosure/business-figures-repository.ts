import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { DisclosureFigures, MerchantDisclosure } from '@api/disclosure';
import type { MerchantSort } from '@api/merchants';
import type { Database } from '../../db/schema';

/**
 * disclosure_business_figures as the merchants feature reads it: each business's figures in the
 * latest published batch naming it (figures-service.ts keeps them on publish and withdraw, then
 * forgets the merchant pages it changed), for the merchant page and the search orders.
 */

/** At most this many statements show on the merchant page. */
const MAX_STATEMENTS = 3;
/** Settlement-rate order: rate first, then more complaints accepted (accepted stays below this). */
const RATE_WEIGHT = 1_000_000;

function figuresOf(row: {
  accepted: number;
  settled: number;
  rate_permille: number | null;
  median_days: number | null;
}): DisclosureFigures {
  const figures: DisclosureFigures = {
    accepted: Number(row.accepted),
    settled: Number(row.settled),
  };
  if (row.rate_permille !== null) figures.settlementRate = Number(row.rate_permille) / 10;
  if (row.median_days !== null) figures.medianDaysToClose = Number(row.median_days);
  return figures;
}

function statementsOf(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value)) return [];
    return value.filter((s): s is string => typeof s === 'string').slice(0, MAX_STATEMENTS);
  } catch {
    return [];
  }
}

/** The merchant page's 投诉公示 section; undefined when no published batch names the merchant. */
export async function latestBusinessFigures(
  db: Kysely<Database>,
  merchantId: string,
): Promise<MerchantDisclosure | undefined> {
  const row = await db
    .selectFrom('disclosure_business_figures')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    batchId: row.batch_id,
    batchTitle: row.batch_title,
    publishedAt: row.published_at,
    figures: figuresOf(row),
    ranked: Number(row.ranked) === 1,
    statements: statementsOf(row.statements),
  };
}

/** The figures of the merchants of one results page, by merchant id (those without: absent). */
export async function figuresByMerchant(
  db: Kysely<Database>,
  merchantIds: readonly string[],
): Promise<Map<string, DisclosureFigures>> {
  if (merchantIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('disclosure_business_figures')
    .select(['merchant_id', 'accepted', 'settled', 'rate_permille', 'median_days'])
    .where('merchant_id', 'in', [...merchantIds])
    .execute();
  return new Map(rows.map((r) => [r.merchant_id, figuresOf(r)]));
}

/** A search result's place in a figures order: k1 0 = has figures (by k2), 1 = none (by id). */
export interface FiguresKey {
  id: string;
  k1: number;
  k2: number;
  tail: string;
}

/**
 * The next `count` merchant ids in a figures order, after `after` (a keyset, exact on both
 * databases). `filters` are conditions on `merchants as m` (the search's text and filters).
 * Merchants with figures come first, read through the small figures table; the rest follow by id.
 * For the settlement rate, figures without a rate (nothing accepted) count as none.
 */
export async function merchantKeysByFigures(
  db: Kysely<Database>,
  sort: MerchantSort,
  filters: RawBuilder<SqlBool>[],
  after: Omit<FiguresKey, 'id'> | undefined,
  count: number,
): Promise<FiguresKey[]> {
  const byRate = sort === 'settlement-rate-desc';
  const k2 = byRate
    ? sql<number>`(0 - (f.rate_permille * ${RATE_WEIGHT} + f.accepted))`
    : sql<number>`f.accepted`;
  const keys: FiguresKey[] = [];
  if (after === undefined || after.k1 === 0) {
    let query = db
      .selectFrom('disclosure_business_figures as f')
      .innerJoin('merchants as m', 'm.id', 'f.merchant_id')
      .select(['m.id', k2.as('k2')]);
    if (byRate) query = query.where('f.rate_permille', 'is not', null);
    for (const f of filters) query = query.where(f);
    if (after) query = query.where(sql<SqlBool>`(${k2}, m.id) > (${after.k2}, ${after.tail})`);
    const rows = await query
      .orderBy(sql`k2`)
      .orderBy('m.id')
      .limit(count)
      .execute();
    keys.push(...rows.map((r) => ({ id: r.id, k1: 0, k2: Number(r.k2), tail: r.id })));
  }
  if (keys.length < count) {
    let query = db
      .selectFrom('merchants as m')
      .select('m.id')
      .where(({ not, exists, selectFrom }) => {
        let ranked = selectFrom('disclosure_business_figures as f')
          .select('f.merchant_id')
          .whereRef('f.merchant_id', '=', 'm.id');
        if (byRate) ranked = ranked.where('f.rate_permille', 'is not', null);
        return not(exists(ranked));
      });
    for (const f of filters) query = query.where(f);
    if (after?.k1 === 1) query = query.where('m.id', '>', after.tail);
    const rows = await query
      .orderBy('m.id')
      .limit(count - keys.length)
      .execute();
    keys.push(...rows.map((r) => ({ id: r.id, k1: 1, k2: 0, tail: r.id })));
  }
  return keys;
}
