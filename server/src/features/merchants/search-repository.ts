import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { MerchantSort } from '@api/merchants';
import type { DbHandle } from '../../db';
import { merchantKeysByFigures } from '../disclosure/business-figures-repository';
import type { MerchantRow } from './merchants-repository';
import { charCount, TRIGRAM, type SearchCriteria } from './search-query';

/** Metres per degree of latitude (and of longitude at the equator). */
const M_PER_DEG = 111320;
/** Distance search looks within this radius first, then 4×, 16× … up to MAX_RADIUS_M. */
const FIRST_RADIUS_M = 1000;
const MAX_RADIUS_M = 64_000;
/** k1 of merchants found by their credit code only: after every name match. */
const CODE_ONLY = 1000;

/**
 * Five orders, each a keyset over (k1, k2, tail) so that paging is exact on both databases:
 *  - near: located merchants first (k1 = 0), by squared equirectangular distance (k2), then id;
 *  - relevance (a query): the exact name first (k1 = 0), then by where the query starts in the
 *    name (k1 = position), then shorter names (k2), then id; for a code-like query, merchants
 *    whose credit code starts with it but whose name does not contain it come last
 *    (k1 = CODE_ONLY), in credit-code order (tail = the code);
 *  - plain (no query, no location): by id;
 *  - a MerchantSort: by the 投诉公示 figures (business-figures-repository.ts), those without last.
 * Only plain arithmetic and string functions that both databases compute identically.
 */
export type Mode = 'near' | 'relevance' | 'plain' | MerchantSort;

export interface Key {
  id: string;
  k1: number;
  k2: number;
  /** The last part of the sort key: the id, or the credit code for code-only matches. */
  tail: string;
}

interface Plan {
  mode: Mode;
  k1: RawBuilder<number>;
  k2: RawBuilder<number>;
  /** Text match (name only) and the filters. */
  filters: RawBuilder<SqlBool>[];
  after?: Omit<Key, 'id'>;
}

/** The keys of the next page (and one more when it exists), in the order of the mode. */
export async function findMerchantKeys(
  handle: DbHandle,
  criteria: SearchCriteria,
  mode: Mode,
  after: Omit<Key, 'id'> | undefined,
  count: number,
): Promise<Key[]> {
  const { dialect } = handle;
  const byFigures = mode === 'complaints-asc' || mode === 'settlement-rate-desc';
  // Distance and figures orders mix name and code matches; relevance takes one after the other.
  const text = textMatch(criteria, dialect, mode === 'near' || byFigures);
  if (byFigures) {
    const where = [...(text ? [text] : []), ...filters(criteria)];
    return merchantKeysByFigures(handle.db, mode, where, after, count);
  }
  const plan: Plan = {
    mode,
    ...sortKeys(mode, criteria, dialect),
    filters: [...(text ? [text] : []), ...filters(criteria)],
    after,
  };
  if (mode === 'near' && criteria.near) {
    return nearestKeys(handle, plan, criteria.near, count);
  }
  if (mode === 'relevance' && criteria.codePrefix) {
    const keys = after?.k1 === CODE_ONLY ? [] : await pageKeys(handle, plan, [], count);
    if (keys.length < count) {
      const from = after?.k1 === CODE_ONLY ? after.tail : undefined;
      keys.push(...(await codeOnlyKeys(handle, criteria, from, count - keys.length)));
    }
    return keys;
  }
  return pageKeys(handle, plan, [], count);
}

/**
 * The next keys in order. Only (id, k1, k2) go through the sort; the full rows of the one page
 * are read afterwards (a deferred join), so a query matching most of the registry stays cheap.
 */
async function pageKeys(
  handle: DbHandle,
  plan: Plan,
  extra: RawBuilder<SqlBool>[],
  count: number,
): Promise<Key[]> {
  const { k1, k2, after } = plan;
  let query = handle.db.selectFrom('merchants as m').select(['m.id', k1.as('k1'), k2.as('k2')]);
  for (const f of [...plan.filters, ...extra]) query = query.where(f);
  if (after) {
    query = query.where(
      plan.mode === 'plain'
        ? sql<SqlBool>`m.id > ${after.tail}`
        : sql<SqlBool>`(${k1}, ${k2}, m.id) > (${after.k1}, ${after.k2}, ${after.tail})`,
    );
  }
  // Plain mode orders by id alone so that the primary-key index serves it.
  if (plan.mode !== 'plain') query = query.orderBy(sql`k1`).orderBy(sql`k2`);
  const rows = await query.orderBy('m.id').limit(count).execute();
  return rows.map((r) => ({ id: r.id, k1: Number(r.k1), k2: Number(r.k2), tail: r.id }));
}

/**
 * Merchants whose credit code starts with the query and whose name does not contain it, in
 * code order: the code index yields them already sorted, so a prefix that the whole county
 * shares (every code here starts with 9 + type + area) still answers after reading one page.
 */
async function codeOnlyKeys(
  handle: DbHandle,
  c: SearchCriteria,
  after: string | undefined,
  count: number,
): Promise<Key[]> {
  const postgres = handle.dialect === 'postgres';
  // PostgreSQL: byte order whatever the database collation, as SQLite compares; the "C"
  // index (0002_merchants) serves both the prefix and the order.
  const code = postgres ? sql`m.credit_code COLLATE "C"` : sql`m.credit_code`;
  let query = handle.db
    .selectFrom('merchants as m')
    .select(['m.id', 'm.credit_code'])
    .where(
      postgres
        ? sql<SqlBool>`${code} LIKE ${`${c.codePrefix}%`}`
        : sql<SqlBool>`m.credit_code GLOB ${`${c.codePrefix}*`}`,
    )
    .where(
      postgres
        ? sql<SqlBool>`strpos(m.search_name, ${c.text}) = 0`
        : sql<SqlBool>`instr(m.search_name, ${c.text}) = 0`,
    );
  for (const f of filters(c)) query = query.where(f);
  if (after !== undefined) query = query.where(sql<SqlBool>`${code} > ${after}`);
  const rows = await query.orderBy(code).limit(count).execute();
  return rows.map((r) => ({ id: r.id, k1: CODE_ONLY, k2: 0, tail: r.credit_code }));
}

/**
 * Nearest first without computing the distance of every merchant: look within a radius (a
 * bounding box the (lat, lng, id) index serves, then the exact circle), widening it until a page
 * is full. Every merchant within the radius is a candidate, so the first page found there is
 * the first page overall; past MAX_RADIUS_M (or among the merchants without a location) the
 * search covers everything.
 */
async function nearestKeys(
  handle: DbHandle,
  plan: Plan,
  near: { lat: number; lng: number },
  count: number,
): Promise<Key[]> {
  const kx = M_PER_DEG * Math.cos((near.lat * Math.PI) / 180);
  const pastLocated = plan.after !== undefined && plan.after.k1 !== 0;
  if (!pastLocated && kx > 1) {
    const from = plan.after ? Math.sqrt(plan.after.k2) : 0;
    for (let r = Math.max(FIRST_RADIUS_M, from * 2); r <= MAX_RADIUS_M; r *= 4) {
      // 1 % wider than the circle: rounding never drops a merchant right on the edge.
      const dLat = (r / M_PER_DEG) * 1.01;
      const dLng = (r / kx) * 1.01;
      const keys = await pageKeys(
        handle,
        plan,
        [
          sql<SqlBool>`m.lat BETWEEN ${near.lat - dLat} AND ${near.lat + dLat}`,
          sql<SqlBool>`m.lng BETWEEN ${near.lng - dLng} AND ${near.lng + dLng}`,
          sql<SqlBool>`${plan.k2} <= ${r * r}`,
        ],
        count,
      );
      if (keys.length === count) return keys;
    }
  }
  return pageKeys(handle, plan, [], count);
}

/** What a search result shows: the summary facts and the badge columns. */
const RESULT_COLUMNS = [
  'id',
  'name',
  'credit_code',
  'industry',
  'town',
  'address',
  'lat',
  'lng',
  'model_unit_until',
  'model_unit_level',
  'model_unit_category',
  'model_unit_year',
  'pledge_since',
  'pledge_until',
  'initiative_since',
  'initiative_until',
] as const;
export type SearchRow = Pick<MerchantRow, (typeof RESULT_COLUMNS)[number]>;

/** The rows of one results page, by id (a deferred join: see pageKeys). */
export async function loadSearchRows(
  handle: DbHandle,
  ids: string[],
): Promise<Map<string, SearchRow>> {
  if (ids.length === 0) return new Map();
  const rows = await handle.db
    .selectFrom('merchants')
    .select(RESULT_COLUMNS)
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r]));
}

function sortKeys(
  mode: Mode,
  c: SearchCriteria,
  dialect: DbHandle['dialect'],
): { k1: RawBuilder<number>; k2: RawBuilder<number> } {
  if (mode === 'near' && c.near) {
    const { lat, lng } = c.near;
    // cos(lat0) is computed here, so the SQL is arithmetic only and both databases agree.
    const kx = M_PER_DEG * Math.cos((lat * Math.PI) / 180);
    const dy = sql`((m.lat - ${lat}) * ${M_PER_DEG})`;
    const dx = sql`((m.lng - ${lng}) * ${kx})`;
    return {
      k1: sql<number>`(CASE WHEN m.lat IS NULL THEN 1 ELSE 0 END)`,
      k2: sql<number>`(CASE WHEN m.lat IS NULL THEN 0 ELSE ${dy} * ${dy} + ${dx} * ${dx} END)`,
    };
  }
  if (mode === 'relevance' && c.text !== undefined) {
    const pos =
      dialect === 'postgres'
        ? sql<number>`strpos(m.search_name, ${c.text})`
        : sql<number>`instr(m.search_name, ${c.text})`;
    return {
      k1: sql<number>`(CASE WHEN m.search_name = ${c.text} THEN 0 ELSE ${pos} END)`,
      // search_name, not name: same length, and the narrow index covers the whole sort key.
      k2: sql<number>`length(m.search_name)`,
    };
  }
  return { k1: sql<number>`0`, k2: sql<number>`0` };
}

function filters(c: SearchCriteria): RawBuilder<SqlBool>[] {
  const list: RawBuilder<SqlBool>[] = [];
  if (c.industry !== undefined) list.push(sql<SqlBool>`m.industry = ${c.industry}`);
  if (c.town !== undefined) list.push(sql<SqlBool>`m.town = ${c.town}`);
  if (c.badge === 'model-unit') list.push(sql<SqlBool>`m.model_unit_until >= ${c.today}`);
  if (c.badge === 'pledge') {
    list.push(
      sql<SqlBool>`m.pledge_since <= ${c.today} and (m.pledge_until is null or m.pledge_until > ${c.today})`,
    );
  }
  if (c.badge === 'initiative') {
    list.push(
      sql<SqlBool>`m.initiative_since <= ${c.today} and (m.initiative_until is null or m.initiative_until > ${c.today})`,
    );
  }
  return list;
}

/**
 * The name contains the query (with `withCode`, or the credit code starts with it). SQLite: the
 * FTS5 trigram index for three or more characters, a scan of the narrow search_name index
 * below that (no trigram to look up). PostgreSQL: LIKE, which the pg_trgm GIN index serves for
 * three or more.
 */
function textMatch(
  c: SearchCriteria,
  dialect: DbHandle['dialect'],
  withCode: boolean,
): RawBuilder<SqlBool> | undefined {
  if (c.text === undefined) return undefined;
  const code = withCode ? c.codePrefix : undefined;
  if (dialect === 'postgres') {
    const like = `%${c.text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    return code
      ? sql<SqlBool>`(m.search_name LIKE ${like} OR m.credit_code COLLATE "C" LIKE ${`${code}%`})`
      : sql<SqlBool>`m.search_name LIKE ${like}`;
  }
  if (charCount(c.text) < TRIGRAM) return sql<SqlBool>`instr(m.search_name, ${c.text}) > 0`;
  // A phrase in double quotes: FTS5 operators (AND, *, ^, :) in the query lose their meaning.
  const phrase = `"${c.text.replace(/"/g, '""')}"`;
  const byCode = code
    ? sql`UNION ALL SELECT seq FROM merchants WHERE credit_code GLOB ${`${code}*`}`
    : sql``;
  return sql<SqlBool>`m.seq IN (SELECT rowid FROM merchants_fts WHERE merchants_fts MATCH ${phrase} ${byCode})`;
}
